'use client';
/**
 * The quiz-first flow while the switch is on (loaded on demand by QuizFirst.tsx): after the check-up, a panel with
 * this visit's result, the sections to reread and "Read the lesson" (placed into the check-up's
 * [data-quiz-first-done] slot); once the text is shown, the headings of sections tied to missed questions are
 * marked; and a link to a section (contents, a question's "reread" link) shows the text.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLearnerState } from '@/components/learner/useLearnerState';
import { checkUpKey, isCheckUpSlice, missedSections, type CheckUpSlice } from '@/lib/questions/check-up-state';
import { quizFirstProgress } from '@/lib/questions/quiz-first';
import { Button } from '@/components/ui/Button';
import { linkClass } from '@/components/ui/link';
import { phaseNow, readLesson, setPhase, usePhase } from './quiz-first-dom';
import type { QuizFirstProps } from './QuizFirst';
import { cn } from '@/components/ui/cn';

/** When this page was opened: "this visit's answers" are the ones given since. */
const visitStart = new Date().toISOString();
const NO_ANSWERS: CheckUpSlice = { answers: {} };

export function QuizFirstFlow({ lesson, questions, sections }: QuizFirstProps) {
  // The raw slice is selected, so the snapshot stays the same object between renders.
  const raw = useLearnerState((state) => state.widgets[checkUpKey(lesson)]);
  const slice = isCheckUpSlice(raw) ? raw : NO_ANSWERS;
  const phase = usePhase();
  // Rendered in the browser only (ssr: false), so the slot can be looked up at once.
  const [slot] = useState(() => document.querySelector('[data-quiz-first-done]'));

  const marks = phase === 'read' ? missedSections(slice, questions).join(' ') : '';
  useEffect(() => {
    const ids = marks ? marks.split(' ') : [];
    for (const id of ids) document.getElementById(id)?.setAttribute('data-missed', '');
    return () => ids.forEach((id) => document.getElementById(id)?.removeAttribute('data-missed'));
  }, [marks]);

  useEffect(() => {
    const reveal = () => {
      if (phaseNow() !== 'quiz' || !location.hash || location.hash === '#check-yourself') return;
      setPhase('read');
      requestAnimationFrame(() => document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView());
    };
    window.addEventListener('hashchange', reveal);
    return () => window.removeEventListener('hashchange', reveal);
  }, []);

  const { answered, total, done, missed } = quizFirstProgress(slice, questions, visitStart);
  if (!slot) return null;
  return createPortal(
    <div
      data-quiz-first-part="quiz"
      className="mt-6 hidden rounded-lg border border-accent-700 bg-accent-50 px-4 py-4 text-zinc-900 dark:border-accent-300 dark:bg-accent-700/25 dark:text-zinc-100"
    >
      <p aria-live="polite" className="font-medium">
        {done
          ? missed.length
            ? `Check-up done. ${missed.length} section${missed.length === 1 ? ' is' : 's are'} marked for you to read closely:`
            : 'Check-up done, all right at the last try. Read on to see the lesson whole.'
          : `${answered} of ${total} answered. When you have answered them all, read the lesson.`}
      </p>
      {done && missed.length ? (
        <ul className="mt-2 list-disc pl-6">
          {missed.map((id) => (
            <li key={id}>
              <a href={`#${id}`} className={cn('font-medium', linkClass)}>
                {sections[id] ?? id}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <Button variant={done ? 'primary' : 'secondary'} className="mt-3" onClick={() => readLesson(missed)}>
        Read the lesson
      </Button>
    </div>,
    slot,
  );
}
