'use client';
import { setLessonDone } from '@/lib/learner-store';
import { getLearnerStore, useLearnerState } from '@/components/learner/useLearnerState';

/** "Mark as done": stored in the learner store and shown on the course map. */
export function MarkDone({ slug, title }: { slug: string; title: string }) {
  const done = useLearnerState((state) => Boolean(state.lessons[slug]));
  const toggle = () => getLearnerStore().update((state) => setLessonDone(state, slug, !done));
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-lg border border-zinc-200 bg-zinc-50 px-4 py-4 print:hidden dark:border-zinc-800 dark:bg-zinc-900">
      <button
        type="button"
        onClick={toggle}
        aria-pressed={done}
        className={
          done
            ? 'inline-flex min-h-11 items-center gap-2 rounded-md bg-emerald-700 px-4 font-medium text-white hover:bg-emerald-800 dark:bg-emerald-400 dark:text-emerald-950 dark:hover:bg-emerald-300'
            : 'inline-flex min-h-11 items-center gap-2 rounded-md bg-accent-700 px-4 font-medium text-white hover:bg-accent-600 dark:bg-accent-300 dark:text-zinc-950 dark:hover:bg-accent-400'
        }
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2.5">
          {done ? <path d="M4 10.5l4 4 8-9" /> : <rect x="3.5" y="3.5" width="13" height="13" rx="2" />}
        </svg>
        Mark as done
      </button>
      <p className="text-sm text-zinc-700 dark:text-zinc-300" aria-live="polite">
        {done ? `Done: “${title}” is ticked on the course map.` : 'Tick this when you can answer the questions above.'}
      </p>
    </div>
  );
}
