'use client';
import { useLearnerState } from '@/components/learner/useLearnerState';

/** The done tick on the course map; its box is the same size either way, so nothing shifts. */
export function LessonStatus({ slug, position }: { slug: string; position: number }) {
  const done = useLearnerState((state) => Boolean(state.lessons[slug]));
  return (
    <span
      className={
        done
          ? 'flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-emerald-700 text-white dark:bg-emerald-400 dark:text-emerald-950'
          : 'flex h-10 w-10 shrink-0 items-center justify-center rounded-full border-2 border-zinc-300 font-semibold text-zinc-700 dark:border-zinc-700 dark:text-zinc-200'
      }
    >
      {done ? (
        <>
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2.5">
            <path d="M4 10.5l4 4 8-9" />
          </svg>
          <span className="sr-only">Lesson {position}, done</span>
        </>
      ) : (
        <span>
          <span className="sr-only">Lesson </span>
          {position}
        </span>
      )}
    </span>
  );
}

export function CourseProgress({ slugs }: { slugs: string[] }) {
  const done = useLearnerState((state) => slugs.filter((slug) => state.lessons[slug]).length);
  const percent = Math.round((done / slugs.length) * 100);
  return (
    <div className="w-full max-w-xs">
      <p className="text-sm text-zinc-700 dark:text-zinc-300" id="course-progress-label">
        {done} of {slugs.length} lessons done
      </p>
      <div
        role="progressbar"
        aria-labelledby="course-progress-label"
        aria-valuemin={0}
        aria-valuemax={slugs.length}
        aria-valuenow={done}
        className="mt-2 h-2 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
      >
        <div className="h-full rounded-full bg-emerald-600 dark:bg-emerald-400" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
