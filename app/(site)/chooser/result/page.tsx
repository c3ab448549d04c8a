import type { Metadata } from 'next';
import { getChooserData } from '@/lib/chooser/load';
import { chooserResult } from '@/lib/chooser/result';
import { CompareTable } from '@/components/launch-type-chooser/CompareTable';
import { QuestionFieldset, questionDomId } from '@/components/launch-type-chooser/QuestionFieldset';
import { ResultView } from '@/components/launch-type-chooser/ResultView';
import { Button } from '@/components/ui/Button';
import { cn } from '@/components/ui/cn';
import { linkClass } from '@/components/ui/link';
import { PageHeader } from '@/components/ui/PageHeader';
import { PageSection } from '@/components/ui/PageSection';

export const metadata: Metadata = {
  title: 'Your launch-type recommendation',
  description: 'The launch-type chooser’s recommendation for the answers in this address.',
  alternates: { canonical: '/chooser' },
  robots: { index: false, follow: true },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Where the chooser's form goes when JavaScript is off: the one route rendered on request, so /chooser itself
 * stays static. It shows the same result as the wizard would, then the questions again, filled in, to change.
 */
export default async function ChooserResultPage({ searchParams }: Props) {
  const data = getChooserData();
  const { answers, ranking, query, answeredAny } = chooserResult(await searchParams, data);

  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader eyebrow="Decision tool" title="Launch-type chooser" />
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        This page answers the chooser’s form when JavaScript is off.{' '}
        <a href={query ? `/chooser?${query}` : '/chooser'} className={linkClass}>
          Open these answers in the step-by-step chooser
        </a>{' '}
        or{' '}
        <a href="/chooser" className={linkClass}>
          start over
        </a>
        .
      </p>

      <div className="mt-8 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-6 dark:border-zinc-800 dark:bg-zinc-950">
        {answeredAny ? (
          <ResultView
            data={data}
            ranking={ranking}
            answers={answers}
            headingLevel={2}
            headingId="chooser-result"
            renderChange={(questionId, label) => (
              <a href={`#${questionDomId('chooser', questionId)}`} className={cn('text-sm font-medium', linkClass)}>
                Change<span className="sr-only"> {label}</span>
              </a>
            )}
          />
        ) : (
          <p className="text-lg text-zinc-800 dark:text-zinc-200">No answers arrived with this address. Answer the questions below to get a recommendation.</p>
        )}
      </div>

      <PageSection id="change-answers" title={answeredAny ? 'Change your answers' : 'The questions'} className="mt-12">
        <form method="get" action="/chooser/result" className="mt-6 space-y-10">
          {data.questions.map((question, index) => (
            <QuestionFieldset key={question.id} data={data} question={question} index={index} answers={answers} idPrefix="chooser" />
          ))}
          <Button type="submit" size="wide">
            Update my recommendation
          </Button>
        </form>
      </PageSection>

      <PageSection id="compare-all" title="Compare all targets" className="mt-12">
        <div className="mt-4">
          <CompareTable data={data} />
        </div>
      </PageSection>
    </div>
  );
}
