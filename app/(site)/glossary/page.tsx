import type { Metadata } from 'next';
import { getGlossary } from '@/lib/content/glossary';
import { cn } from '@/components/ui/cn';
import { linkClass } from '@/components/ui/link';
import { PageHeader } from '@/components/ui/PageHeader';

export const metadata: Metadata = {
  title: 'Glossary',
  description: 'Plain definitions of the AWS container terms used in the course, each with its AWS source.',
  alternates: { canonical: '/glossary' },
};

export default function GlossaryPage() {
  const entries = getGlossary();
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader
        title="Glossary"
        lead="The AWS container vocabulary used in the lessons, in plain words. Each definition links the AWS page it is based on."
      />
      <dl className="mt-10 divide-y divide-zinc-200 dark:divide-zinc-800">
        {entries.map((entry) => (
          <div key={entry.id} id={entry.id} className="scroll-mt-24 py-5">
            <dt className="text-lg font-semibold text-zinc-950 dark:text-white">{entry.term}</dt>
            <dd className="mt-1 text-zinc-800 dark:text-zinc-200">
              {entry.definition}{' '}
              <a href={entry.source} rel="noopener noreferrer" className={cn('text-sm', linkClass)}>
                Source<span className="sr-only">: AWS documentation for {entry.term}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
