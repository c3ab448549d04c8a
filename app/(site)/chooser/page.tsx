import type { Metadata } from 'next';
import { formatAsOf } from '@/lib/chooser/describe';
import { LaunchTypeChooser } from '@/components/launch-type-chooser';
import { chooserProps } from '@/components/launch-type-chooser/server';
import { WidgetEmbedButton } from '@/components/embed/WidgetEmbed';
import { oembedAlternate } from '@/lib/embed/context';
import { linkClass } from '@/components/ui/link';
import { PageHeader } from '@/components/ui/PageHeader';

export const metadata: Metadata = {
  title: 'Launch-type chooser',
  description:
    'Answer a few questions about a workload and get a ranked recommendation among Lambda, App Runner, Elastic Beanstalk, ECS on Fargate or EC2, ECS Managed Instances, ECS Express Mode and EKS, with the reason for every fit and exclusion.',
  alternates: { canonical: '/chooser', types: oembedAlternate({ kind: 'widget', widget: 'chooser' }) },
};

/** Statically prerendered: the answers live in the query string and are read in the browser. */
export default function ChooserPage() {
  const chooser = chooserProps(2);
  const { data } = chooser;
  return (
    // On a phone the first screen is the first question: the lead is short, and the rest of the introduction and the
    // Embed button follow the chooser (flex order); from sm up the page reads in source order.
    <div className="chooser-page mx-auto flex max-w-4xl flex-col px-4 py-10 sm:block sm:px-6 sm:py-14">
      <PageHeader
        eyebrow="Decision tool"
        title="Where should this container run?"
        leadData={{ 'data-chooser-intro': '' }}
        leadClassName="max-sm:text-base"
        lead={
          <>
            Answer {data.questions.length} short questions about one workload. The chooser ranks the AWS targets the course teaches and says why each one fits.
          </>
        }
      />
      <p data-chooser-intro="" className="mt-3 text-zinc-700 max-sm:order-last max-sm:mt-8 dark:text-zinc-300">
        It rules a target out only for a hard limit, which it names with its AWS source; limits are as of {formatAsOf(data.asOf)}. Your answers are kept in the
        page address, so you can bookmark or share a result. The reasoning behind it is in the lesson{' '}
        <a href="/lessons/deployment-targets" className={linkClass}>
          Choosing where to deploy a container
        </a>
        .
      </p>
      <div className="mt-6 flex justify-end max-sm:order-last">
        <WidgetEmbedButton target={{ kind: 'widget', widget: 'chooser' }} />
      </div>
      <div className="mt-6 sm:mt-0">
        <LaunchTypeChooser {...chooser} />
      </div>
    </div>
  );
}
