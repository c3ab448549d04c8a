import type { Metadata } from 'next';
import Link from 'next/link';
import { formatAsOf } from '@/lib/chooser/describe';
import { getChooserData } from '@/lib/chooser/load';
import { LaunchTypeChooser } from '@/components/launch-type-chooser';
import { WidgetEmbedButton } from '@/components/embed/WidgetEmbed';
import { oembedAlternate } from '@/lib/embed/context';

export const metadata: Metadata = {
  title: 'Launch-type chooser',
  description:
    'Answer a few questions about a workload and get a ranked recommendation among Lambda, App Runner, Elastic Beanstalk, ECS on Fargate or EC2, ECS Managed Instances, ECS Express Mode and EKS, with the reason for every fit and exclusion.',
  alternates: { canonical: '/chooser', types: oembedAlternate({ kind: 'widget', widget: 'chooser' }) },
};

/** Statically prerendered: the answers live in the query string and are read in the browser. */
export default function ChooserPage() {
  const data = getChooserData();
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6 sm:py-14">
      <p className="text-sm font-semibold tracking-wider text-accent-700 uppercase dark:text-accent-300">Decision tool</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance text-zinc-950 sm:text-4xl dark:text-white">Where should this container run?</h1>
      <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">
        Answer {data.questions.length} short questions about one workload. The chooser ranks the AWS targets the course teaches, says why each
        one fits, and rules a target out only for a hard limit, which it names with its AWS source. Limits are as of {formatAsOf(data.asOf)}.
      </p>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        Your answers are kept in the page address, so you can bookmark or share a result. The reasoning behind it is in the lesson{' '}
        <Link href="/lessons/deployment-targets" className="text-accent-700 underline underline-offset-2 dark:text-accent-300">
          Choosing where to deploy a container
        </Link>
        .
      </p>
      <div className="mt-6 flex justify-end">
        <WidgetEmbedButton target={{ kind: 'widget', widget: 'chooser' }} />
      </div>
      <LaunchTypeChooser data={data} headingLevel={2} />
    </div>
  );
}
