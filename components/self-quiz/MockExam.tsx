'use client';
/**
 * A running mock exam (lib/review/mock-exam.ts): one question at a time, answers saved as they are given (no
 * feedback until the end), a clock, a list of all questions to move around, and Finish. The clock is shown every
 * second but announced only at 5 minutes, 1 minute and the end (role="timer" is not live); the deadline is a date,
 * so a reload carries on with the time really left. When time runs out the exam is scored as it stands.
 */
import { useEffect, useRef, useState } from 'react';
import { updateWidgetSlice } from '@/components/learner/actions';
import { Choices } from '@/components/check-up/Choices';
import { OrderSteps } from '@/components/check-up/OrderSteps';
import { KIND_LABELS, presentationOrder } from '@/lib/questions/grade';
import type { GivenAnswer } from '@/lib/learner/schema';
import {
  answerExam,
  clockText,
  dueWarning,
  durationWords,
  emptyMockExams,
  isMockExamSlice,
  MOCK_EXAM_KEY,
  moveTo,
  timeLeft,
  type MockExamSlice,
  type RunningExam,
} from '@/lib/review/mock-exam';
import { buttonClass } from '@/components/ui/Button';
import { cn } from '@/components/ui/cn';
import type { QuizQuestion } from './types';

type Props = { exam: RunningExam; questions: Map<string, QuizQuestion>; onFinish: (reason: 'finished' | 'time-up') => void };

const changeRunning = (change: (exam: RunningExam) => RunningExam) =>
  updateWidgetSlice(MOCK_EXAM_KEY, isMockExamSlice, emptyMockExams(), (slice: MockExamSlice) =>
    slice.current ? { ...slice, current: change(slice.current) } : slice,
  );

