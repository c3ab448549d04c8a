'use client';
/** One check-up question: answer, optional confidence, Check, feedback, Try again. */
import { useRef, useState } from 'react';
import { CONFIDENCE_LABELS, KIND_LABELS, canCheck, grade, presentationOrder, type Answer, type Confidence, type Grade } from '@/lib/questions/grade';
import type { Question } from '@/lib/questions/schema';
import type { CheckUpAnswer } from '@/lib/learner/schema';
import { Choices } from './Choices';
import { OrderSteps } from './OrderSteps';
import { Feedback } from './Feedback';
import { buttonClass } from '@/components/ui/Button';
import { choiceClass } from '@/components/ui/choice';
import { cn } from '@/components/ui/cn';
import type { GradedView } from '@/components/assignment/context';

export type Answered = { questionId: string; correct: boolean; confidence?: Confidence; attempt: number; given: Answer };

type Props = {
  question: Question;
  number: number;
  total: number;
  section: { href: string; title: string };
  onAnswered: (answered: Answered) => void;
  /** The answer saved in this check-up attempt: shown, checked, as the learner left it (a lesson check-up only). */
  saved?: CheckUpAnswer;
  /** In a /quiz session: one question on its own (not a list item), and Next instead of Try again. */
  onNext?: () => void;
  nextLabel?: string;
  /** In a graded embed: how much feedback; no "Try again" and no right answer. */
  graded?: GradedView | null;
};

export function QuestionCard({ question, number, total, section, onAnswered, saved, onNext, nextLabel = 'Next question', graded: gradedView = null }: Props) {
  const [attempt, setAttempt] = useState(0);
  const [order, setOrder] = useState(() => presentationOrder(question, 0));
  const [answer, setAnswer] = useState<Answer | undefined>();
  const [confidence, setConfidence] = useState<Confidence | undefined>();
  const [result, setResult] = useState<Grade | undefined>();
  const feedback = useRef<HTMLDivElement>(null);
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const headingId = `q-${question.id}-legend`;
  const given: Answer | undefined = question.kind === 'order' ? { kind: 'order', stepIds: order } : answer;
  // The saved answer arrives after hydration (the server renders no learner state): show it once, unless the learner
  // has already started on this card. Set during render (React's "adjust state when a prop changes"), not in an effect.
  const [touched, setTouched] = useState(false);
  const [pretest, setPretest] = useState(false);
  if (!touched && saved?.given) {
    const restored = saved.given;
    setTouched(true);
    if (restored.kind === 'order') setOrder(restored.stepIds);
    else setAnswer(restored);
    setConfidence(saved.confidence);
    setResult(grade(question, restored));
    setPretest(Boolean(saved.pretest));
  }

  const check = () => {
    if (!given || !canCheck(question, given)) return;
    setTouched(true);
    const graded = grade(question, given);
    setResult(graded);
    setPretest(false);
    onAnswered({ questionId: question.id, correct: graded.correct, confidence, attempt, given });
    requestAnimationFrame(() => feedback.current?.focus());
  };
  const retry = () => {
    setTouched(true);
    setPretest(false);
    setAttempt(attempt + 1);
    setOrder(presentationOrder(question, attempt + 1));
    setAnswer(undefined);
    setConfidence(undefined);
    setResult(undefined);
    requestAnimationFrame(() => fieldset.current?.querySelector<HTMLElement>('input,button')?.focus());
  };

  const Wrapper = onNext ? 'div' : 'li';
  return (
    <Wrapper data-question={question.id} className="rounded-xl border border-zinc-200 bg-zinc-50/60 p-4 sm:p-5 dark:border-zinc-800 dark:bg-zinc-900/40">
      <fieldset ref={fieldset} aria-describedby={question.kind === 'scenario' ? `${headingId}-scenario` : undefined}>
        <legend id={headingId} className="w-full">
          <span className="block text-sm font-medium text-zinc-600 dark:text-zinc-400">
            Question {number} of {total} · {KIND_LABELS[question.kind]}
          </span>
          <span className="mt-1 block text-lg font-semibold text-zinc-950 dark:text-white">{question.prompt}</span>
        </legend>
        {question.kind === 'scenario' ? (
          <p
            id={`${headingId}-scenario`}
            className="mt-2 rounded-md bg-white px-3 py-2 text-zinc-800 ring-1 ring-zinc-200 dark:bg-zinc-950 dark:text-zinc-200 dark:ring-zinc-800"
          >
            {question.scenario}
          </p>
        ) : null}
        <div className="mt-3">
          {question.kind === 'order' ? (
            <OrderSteps question={question} order={order} locked={Boolean(result)} onChange={setOrder} />
          ) : (
            <Choices question={question} order={order} answer={answer} locked={Boolean(result)} onChange={setAnswer} />
          )}
        </div>
      </fieldset>
      {result ? null : (
        <div className="mt-4 flex flex-wrap items-end gap-x-6 gap-y-3">
          <fieldset className="min-w-0">
            <legend className="text-sm text-zinc-700 dark:text-zinc-300">How sure are you? (optional)</legend>
            <div className="mt-1 flex flex-wrap gap-2">
              {(Object.keys(CONFIDENCE_LABELS) as Confidence[]).map((level) => (
                <label key={level} className={cn(choiceClass, 'min-h-11 items-center py-2 text-sm')}>
                  <input
                    type="radio"
                    name={`c-${question.id}`}
                    className="h-4 w-4 accent-accent-700"
                    checked={confidence === level}
                    onChange={() => setConfidence(level)}
                  />
                  {CONFIDENCE_LABELS[level]}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="flex flex-wrap items-center gap-3">
            <button
              type="button"
              data-check
              className={buttonClass()}
              disabled={!canCheck(question, given)}
              aria-describedby={canCheck(question, given) ? undefined : `${headingId}-hint`}
              onClick={check}
            >
              Check answer
            </button>
            {canCheck(question, given) ? null : (
              <span id={`${headingId}-hint`} className="text-sm text-zinc-600 dark:text-zinc-400">
                Choose an answer first.
              </span>
            )}
          </div>
        </div>
      )}
      {result && pretest ? (
        <p className="mt-3 text-sm text-zinc-700 dark:text-zinc-300">Answered before reading the lesson: not scored. Try again once you have read it.</p>
      ) : null}
      <div aria-live="polite">
        {result ? <Feedback ref={feedback} question={question} grade={result} section={section} level={gradedView?.feedback ?? 'full'} /> : null}
      </div>
      {result && onNext ? (
        <button type="button" data-next className={buttonClass({ className: 'mt-3' })} onClick={onNext}>
          {nextLabel}
        </button>
      ) : null}
      {result && !onNext && !gradedView ? (
        <button type="button" className={buttonClass({ variant: 'outline', className: 'mt-3' })} onClick={retry}>
          Try again
        </button>
      ) : null}
    </Wrapper>
  );
}
