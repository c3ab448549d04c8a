'use client';
/**
 * Setting up a mock exam: which lessons, how many questions, and the time limit, which the learner chooses before
 * it starts (WCAG 2.2.1: a longer limit or none at all).
 */
import { useState } from 'react';
import { examMinutes, MOCK_EXAM_SIZES, SECONDS_PER_QUESTION, TIME_LIMITS, type TimeLimit } from '@/lib/review/mock-exam';
import { buttonClass } from '@/components/ui/Button';
import { choiceClass } from '@/components/ui/choice';
import { cn } from '@/components/ui/cn';
import { LessonPicker } from './LessonPicker';
import type { QuizLesson, QuizQuestion } from './types';

type Props = { lessons: QuizLesson[]; questions: QuizQuestion[]; onStart: (lessons: string[], size: number, limit: TimeLimit) => void; onBack: () => void };

const limitLabel = (limit: TimeLimit, size: number) =>
  limit === 'none'
    ? 'No time limit'
    : `${examMinutes(size, limit)} minutes${limit === 'standard' ? ` (${SECONDS_PER_QUESTION / 60 === 1.5 ? 'a minute and a half' : `${SECONDS_PER_QUESTION} seconds`} a question)` : ' (double time)'}`;

export function MockExamSetup({ lessons, questions, onStart, onBack }: Props) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [size, setSize] = useState<number>(MOCK_EXAM_SIZES[1]);
  const [limit, setLimit] = useState<TimeLimit>('standard');
  const available = questions.filter((question) => chosen.length === 0 || chosen.includes(question.lesson)).length;
  const actual = Math.min(size, available);
  return (
    <section aria-labelledby="mock-setup-title">
      <h2 id="mock-setup-title" tabIndex={-1} className="text-xl font-semibold text-zinc-950 dark:text-white">
        Set up a mock exam
      </h2>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">
        Questions are drawn evenly from the lessons you choose and mixed. Nothing is marked until you finish; then you get your score by lesson. The exam is
        practice: your review schedule is left as it is. If you leave the page the clock keeps running, and the exam waits for you here.
      </p>
      <form
        className="mt-4 grid gap-6"
        onSubmit={(event) => {
          event.preventDefault();
          onStart(chosen, size, limit);
        }}
      >
        <LessonPicker lessons={lessons} chosen={chosen} onChange={setChosen} />
        <fieldset>
          <legend className="font-medium text-zinc-900 dark:text-zinc-100">Questions</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {MOCK_EXAM_SIZES.map((value) => (
              <label key={value} className={cn(choiceClass, 'min-h-11 items-center py-2')}>
                <input type="radio" name="mock-size" className="h-4 w-4 accent-accent-700" checked={size === value} onChange={() => setSize(value)} />
                {value}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="font-medium text-zinc-900 dark:text-zinc-100">Time limit</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-3">
            {(Object.keys(TIME_LIMITS) as TimeLimit[]).map((value) => (
              <label key={value} className={cn(choiceClass, 'min-h-11 items-center py-2')}>
                <input type="radio" name="mock-limit" className="h-4 w-4 accent-accent-700" checked={limit === value} onChange={() => setLimit(value)} />
                {limitLabel(value, actual)}
              </label>
            ))}
          </div>
        </fieldset>
        <p className="text-zinc-700 dark:text-zinc-300" aria-live="polite">
          This exam: {actual} question{actual === 1 ? '' : 's'}
          {actual < size ? ` (all that ${chosen.length === 1 ? 'lesson has' : 'these lessons have'})` : ''},{' '}
          {limit === 'none' ? 'no time limit' : `${examMinutes(actual, limit)} minutes`}.
        </p>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={buttonClass()} disabled={actual === 0}>
            Start the mock exam
          </button>
          <button type="button" className={buttonClass({ variant: 'outline' })} onClick={onBack}>
            Back to the self-quiz home
          </button>
        </div>
      </form>
    </section>
  );
}
