'use client';
/** Build a session: which lessons (none ticked = every lesson) and how many questions; due ones come first. */
import { useState } from 'react';
import { SESSION_SIZES } from '@/lib/review/session';
import { buttonClass } from '@/components/ui/Button';
import { choiceClass } from '@/components/ui/choice';
import { cn } from '@/components/ui/cn';
import type { QuizLesson } from './types';

export function SessionBuilder({ lessons, onStart }: { lessons: QuizLesson[]; onStart: (lessons: string[], size: number) => void }) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [size, setSize] = useState<number>(SESSION_SIZES[1]);
  return (
    <section aria-labelledby="builder-title" className="mt-8">
      <h2 id="builder-title" tabIndex={-1} className="text-xl font-semibold text-zinc-950 dark:text-white">
        Build a session
      </h2>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">Due questions come first, then questions you have not answered yet.</p>
      <form
        className="mt-4 grid gap-6"
        onSubmit={(event) => {
          event.preventDefault();
          onStart(chosen, size);
        }}
      >
        <fieldset>
          <legend className="font-medium text-zinc-900 dark:text-zinc-100">Lessons (leave all unticked for the whole course)</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {lessons.map((lesson) => (
              <label key={lesson.slug} className={choiceClass}>
                <input
                  type="checkbox"
                  className="mt-1 h-4 w-4 shrink-0 accent-accent-700"
                  checked={chosen.includes(lesson.slug)}
                  onChange={(event) => setChosen(event.target.checked ? [...chosen, lesson.slug] : chosen.filter((slug) => slug !== lesson.slug))}
                />
                <span>{lesson.title}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="font-medium text-zinc-900 dark:text-zinc-100">Questions</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {SESSION_SIZES.map((value) => (
              <label key={value} className={cn(choiceClass, 'min-h-11 items-center py-2')}>
                <input type="radio" name="session-size" className="h-4 w-4 accent-accent-700" checked={size === value} onChange={() => setSize(value)} />
                {value}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <button type="submit" className={buttonClass()}>
            Start session
          </button>
        </div>
      </form>
    </section>
  );
}