export function MockExam({ exam, questions, onFinish }: Props) {
  const [now, setNow] = useState(() => new Date());
  const [said, setSaid] = useState('');
  const [confirming, setConfirming] = useState(false);
  const announced = useRef<number[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const finishing = useRef(false);
  const finish = useRef(onFinish);
  useEffect(() => {
    finish.current = onFinish;
  });
  const left = timeLeft(exam, now);

  useEffect(() => {
    if (!exam.endsAt) return;
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, [exam.endsAt]);

  useEffect(() => {
    const warning = dueWarning(left, announced.current);
    if (warning !== undefined) {
      announced.current = [...announced.current, warning];
      setSaid(`${durationWords(warning)} left.`);
    }
    if (left === 0 && !finishing.current) {
      finishing.current = true;
      finish.current('time-up');
    }
  }, [left]);

  const id = exam.ids[exam.at];
  const question = questions.get(id);
  const given = exam.answers[id];
  const answered = exam.ids.filter((item) => exam.answers[item]).length;
  const unanswered = exam.ids.length - answered;
  const go = (at: number) => {
    setConfirming(false);
    changeRunning((running) => moveTo(running, at));
    requestAnimationFrame(() => heading.current?.focus());
  };
  const give = (answer: GivenAnswer) => changeRunning((running) => answerExam(running, id, answer));
  const order = question ? (given?.kind === 'order' ? given.stepIds : presentationOrder(question, 0)) : [];

  return (
    <section aria-labelledby="exam-title">
      <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
        <h2 id="exam-title" ref={heading} tabIndex={-1} className="text-xl font-semibold text-zinc-950 dark:text-white">
          Mock exam: question {exam.at + 1} of {exam.ids.length}
        </h2>
        {left === null ? (
          <p className="text-zinc-700 dark:text-zinc-300">No time limit</p>
        ) : (
          <p
            role="timer"
            className={cn('text-lg font-semibold tabular-nums', left <= 60_000 ? 'text-amber-800 dark:text-amber-300' : 'text-zinc-950 dark:text-white')}
          >
            <span aria-hidden="true">Time left {clockText(left)}</span>
            <span className="sr-only">Time left: {durationWords(left)}</span>
          </p>
        )}
      </div>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
        {answered} of {exam.ids.length} answered. Answers are marked at the end; you can change them until then. Practice: your review schedule is left as it
        is.
      </p>
      <p role="status" className="sr-only">
        {said}
      </p>
      {question ? (
        <div data-question={id} className="mt-4 rounded-xl border border-zinc-200 bg-zinc-50/60 p-4 sm:p-5 dark:border-zinc-800 dark:bg-zinc-900/40">
          <fieldset aria-describedby={question.kind === 'scenario' ? `exam-${id}-scenario` : undefined}>
            <legend className="w-full">
              <span className="block text-sm font-medium text-zinc-600 dark:text-zinc-400">
                {KIND_LABELS[question.kind]} · from “{question.lessonTitle}”
              </span>
              <span className="mt-1 block text-lg font-semibold text-zinc-950 dark:text-white">{question.prompt}</span>
            </legend>
            {question.kind === 'scenario' ? (
              <p
                id={`exam-${id}-scenario`}
                className="mt-2 rounded-md bg-white px-3 py-2 text-zinc-800 ring-1 ring-zinc-200 dark:bg-zinc-950 dark:text-zinc-200 dark:ring-zinc-800"
              >
                {question.scenario}
              </p>
            ) : null}
            <div className="mt-3">
              {question.kind === 'order' ? (
                <OrderSteps question={question} order={order} locked={false} onChange={(stepIds) => give({ kind: 'order', stepIds })} />
              ) : (
                <Choices key={id} question={question} order={presentationOrder(question, 0)} answer={given} locked={false} onChange={give} />
              )}
            </div>
          </fieldset>
        </div>
      ) : (
        <p className="mt-4">This question is no longer in the course; it will not be counted.</p>
      )}
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" className={buttonClass({ variant: 'outline' })} disabled={exam.at === 0} onClick={() => go(exam.at - 1)}>
          Previous question
        </button>
        <button type="button" className={buttonClass()} disabled={exam.at === exam.ids.length - 1} onClick={() => go(exam.at + 1)}>
          Next question
        </button>
      </div>
      <nav aria-label="Exam questions" className="mt-6">
        <ol className="flex flex-wrap gap-2">
          {exam.ids.map((item, index) => (
            <li key={item}>
              <button
                type="button"
                aria-current={index === exam.at ? 'step' : undefined}
                aria-label={`Question ${index + 1}, ${exam.answers[item] ? 'answered' : 'not answered'}`}
                className={cn(
                  'h-11 w-11 rounded-md border text-sm font-semibold tabular-nums',
                  exam.answers[item]
                    ? 'border-accent-700 bg-accent-50 text-accent-900 dark:border-accent-300 dark:bg-accent-700/25 dark:text-white'
                    : 'border-zinc-300 text-zinc-800 dark:border-zinc-700 dark:text-zinc-200',
                  index === exam.at && 'ring-2 ring-zinc-950 ring-offset-2 dark:ring-white dark:ring-offset-zinc-950',
                )}
                onClick={() => go(index)}
              >
                {index + 1}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div className="mt-6 border-t border-zinc-200 pt-4 dark:border-zinc-800">
        {confirming ? (
          <div role="group" aria-labelledby="finish-question">
            <p id="finish-question" className="font-medium text-zinc-950 dark:text-white">
              {unanswered} question{unanswered === 1 ? ' is' : 's are'} not answered and will count as wrong. Finish anyway?
            </p>
            <div className="mt-2 flex flex-wrap gap-3">
              <button type="button" className={buttonClass()} onClick={() => onFinish('finished')}>
                Finish now
              </button>
              <button type="button" className={buttonClass({ variant: 'outline' })} onClick={() => setConfirming(false)}>
                Keep answering
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className={buttonClass({ variant: 'outline' })} onClick={() => (unanswered ? setConfirming(true) : onFinish('finished'))}>
            Finish the exam
          </button>
        )}
      </div>
    </section>
  );
}
