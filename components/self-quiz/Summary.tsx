'use client';
/** The end of a session: the score, what to reread, when each missed one comes back, what is still due today, and the next due day. */
import { dueToday, localTimeZone, type ReviewItem } from '@/lib/review/days';
import { describeDueDays, dueByDay, nextDueDay, sessionSummary, type SessionAnswer } from '@/lib/review/session';
import { buttonClass } from '@/components/ui/Button';
import { linkClass } from '@/components/ui/link';
import { cn } from '@/components/ui/cn';
import type { QuizQuestion } from './types';

type Props = { answers: SessionAnswer[]; questions: Map<string, QuizQuestion>; items: [string, ReviewItem][]; onHome: () => void };

export function Summary({ answers, questions, items, onHome }: Props) {
  const { right, total, missed } = sessionSummary(answers);
  const now = new Date();
  const zone = localTimeZone();
  const questionItems = items.filter(([id]) => id.startsWith('q:'));
  const next = nextDueDay(questionItems, now, zone);
  const stillDue = dueToday(questionItems, now, zone).length;
  // The schedule as stored now (after this session's answers): missed questions that were practice keep their old date.
  const missedBack = describeDueDays(
    dueByDay(
      items.filter(([id]) => missed.includes(id.slice(2)) && id.startsWith('q:')),
      now,
      zone,
    ),
    now,
    zone,
  );
  return (
    <section aria-labelledby="summary-title">
      <h2 id="summary-title" tabIndex={-1} className="text-2xl font-semibold text-zinc-950 dark:text-white">
        Session done: {right} of {total} right
      </h2>
      {missed.length ? (
        <>
          <p className="mt-3 text-zinc-700 dark:text-zinc-300">
            {missedBack ? `Of these, ${missedBack}.` : 'These were practice: their review dates did not change.'} Reread their sections first:
          </p>
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
      {stillDue ? (
        <p className="mt-3 text-zinc-700 dark:text-zinc-300">
          {stillDue} question{stillDue === 1 ? ' is' : 's are'} still due today.
        </p>
      ) : null}
      {next ? (
        <p className="mt-3 text-zinc-700 dark:text-zinc-300">
          {stillDue ? 'After today, the next review is due' : 'Next review due'}:{' '}
          <time dateTime={next}>
            {new Date(`${next}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })}
          </time>
          .
        </p>
      ) : null}
      <button type="button" className={buttonClass({ className: 'mt-4' })} onClick={onHome}>
        Back to the self-quiz home
      </button>
    </section>
  );
}
