'use client';
/** /quiz: "Review now (N due)", the session builder, the session and its summary. */
import { useRef, useState } from 'react';
import { useLearnerState } from '@/components/learner/useLearnerState';
import { disputedIds } from '@/lib/learner/disputes';
import { localTimeZone, reviewItems } from '@/lib/review/days';
import { answerCounts, describeDueDays, dueByDay, dueSummary, planSession, type SessionAnswer, type SessionSource } from '@/lib/review/session';
import { buttonClass } from '@/components/ui/Button';
import { Session } from './Session';
import { Summary } from './Summary';
import { SessionBuilder } from './SessionBuilder';
import { LeechList } from './LeechNotice';
import type { QuizLesson, QuizQuestion } from './types';

type Props = { questions: QuizQuestion[]; lessons: QuizLesson[] };
type Phase = { kind: 'home' } | { kind: 'session'; ids: string[]; counted: string[] } | { kind: 'summary'; answers: SessionAnswer[] };

export function SelfQuiz({ questions, lessons }: Props) {
  const reviews = useLearnerState((state) => state.reviews);
  const disputes = useLearnerState((state) => state.disputes);
  const flagged = disputedIds({ disputes });
  const [phase, setPhase] = useState<Phase>({ kind: 'home' });
  const [empty, setEmpty] = useState(false);
  const top = useRef<HTMLDivElement>(null);
  const items = reviewItems(reviews);
  const ids = new Set(questions.map((question) => question.id));
  const due = dueSummary(items, ids, new Date(), localTimeZone());

  const go = (next: Phase) => {
    setPhase(next);
    requestAnimationFrame(() => top.current?.querySelector<HTMLElement>('h2')?.focus());
  };
  const start = (lessonSlugs: string[], size: number, sources: readonly SessionSource[], countExtra: boolean) => {
    const plan = planSession({ questions, items, lessons: lessonSlugs, size, now: new Date(), timeZone: localTimeZone(), flagged, sources });
    setEmpty(plan.ids.length === 0);
    if (plan.ids.length) go({ kind: 'session', ids: plan.ids, counted: plan.ids.filter((id) => answerCounts(plan.sourceOf[id], countExtra)) });
  };
  const upcoming = describeDueDays(dueByDay(items.filter(([id]) => id.startsWith('q:')), new Date(), localTimeZone()).slice(0, 3), new Date(), localTimeZone());
  const byId = new Map(questions.map((question) => [question.id, question]));

  return (
    <div ref={top} className="mt-8 [&_h2]:scroll-mt-24 [&_h2]:outline-none">
      {phase.kind === 'session' ? (
        <Session questions={phase.ids.map((id) => byId.get(id)!)} counted={phase.counted} onDone={(answers) => go({ kind: 'summary', answers })} />
      ) : phase.kind === 'summary' ? (
        <Summary answers={phase.answers} questions={byId} items={items} onHome={() => go({ kind: 'home' })} />
      ) : (
        <>
          <section aria-labelledby="review-title" className="rounded-xl border border-zinc-200 bg-zinc-50 p-5 dark:border-zinc-800 dark:bg-zinc-900">
            <h2 id="review-title" tabIndex={-1} className="text-xl font-semibold text-zinc-950 dark:text-white">
              Due today
            </h2>
            <p className="mt-1 text-zinc-700 dark:text-zinc-300">
              {due.questions.length === 0
                ? `No questions are due today.${upcoming ? ` Coming up: ${upcoming}.` : ''} Start a session with new questions below, or study a lesson ahead.`
                : `${due.questions.length} question${due.questions.length === 1 ? ' is' : 's are'} due for review.`}
              {due.rounds.length ? (
                <>
                  {' '}
                  {due.rounds.length} responsibility round{due.rounds.length === 1 ? ' is' : 's are'} due too:{' '}
                  <a href="/quiz/responsibility" className="font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300">
                    sort the layers again
                  </a>
                  .
                </>
              ) : null}
            </p>
            <button type="button" className={buttonClass({ className: 'mt-3' })} disabled={due.questions.length === 0} onClick={() => start([], due.questions.length, ['due'], false)}>
              Review now ({due.questions.length} due)
            </button>
            {due.questions.length ? <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Exactly the {due.questions.length} due, most overdue first; no new questions.</p> : null}
          </section>
          <LeechList questions={byId} />
          <SessionBuilder lessons={lessons} questions={questions} items={items} flagged={flagged} onStart={start} />
          {empty ? (
            <p role="status" className="mt-3 text-zinc-800 dark:text-zinc-200">
              No question in those lessons matches what you chose. Tick “Everything else in these lessons” to study them ahead.
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
