'use client';
/** The end of a session: the score, what to reread, and when the next review falls due. */
import { localTimeZone, type ReviewItem } from '@/lib/review/days';
import { nextDueDay, sessionSummary, type SessionAnswer } from '@/lib/review/session';
import { buttonClass } from '@/components/ui/Button';
import { linkClass } from '@/components/ui/link';
import { cn } from '@/components/ui/cn';
import type { QuizQuestion } from './types';

type Props = { answers: SessionAnswer[]; questions: Map<string, QuizQuestion>; items: [string, ReviewItem][]; onHome: () => void };

export function Summary({ answers, questions, items, onHome }: Props) {
  const { right, total, missed } = sessionSummary(answers);
  const next = nextDueDay(items, new Date(), localTimeZone());
  return (
    <section aria-labelledby="summary-title">
      <h2 id="summary-title" tabIndex={-1} className="text-2xl font-semibold text-zinc-950 dark:text-white">
        Session done: {right} of {total} right
      </h2>
      {missed.length ? (
        <>
          <p className="mt-3 text-zinc-700 dark:text-zinc-300">These come back tomorrow. Reread their sections first:</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {missed.map((id) => {
              const question = questions.get(id)!;
              return (
                <li key={id}>
                  {question.prompt}{' '}
                  <a href={`/lessons/${question.lesson}#${question.section}`} className={cn('font-medium', linkClass)}>
                    {question.sectionTitle}
                  </a>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className="mt-3 text-zinc-700 dark:text-zinc-300">All right. Each question now waits longer before it comes back.</p>
      )}
      {next ? (
        <p className="mt-3 text-zinc-700 dark:text-zinc-300">
          Next review due: <time dateTime={next}>{new Date(`${next}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })}</time>.
        </p>
      ) : null}
      <button type="button" className={buttonClass({ className: 'mt-4' })} onClick={onHome}>
        Back to the self-quiz home
      </button>
    </section>
  );
}
