'use client';
import { nextStep, nextStepLabel, resumeStep } from '@/lib/course-progress';
import { readingPlace, READING_KEY } from '@/lib/learner/reading-position';
import { useLearnerState } from '@/components/learner/useLearnerState';
import { isLessonDone, lessonsDone } from '@/lib/questions/check-up-state';
import { CheckIcon } from '@/components/ui/icons/CheckIcon';

/** The done tick on the course map (marked by hand or check-up passed); its box is the same size either way, so nothing shifts. */
export function LessonStatus({ slug, position }: { slug: string; position: number }) {
  const done = useLearnerState((state) => isLessonDone(state, slug));
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
          <CheckIcon ends="sharp" />
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
  const done = useLearnerState((state) => Object.keys(lessonsDone(state, slugs)).length);
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

type LessonLink = { slug: string; title: string };

/**
 * The home page's main button: "Start with lesson 1" for a newcomer, "Continue: lesson N, <title>" once a lesson
 * is done, opening the lesson at the section where the learner stopped reading it ("…, at “Capacity providers”").
 * Two lines in every state (the title on the second), so changing the words after hydration moves nothing.
 */
export function NextLessonButton({ lessons }: { lessons: LessonLink[] }) {
  const slugs = lessons.map((lesson) => lesson.slug);
  const kind = useLearnerState((state) => nextStep(slugs, lessonsDone(state, slugs)).kind);
  const index = useLearnerState((state) => nextStep(slugs, lessonsDone(state, slugs)).index);
  const lesson = lessons[index] ?? lessons[0];
  // The stored place (the same object while the record is unchanged); none once every lesson is done.
  const place = useLearnerState((state) => (kind === 'review' ? undefined : readingPlace(state.widgets[READING_KEY], lesson.slug)));
  const label = nextStepLabel(resumeStep({ kind, index }, Boolean(place)));
  const title = place ? `${lesson.title}, at “${place.title}”` : lesson.title;
  return (
    <a
      href={`/lessons/${lesson.slug}${place ? `#${place.section}` : ''}`}
      // The comma is heard, not seen: the title sits on its own line.
      aria-label={`${label}, ${title}`}
      className="inline-flex max-w-full min-h-11 flex-col justify-center rounded-md bg-accent-700 px-5 py-2 text-white hover:bg-accent-600 dark:bg-accent-300 dark:text-zinc-950 dark:hover:bg-accent-400"
    >
      <span className="font-semibold">{label}</span>
      {/* A space between the two lines (a flex container lays none out), so the visible text reads as two words, not
          "lesson 1Ways", and stays inside the link's name (WCAG 2.5.3 Label in Name). */}{' '}
      <span className="truncate text-sm">{title}</span>
    </a>
  );
}
