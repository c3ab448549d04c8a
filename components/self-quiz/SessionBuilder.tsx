'use client';
/**
 * Build a session: which lessons (none ticked = every lesson), what to draw on (due, missed, flagged, new, everything else:
 * studying ahead), how many, and whether answers to questions not due count in the schedule. The line under the
 * form says exactly what the session will hold.
 */
import { useState } from 'react';
import { localTimeZone, type ReviewItem } from '@/lib/review/days';
import { describePlan, planSession, SESSION_SIZES, type SessionSource } from '@/lib/review/session';
import { buttonClass } from '@/components/ui/Button';
import { choiceClass } from '@/components/ui/choice';
import { cn } from '@/components/ui/cn';
import { LessonPicker } from './LessonPicker';
import type { QuizLesson, QuizQuestion } from './types';

const SOURCE_LABELS: Record<SessionSource, string> = {
  due: 'Due today',
  missed: 'Missed last time (not due yet)',
  flagged: 'Flagged as disputed',
  new: 'Not yet seen',
  ahead: 'Everything else in these lessons (study ahead)',
};

type Props = {
  lessons: QuizLesson[];
  questions: QuizQuestion[];
  items: [string, ReviewItem][];
  /** Questions flagged as disputed (the `flagged` source). */
  flagged: string[];
  onStart: (lessons: string[], size: number, sources: SessionSource[], countExtra: boolean) => void;
};

export function SessionBuilder({ lessons, questions, items, flagged, onStart }: Props) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [size, setSize] = useState<number>(SESSION_SIZES[1]);
  const [sources, setSources] = useState<SessionSource[]>(['due', 'new']);
  const [countExtra, setCountExtra] = useState(false);
  const plan = planSession({ questions, items, lessons: chosen, size, now: new Date(), timeZone: localTimeZone(), flagged, sources });
  const extra = plan.from.missed + plan.from.flagged + plan.from.ahead;
  return (
    <section aria-labelledby="builder-title" className="mt-8">
      <h2 id="builder-title" tabIndex={-1} className="text-xl font-semibold text-zinc-950 dark:text-white">
        Build a session
      </h2>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">Choose lessons and what to draw on; due questions come first.</p>
      <form
        className="mt-4 grid gap-6"
        onSubmit={(event) => {
          event.preventDefault();
          onStart(chosen, size, sources, countExtra);
        }}
      >
        <LessonPicker lessons={lessons} chosen={chosen} onChange={setChosen} />
        <fieldset>
          <legend className="font-medium text-zinc-900 dark:text-zinc-100">Questions to include</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {(Object.keys(SOURCE_LABELS) as SessionSource[]).map((source) => (
              <label key={source} className={choiceClass}>
                <input
                  type="checkbox"
                  className="mt-1 h-4 w-4 shrink-0 accent-accent-700"
                  checked={sources.includes(source)}
                  onChange={(event) => setSources(event.target.checked ? [...sources, source] : sources.filter((item) => item !== source))}
                />
                <span>{SOURCE_LABELS[source]}</span>
              </label>
            ))}
          </div>
          <label className={cn(choiceClass, 'mt-2')}>
            <input
              type="checkbox"
              className="mt-1 h-4 w-4 shrink-0 accent-accent-700"
              checked={countExtra}
              onChange={(event) => setCountExtra(event.target.checked)}
            />
            <span>Count answers to questions that are not due in my review schedule (off: they are practice and leave it as it is)</span>
          </label>
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
        <p className="text-zinc-700 dark:text-zinc-300" aria-live="polite" data-session-plan="">
          This session: {describePlan(plan.from)}.{extra && !countExtra ? ` The ${extra} not due are practice.` : ''}
        </p>
        <div>
          <button type="submit" className={buttonClass()}>
            Start session
          </button>
        </div>
      </form>
    </section>
  );
}
