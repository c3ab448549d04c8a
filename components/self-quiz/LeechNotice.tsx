'use client';
/**
 * Leeches (lib/review/leech.ts): a question missed LEECH_WRONG_ANSWERS times gets a "reread this section" prompt and
 * can be suspended. LeechPrompt shows under the question in a session; LeechList on the /quiz home lists them all.
 */
import { setSuspended } from '@/components/learner/actions';
import { useLearnerState } from '@/components/learner/useLearnerState';
import { buttonClass } from '@/components/ui/Button';
import { reviewItems } from '@/lib/review/days';
import { isLeech, leeches, timesWrong } from '@/lib/review/leech';
import type { QuizQuestion } from './types';

const linkClass = 'font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300';
const sectionHref = (question: QuizQuestion) => `/lessons/${question.lesson}#${question.section}`;

export function LeechPrompt({ question }: { question: QuizQuestion }) {
  const item = useLearnerState((state) => state.reviews[`q:${question.id}`]);
  if (!item || !isLeech(item)) return null;
  return (
    <div className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-zinc-900 dark:border-amber-700 dark:bg-amber-950 dark:text-zinc-100">
      <p>
        You have answered this question wrong {timesWrong(item)} times. Drilling it again rarely helps: reread{' '}
        <a href={sectionHref(question)} className={linkClass}>
          “{question.sectionTitle}”
        </a>{' '}
        first.
      </p>
      {item.suspended ? (
        <p className="mt-2">Suspended: it stays out of due sessions until you bring it back.</p>
      ) : (
        <button type="button" className={buttonClass({ variant: 'quiet', size: 'sm', className: 'mt-2' })} onClick={() => setSuspended(question.id, true)}>
          Suspend this question
        </button>
      )}
    </div>
  );
}

export function LeechList({ questions }: { questions: Map<string, QuizQuestion> }) {
  const reviews = useLearnerState((state) => state.reviews);
  const found = leeches(reviewItems(reviews));
  const known = (ids: string[]) => ids.map((id) => questions.get(id)).filter((question): question is QuizQuestion => question !== undefined);
  const active = known(found.active);
  const suspended = known(found.suspended);
  if (!active.length && !suspended.length) return null;
  const row = (question: QuizQuestion, on: boolean) => (
    <li key={question.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
      <span>
        {question.prompt} <span className="text-zinc-600 dark:text-zinc-400">(wrong {timesWrong(reviews[`q:${question.id}`])} times)</span> Reread{' '}
        <a href={sectionHref(question)} className={linkClass}>
          “{question.sectionTitle}”
        </a>
        .
      </span>
      <button
        type="button"
        className={buttonClass({ variant: 'quiet', size: 'sm' })}
        onClick={() => setSuspended(question.id, on)}
        aria-label={`${on ? 'Suspend' : 'Unsuspend'}: ${question.prompt}`}
      >
        {on ? 'Suspend' : 'Unsuspend'}
      </button>
    </li>
  );
  return (
    <section aria-labelledby="leech-title" className="mt-8">
      <h2 id="leech-title" className="text-xl font-semibold text-zinc-950 dark:text-white">
        Questions you keep missing
      </h2>
      {active.length ? <ul className="mt-2 divide-y divide-zinc-200 dark:divide-zinc-800">{active.map((question) => row(question, true))}</ul> : null}
      {suspended.length ? (
        <>
          <h3 className="mt-4 font-medium text-zinc-900 dark:text-zinc-100">Suspended (left out of due sessions)</h3>
          <ul className="mt-2 divide-y divide-zinc-200 dark:divide-zinc-800">{suspended.map((question) => row(question, false))}</ul>
        </>
      ) : null}
    </section>
  );
}
