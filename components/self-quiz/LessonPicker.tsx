'use client';
/** The lessons a self-quiz session or a mock exam draws on: none ticked means the whole course. */
import { choiceClass } from '@/components/ui/choice';
import type { QuizLesson } from './types';

type Props = { lessons: QuizLesson[]; chosen: string[]; onChange: (chosen: string[]) => void };

export function LessonPicker({ lessons, chosen, onChange }: Props) {
  return (
    <fieldset>
      <legend className="font-medium text-zinc-900 dark:text-zinc-100">Lessons (leave all unticked for the whole course)</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {lessons.map((lesson) => (
          <label key={lesson.slug} className={choiceClass}>
            <input
              type="checkbox"
              className="mt-1 h-4 w-4 shrink-0 accent-accent-700"
              checked={chosen.includes(lesson.slug)}
              onChange={(event) => onChange(event.target.checked ? [...chosen, lesson.slug] : chosen.filter((slug) => slug !== lesson.slug))}
            />
            <span>{lesson.title}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
