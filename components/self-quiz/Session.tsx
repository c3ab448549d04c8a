'use client';
/**
 * A self-quiz session: one question at a time with progress. Keyboard: 1-9 pick the option with that number,
 * S, U and G the confidence (sure, unsure, guessed), Enter checks the answer, then moves on. Each first answer goes to the review queue (FSRS) when it counts; the
 * last answer can be undone while its question is on screen (lib/learner/undo.ts).
 */
import { useEffect, useRef, useState } from 'react';
import { QuestionCard, type Answered } from '@/components/check-up/QuestionCard';
import { submitAttempt, undoLastAnswer } from '@/components/learner/actions';
import { useLearnerState } from '@/components/learner/useLearnerState';
import { latestAnswerAt } from '@/lib/learner/attempt';
import { buttonClass } from '@/components/ui/Button';
import type { UndoPoint } from '@/lib/learner/undo';
import { DisputeFlag } from './DisputeFlag';
import { LeechPrompt } from './LeechNotice';
import type { SessionAnswer } from '@/lib/review/session';
import type { QuizQuestion } from './types';

/**
 * counted: the questions whose answers go into the review schedule (the others are practice, see answerCounts).
 * seen: for counted questions, the time of their latest answer when the session began, so an answer given in
 * another tab meanwhile is noticed (lib/learner/attempt.ts answeredSince) and this one becomes practice.
 */
type Props = { questions: QuizQuestion[]; counted: string[]; seen?: Record<string, string | null>; onDone: (answers: SessionAnswer[]) => void };

export function Session({ questions, counted, seen = {}, onDone }: Props) {
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<SessionAnswer[]>([]);
  /** The last answer, while its question is on screen: one level of undo. */
  const [undo, setUndo] = useState<{ questionId: string; point: Promise<UndoPoint | undefined> } | null>(null);
  const [undoNote, setUndoNote] = useState('');
  /** Bumped by an undo, so the card starts again unanswered. */
  const [cardRound, setCardRound] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const question = questions[index];
  const last = index === questions.length - 1;
  const latest = useLearnerState((state) => latestAnswerAt(state, question.id));
  const elsewhere = question.id in seen && latest !== seen[question.id] && !answers.some((answer) => answer.id === question.id);
  const counts = counted.includes(question.id) && !elsewhere;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const root = box.current;
      if (!root || event.altKey || event.ctrlKey || event.metaKey) return;
      // Typing a dispute note: its digits, letters and Enter are text, not answer keys.
      if (event.target instanceof HTMLTextAreaElement || (event.target instanceof HTMLInputElement && event.target.type === 'text')) return;
      if (/^[1-9]$/.test(event.key)) {
        const input = root.querySelectorAll<HTMLInputElement>('fieldset input')[Number(event.key) - 1];
        const inConfidence = input?.closest('fieldset')?.querySelector('legend')?.textContent?.startsWith('How sure');
        if (input && !input.disabled && !inConfidence) {
          event.preventDefault();
          input.click();
          input.focus();
        }
      } else if (
        /^[sug]$/i.test(event.key) &&
        !(event.target instanceof HTMLTextAreaElement) &&
        !(event.target instanceof HTMLInputElement && event.target.type === 'text')
      ) {
        // Confidence: S sure, U unsure, G guessed (in CONFIDENCE_LABELS order).
        const confidence = [...root.querySelectorAll<HTMLFieldSetElement>('fieldset')].find((set) =>
          set.querySelector('legend')?.textContent?.startsWith('How sure'),
        );
        const input = confidence?.querySelectorAll<HTMLInputElement>('input')['sug'.indexOf(event.key.toLowerCase())];
        if (input && !input.disabled) {
          event.preventDefault();
          input.click();
        }
      } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement) && !(event.target instanceof HTMLAnchorElement)) {
        const button = root.querySelector<HTMLButtonElement>('button[data-check]:not(:disabled), button[data-next]');
        if (button) {
          event.preventDefault();
          button.click();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onAnswered = ({ questionId, correct, confidence }: Answered) => {
    // Only the first try of a question in a session is an answer; a second try is practice.
    if (!answers.some((answer) => answer.id === questionId)) {
      setUndo({
        questionId,
        point: submitAttempt({ kind: 'session', questionId, correct, confidence, counts: counted.includes(questionId), seenAt: seen[questionId] }),
      });
      setUndoNote('');
    }
    setAnswers((previous) => (previous.some((answer) => answer.id === questionId) ? previous : [...previous, { id: questionId, correct }]));
  };
  const undoAnswer = async () => {
    if (!undo) return;
    const point = await undo.point;
    const undone = point ? undoLastAnswer(point) : true;
    setUndo(null);
    if (!undone) {
      setUndoNote('Not undone: this question was answered again in another tab since, and that answer is kept.');
      return;
    }
    setAnswers((previous) => previous.filter((answer) => answer.id !== undo.questionId));
    setCardRound((round) => round + 1);
    setUndoNote('Answer undone. This question’s review schedule is as it was before; answer it again.');
    requestAnimationFrame(() => box.current?.querySelector<HTMLElement>('fieldset input, fieldset button')?.focus());
  };
  const next = () => {
    setUndo(null);
    setUndoNote('');
    if (last) {
      onDone(answers);
      return;
    }
    setIndex(index + 1);
    requestAnimationFrame(() => box.current?.querySelector<HTMLElement>('fieldset input, fieldset button')?.focus());
  };

  return (
    <section aria-labelledby="session-title">
      <h2 id="session-title" className="text-xl font-semibold text-zinc-950 dark:text-white">
        Question {index + 1} of {questions.length}
      </h2>
      <div
        className="mt-2 h-2 rounded-full bg-zinc-200 dark:bg-zinc-800"
        role="progressbar"
        aria-label="Session progress"
        aria-valuemin={0}
        aria-valuemax={questions.length}
        aria-valuenow={answers.length}
      >
        <div className="h-full rounded-full bg-accent-700 dark:bg-accent-300" style={{ width: `${(answers.length / questions.length) * 100}%` }} />
      </div>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        From “{question.lessonTitle}”.{elsewhere ? ' You answered this question in another tab since this session began, so it is not due any more.' : ''}
        {counts ? '' : ' Practice: this answer leaves your review schedule as it is.'}{' '}
        <span className="hidden sm:inline">Keys: 1-9 choose, S, U or G how sure, Enter checks and moves on.</span>
      </p>
      <div ref={box} className="mt-4">
        <QuestionCard
          key={`${question.id}:${cardRound}`}
          question={question}
          number={index + 1}
          total={questions.length}
          section={{ href: `/lessons/${question.lesson}#${question.section}`, title: question.sectionTitle }}
          onAnswered={onAnswered}
          onNext={next}
          nextLabel={last ? 'See the summary' : 'Next question'}
        />
        {undo?.questionId === question.id ? (
          <button type="button" className={buttonClass({ variant: 'secondary', className: 'mt-3' })} onClick={() => void undoAnswer()}>
            Undo this answer
          </button>
        ) : null}
        <p role="status" className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
          {undoNote}
        </p>
        <LeechPrompt question={question} />
        <DisputeFlag key={question.id} questionId={question.id} />
      </div>
    </section>
  );
}
