'use client';
/**
 * "Quiz me first" on every lesson. The switch keeps the learner's choice in the store; while it is on, the lesson
 * opens with its text hidden (data-quiz-first="quiz" on <html>, set before first paint by the theme bootstrap), so
 * the check-up comes first. The rest of the flow (the panel after the check-up, the marks on missed sections) is
 * QuizFirstFlow, fetched only while the switch is on: this file is in every lesson's first load, so it stays small.
 */
import { useEffect, useState, type ComponentType } from 'react';
import { useLearnerState } from '@/components/learner/useLearnerState';
import { setQuizFirstOn } from '@/components/learner/actions';
import { readQuizFirst } from '@/lib/questions/quiz-first';
import { readLesson, setPhase } from './quiz-first-dom';

export type QuizFirstProps = { lesson: string; questions: { id: string; section: string }[]; sections: Record<string, string> };

/** `showLessonClass`: the "Show the lesson now" button's look, computed on the server (no Button code on the first load). */
export function QuizFirstSwitch({ showLessonClass, ...props }: QuizFirstProps & { showLessonClass: string }) {
  const on = useLearnerState(readQuizFirst);
  const [said, setSaid] = useState('');
  // The flow's code, imported while the switch is on (a plain import(), not next/dynamic, whose runtime would be on
  // every lesson's first load for this one client-only part).
  const [Flow, setFlow] = useState<ComponentType<QuizFirstProps> | null>(null);
  useEffect(() => {
    if (on && !Flow) void import('./QuizFirstFlow').then((module) => setFlow(() => module.QuizFirstFlow));
  }, [on, Flow]);
  const toggle = () => {
    setQuizFirstOn(!on);
    setPhase(on ? null : 'quiz');
    setSaid(
      on
        ? 'Quiz me first is off: the whole lesson is shown.'
        : 'Quiz me first is on: the lesson text is hidden until you have answered the check-up, which follows.',
    );
  };
  return (
    <div className="mt-6 rounded-lg border border-zinc-200 bg-zinc-50 px-4 py-3 print:hidden dark:border-zinc-800 dark:bg-zinc-900" data-quiz-first-bar="">
      <div className="flex items-center justify-between gap-4">
        <div>
          <span id="quiz-first-label" className="font-medium text-zinc-950 dark:text-white">
            Quiz me first
          </span>
          <span id="quiz-first-hint" className="block text-sm text-zinc-700 dark:text-zinc-300">
            Take the check-up before reading; the sections you miss are marked.
          </span>
        </div>
        <button
          type="button"
          role="switch"
          aria-checked={on}
          aria-labelledby="quiz-first-label"
          aria-describedby="quiz-first-hint"
          onClick={toggle}
          className="group relative inline-flex h-8 w-14 shrink-0 items-center rounded-full border-2 border-zinc-500 bg-white aria-checked:border-accent-700 aria-checked:bg-accent-700 dark:border-zinc-400 dark:bg-zinc-950 dark:aria-checked:border-accent-300 dark:aria-checked:bg-accent-300"
        >
          <span
            aria-hidden="true"
            className="ml-1 h-5 w-5 rounded-full bg-zinc-600 transition-transform group-aria-checked:translate-x-6 group-aria-checked:bg-white motion-reduce:transition-none dark:bg-zinc-300 dark:group-aria-checked:bg-zinc-950"
          />
        </button>
      </div>
      <div data-quiz-first-part="quiz" className="mt-3 hidden border-t border-zinc-200 pt-3 dark:border-zinc-800">
        <p className="text-zinc-800 dark:text-zinc-200">The lesson text is hidden until you have answered the check-up below.</p>
        <button type="button" className={showLessonClass} onClick={() => readLesson([])}>
          Show the lesson now
        </button>
      </div>
      <p role="status" className="sr-only">
        {said}
      </p>
      {on && Flow ? <Flow {...props} /> : null}
    </div>
  );
}
