/**
 * The questions the class misses most, each with the wrong answers chosen most often (the misconception), the
 * course's feedback for that answer and explanation, and a link to the lesson section that teaches it. A bar per
 * question shows the share missed (hidden from screen readers: the sentence beside it says the same).
 */
import type { ReportQuestion } from '@/lib/lti/class/report';
import { linkClass } from '@/components/ui/link';

export const SHOWN_QUESTIONS = 5;

export function MissedQuestions({ questions }: { questions: ReportQuestion[] }) {
  const missed = questions.filter((question) => question.missed > 0).slice(0, SHOWN_QUESTIONS);
  if (missed.length === 0) return <p className="mt-2">{questions.length ? 'Every answer so far is right.' : 'No answers yet.'}</p>;
  return (
    <ol className="mt-3 grid gap-4">
      {missed.map((question) => {
        const [top, ...others] = question.wrongChoices;
        return (
          <li key={question.id} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            <p className="font-medium">
              {question.part ? <span className="font-normal text-zinc-700 dark:text-zinc-300">{question.part}: </span> : null}
              {question.prompt}
            </p>
            <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
              Missed in {question.missed} of {question.answered} answers ({Math.round(question.missedPercent)}%)
            </p>
            <span aria-hidden="true" className="mt-1 block h-2 rounded-sm bg-zinc-100 dark:bg-zinc-800">
              <span className="block h-full rounded-sm bg-amber-600 dark:bg-amber-400" style={{ width: `${question.missedPercent}%` }} />
            </span>
            {top && (
              <div className="mt-3">
                <p>
                  <span className="font-semibold">Most chosen wrong answer:</span> {top.label} ({top.count} {top.count === 1 ? 'time' : 'times'})
                </p>
                {top.feedback && <p className="text-zinc-700 dark:text-zinc-300">{top.feedback}</p>}
              </div>
            )}
            {others.length > 0 && (
              <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
                Also chosen: {others.map((choice) => `${choice.label} (${choice.count})`).join('; ')}
              </p>
            )}
            <p className="mt-2">
              <span className="font-semibold">The course explains:</span> {question.explanation}
            </p>
            <p className="mt-2">
              <a href={question.section.href} target="_blank" rel="noopener" className={linkClass}>
                Teach it again: {question.section.title}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
