'use client';
/** What the learner sees after checking: right or wrong, why the chosen option is wrong, the explanation, the section. */
import { forwardRef, useState } from 'react';
import { correctAnswerText, type Grade } from '@/lib/questions/grade';
import type { Question } from '@/lib/questions/schema';
import { linkClass } from '@/components/ui/link';
import { cn } from '@/components/ui/cn';

/**
 * `full` (practice): everything, with the right answer. In a graded attempt (lib/assignment): `none` says only that
 * the answer is in; `right-wrong` marks it; `explanation` marks and explains it. Graded feedback never names the
 * right answer.
 */
export type FeedbackLevel = 'full' | 'explanation' | 'right-wrong' | 'none';

type Props = { question: Question; grade: Grade; section: { href: string; title: string }; level?: FeedbackLevel };

export const Feedback = forwardRef<HTMLDivElement, Props>(function Feedback({ question, grade, section, level = 'full' }, ref) {
  const answer = correctAnswerText(question);
  // A wrong answer does not give the right one away at once: the learner can try again first, or ask for it.
  const [shown, setShown] = useState(false);
  if (level === 'none' || level === 'right-wrong') {
    return (
      <div ref={ref} tabIndex={-1} className="mt-4 rounded-lg border-l-4 border-zinc-500 bg-zinc-50 px-4 py-3 dark:border-zinc-400 dark:bg-zinc-900">
        <p className="font-semibold text-zinc-950 dark:text-white">{level === 'none' ? 'Answer saved.' : grade.correct ? 'Right.' : 'Not right.'}</p>
      </div>
    );
  }
  const full = level === 'full';
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={cn(
        'mt-4 rounded-lg border-l-4 px-4 py-3',
        grade.correct
          ? 'border-emerald-600 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/40'
          : 'border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40',
      )}
    >
      <p className="font-semibold text-zinc-950 dark:text-white">{grade.correct ? 'Right.' : 'Not quite.'}</p>
      {grade.mistakes.map((mistake) => (
        <p key={mistake.text} className="mt-2">
          <span className="font-medium">You chose “{mistake.text}”:</span> {mistake.feedback}
        </p>
      ))}
      {full && question.kind === 'multiple' && grade.missed.length ? (
        <p className="mt-2">You left out: {grade.missed.map((text) => `“${text}”`).join(', ')}.</p>
      ) : null}
      {question.kind === 'order' && !grade.correct ? (
        <p className="mt-2">
          {grade.inPlace} of {question.steps.length} steps are in the right place.
        </p>
      ) : null}
      {!grade.correct && full && !shown ? (
        <button type="button" className={cn('mt-2 font-medium', linkClass)} onClick={() => setShown(true)}>
          Show the right answer
        </button>
      ) : null}
      {!grade.correct && full && shown ? (
        question.kind === 'order' ? (
          <div className="mt-2">
            <p className="font-medium">The right order:</p>
            <ol className="list-decimal pl-6">
              {answer.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ol>
          </div>
        ) : (
          <p className="mt-2">
            <span className="font-medium">{answer.length > 1 ? 'The right answers:' : 'The right answer:'}</span> {answer.join('; ')}
          </p>
        )
      ) : null}
      {question.kind === 'true-false' && (grade.correct || shown) ? <p className="mt-2">{question.why}</p> : null}
      {grade.correct || shown ? <p className="mt-2">{question.explanation}</p> : null}
      <p className="mt-2 text-sm">
        <a href={section.href} className={cn('font-medium', linkClass)}>
          Read the section “{section.title}”
        </a>
      </p>
    </div>
  );
});
