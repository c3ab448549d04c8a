'use client';
/**
 * The lesson check-up: every question of the lesson's bank, answered one card at a time with immediate feedback.
 * Practice (the lesson, an ungraded embed): a thin view over lib/questions/check-up-state.ts: every answer is saved
 * as given (submitAttempt), a returning learner finds their answers and the score so far, and a new attempt is their
 * choice. In a graded embed the assignment owns the attempt instead (GradedCheckUp).
 */
import { useMemo } from 'react';
import { preloadScheduler, startNewCheckUp, submitAttempt } from '@/components/learner/actions';
import { useLearnerState } from '@/components/learner/useLearnerState';
import { phaseNow } from '@/components/lesson/quiz-first-dom';
import { checkUpKey, checkUpProgress, isCheckUpSlice, scoredCorrect, type CheckUpSlice } from '@/lib/questions/check-up-state';
import { practiseHref } from '@/lib/review/practise-link';
import { linkClass } from '@/components/ui/link';
import type { CHECK_UP_WIDGET } from '@/lib/learner/attempt';
import type { checkUpWidget } from './widget';
import type { Question } from '@/lib/questions/schema';
import { Button } from '@/components/ui/Button';
import { useGradedView } from '@/components/assignment/context';
import { GradedCheckUp } from './GradedCheckUp';
import { QuestionCard, type Answered } from './QuestionCard';
import { PastAttempts } from './PastAttempts';

type Props = { lesson: string; questions: Question[]; sections: Record<string, string>; lessonHref?: string };
const EMPTY: CheckUpSlice = { answers: {} };
/** recordAttempt's result name must be the descriptor's (checked by the typecheck; types only, nothing ships). */
type ResultNameMatches = typeof CHECK_UP_WIDGET extends (typeof checkUpWidget)['result'] ? true : never;
const resultNameMatches: ResultNameMatches = true;
void resultNameMatches;

export function CheckUp(props: Props) {
  const graded = useGradedView();
  return graded ? <GradedCheckUp key={graded.attempt} {...props} lessonHref={props.lessonHref ?? ''} graded={graded} /> : <PracticeCheckUp {...props} />;
}

function PracticeCheckUp({ lesson, questions, sections, lessonHref = '' }: Props) {
  // The raw slice is selected, so the snapshot stays the same object between renders.
  const raw = useLearnerState((state) => state.widgets[checkUpKey(lesson)]);
  const slice = isCheckUpSlice(raw) ? raw : EMPTY;
  const ids = useMemo(() => questions.map((question) => question.id), [questions]);
  const { answered, right, total, pretest, complete, passed } = checkUpProgress(slice, ids);
  const attempt = slice.past?.length ?? 0;
  // Wrong at the first try in this attempt, in the lesson's order: "practise these" on the self-quiz.
  const missed = ids.filter((id) => slice.answers[id] && scoredCorrect(slice.answers[id]) === false);

  const onAnswered = ({ questionId, correct, confidence, given }: Answered) =>
    // Before reading ("quiz me first"), an answer is saved as seen: not scored, not scheduled.
    void submitAttempt({ kind: 'check-up', lesson, questionIds: ids, questionId, correct, confidence, given, pretest: phaseNow() === 'quiz' });

  const summary = complete
    ? `Check-up: ${right} of ${total}, ${passed ? 'passed' : 'not passed yet'}.`
    : answered === 0
      ? pretest === 0
        ? `${total} questions on this lesson. Answer each one and check it to see why.`
        : `${pretest} of ${total} answered before reading; they are not scored. Answer them again once you have read the lesson.`
      : `Answered ${answered} of ${total} so far; ${right} right at the first try. Your answers are saved: you can come back to the rest later.`;
  return (
    <div>
      <p className="text-zinc-700 dark:text-zinc-300" data-check-up-summary="">
        {summary}
      </p>
      {answered + pretest > 0 ? (
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <Button variant="outline" onClick={() => startNewCheckUp(lesson, ids)}>
            Start a new attempt
          </Button>
          <span className="text-sm text-zinc-600 dark:text-zinc-400">This attempt stays in your history.</span>
        </div>
      ) : null}
      {missed.length && !lessonHref ? (
        <p className="mt-2">
          {/* The self-quiz says there that this is practice (the check-up's chunk has a 6 KB budget: no more words here). */}
          <a href={practiseHref(missed)} className={`font-medium ${linkClass}`}>
            Practise the {missed.length} you missed
          </a>
        </p>
      ) : null}
      <PastAttempts past={slice.past ?? []} />
      <ol className="mt-4 grid list-none gap-5 p-0" onChange={() => void preloadScheduler()} onClick={() => void preloadScheduler()}>
        {questions.map((question, index) => (
          <QuestionCard
            key={`${question.id}:${attempt}`}
            question={question}
            number={index + 1}
            total={questions.length}
            section={{ href: `${lessonHref}#${question.section}`, title: sections[question.section] ?? question.section }}
            saved={slice.answers[question.id]}
            onAnswered={onAnswered}
          />
        ))}
      </ol>
    </div>
  );
}
