'use client';
/** /quiz: "Review now (N due)", the session builder, the session and its summary, and the timed mock exam. */
import { useEffect, useRef, useState } from 'react';
import { readPractise } from '@/lib/review/practise';
import { useLearnerState } from '@/components/learner/useLearnerState';
import { updateWidgetSlice } from '@/components/learner/actions';
import { readWidgetState } from '@/lib/learner-store';
import {
  drawMockExam,
  emptyMockExams,
  finishExam,
  isMockExamSlice,
  MOCK_EXAM_KEY,
  scoreExam,
  startExam,
  type ExamReport,
  type TimeLimit,
} from '@/lib/review/mock-exam';
import { disputedIds } from '@/lib/learner/disputes';
import { latestAnswerAt } from '@/lib/learner/attempt';
import { localTimeZone, reviewItems } from '@/lib/review/days';
import { answerCounts, describeDueDays, dueByDay, dueSummary, planSession, type SessionAnswer, type SessionSource } from '@/lib/review/session';
import { buttonClass } from '@/components/ui/Button';
import { Session } from './Session';
import { Summary } from './Summary';
import { SessionBuilder } from './SessionBuilder';
import { LeechList } from './LeechNotice';
import { MockExam } from './MockExam';
import { MockExamPanel } from './MockExamPanel';
import { MockExamSetup } from './MockExamSetup';
import { MockReport } from './MockReport';
import type { QuizLesson, QuizQuestion } from './types';

type Props = { questions: QuizQuestion[]; lessons: QuizLesson[] };
type Phase =
  | { kind: 'home' }
  /** note: said above the session (a "practise these" link: how many, and what was left out). */
  | { kind: 'session'; ids: string[]; counted: string[]; seen?: Record<string, string | null>; note?: string }
  | { kind: 'summary'; answers: SessionAnswer[] }
  | { kind: 'exam-setup' }
  | { kind: 'exam' }
  | { kind: 'report'; report: ExamReport };

export function SelfQuiz({ questions, lessons }: Props) {
  const reviews = useLearnerState((state) => state.reviews);
  const disputes = useLearnerState((state) => state.disputes);
  const flagged = disputedIds({ disputes });
  const exams = useLearnerState((state) => readWidgetState(state, MOCK_EXAM_KEY, isMockExamSlice)) ?? emptyMockExams();
  const [phase, setPhase] = useState<Phase>({ kind: 'home' });
  const [empty, setEmpty] = useState(false);
  const [linkNote, setLinkNote] = useState('');
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
    const counted = plan.ids.filter((id) => answerCounts(plan.sourceOf[id], countExtra));
    if (plan.ids.length) go({ kind: 'session', ids: plan.ids, counted, seen: Object.fromEntries(counted.map((id) => [id, latestAnswerAt({ reviews }, id)])) });
  };
  const byId = new Map(questions.map((question) => [question.id, question]));
  /** Practice of exactly these questions (a mock exam's misses, "practise these" on /progress): nothing scheduled. */
  const practise = (practiseIds: string[], note?: string) => go({ kind: 'session', ids: practiseIds, counted: [], note });
  // A "practise these" link (/quiz?practise=a,b from /progress or a check-up) starts that practice once, after
  // hydration; the parameter is dropped from the address so Back to the home page and a reload do not repeat it.
  const linked = useRef(false);
  useEffect(() => {
    if (linked.current) return;
    linked.current = true;
    const request = readPractise(location.search, new Set(questions.map((question) => question.id)));
    if (!request) return;
    history.replaceState(history.state, '', location.pathname);
    const left = [
      request.unknown
        ? `${request.unknown} question${request.unknown === 1 ? ' in the link is' : 's in the link are'} not in the course and ${request.unknown === 1 ? 'was' : 'were'} left out`
        : '',
      request.cut ? `${request.cut} more than a session holds ${request.cut === 1 ? 'was' : 'were'} left out` : '',
    ].filter(Boolean);
    const said = left.length ? ` (${left.join('; ')})` : '';
    if (request.ids.length === 0) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the address is read once, after hydration (the server has none)
      setLinkNote(`The link asked for questions to practise, but none of them is in the course any more${said}.`);
      return;
    }
    const count = request.ids.length;
    practise(request.ids, `Practising the ${count} question${count === 1 ? '' : 's'} you chose${said}. Practice: your review schedule is left as it is.`);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on the first render in the browser
  }, []);
  const startMock = (lessonSlugs: string[], size: number, limit: TimeLimit) => {
    const drawn = drawMockExam(questions, lessonSlugs, size);
    updateWidgetSlice(MOCK_EXAM_KEY, isMockExamSlice, emptyMockExams(), (slice) => ({ ...slice, current: startExam(drawn, limit, new Date()) }));
    go({ kind: 'exam' });
  };
  const finishMock = (reason: ExamReport['reason']) => {
    let report: ExamReport | undefined;
    updateWidgetSlice(MOCK_EXAM_KEY, isMockExamSlice, emptyMockExams(), (slice) => {
      if (!slice.current) return slice;
      report = scoreExam(
        slice.current,
        byId,
        lessons.map((lesson) => lesson.slug),
        reason,
        new Date(),
      );
      return finishExam(slice, report);
    });
    go(report ? { kind: 'report', report } : { kind: 'home' });
  };
  const upcoming = describeDueDays(
    dueByDay(
      items.filter(([id]) => id.startsWith('q:')),
      new Date(),
      localTimeZone(),
    ).slice(0, 3),
    new Date(),
    localTimeZone(),
  );

  return (
    <div ref={top} className="mt-8 [&_h2]:scroll-mt-24 [&_h2]:outline-none">
      {phase.kind === 'session' && phase.note ? (
        <p className="mb-4 rounded-lg bg-zinc-100 px-4 py-3 text-zinc-800 dark:bg-zinc-900 dark:text-zinc-200">{phase.note}</p>
      ) : null}
      {linkNote && phase.kind === 'home' ? (
        <p role="status" className="mb-4 rounded-lg bg-zinc-100 px-4 py-3 text-zinc-800 dark:bg-zinc-900 dark:text-zinc-200">
          {linkNote}
        </p>
      ) : null}
      {phase.kind === 'session' ? (
        <Session
          questions={phase.ids.map((id) => byId.get(id)!)}
          counted={phase.counted}
          seen={phase.seen}
          onDone={(answers) => go({ kind: 'summary', answers })}
        />
      ) : phase.kind === 'exam-setup' ? (
        <MockExamSetup lessons={lessons} questions={questions} onStart={startMock} onBack={() => go({ kind: 'home' })} />
      ) : phase.kind === 'exam' && exams.current ? (
        <MockExam exam={exams.current} questions={byId} onFinish={finishMock} />
      ) : phase.kind === 'report' ? (
        <MockReport report={phase.report} questions={byId} lessons={lessons} onPractise={practise} onHome={() => go({ kind: 'home' })} />
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
            <button
              type="button"
              className={buttonClass({ className: 'mt-3' })}
              disabled={due.questions.length === 0}
              onClick={() => start([], due.questions.length, ['due'], false)}
            >
              Review now ({due.questions.length} due)
            </button>
            {due.questions.length ? (
              <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Exactly the {due.questions.length} due, most overdue first; no new questions.</p>
            ) : null}
          </section>
          <LeechList questions={byId} />
          <MockExamPanel
            exams={exams}
            onSetUp={() => go({ kind: 'exam-setup' })}
            onResume={() => go({ kind: 'exam' })}
            onTimeUp={() => finishMock('time-up')}
            onReport={(report) => go({ kind: 'report', report })}
          />
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
