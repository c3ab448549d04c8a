'use client';
/** A lesson's details on the course map: reading time, its widgets, and the learner's mastery and check-up status. */
import { CheckUpBadge } from './CheckUpBadge';
import { MasteryBadge } from './MasteryBadge';

export function LessonDetails({ slug, minutes, widgets, questionIds }: { slug: string; minutes: number; widgets: string[]; questionIds: string[] }) {
  return (
    <ul className="mt-3 flex flex-wrap gap-2 text-xs" aria-label="Lesson details">
      <li className="rounded-full bg-zinc-100 px-2.5 py-1 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">{minutes} min</li>
      {widgets.map((widget) => (
        <li key={widget} className="rounded-full bg-accent-50 px-2.5 py-1 text-accent-700 dark:bg-accent-700/30 dark:text-accent-100">
          {widget}
        </li>
      ))}
      <MasteryBadge as="li" questionIds={questionIds} />
      <CheckUpBadge as="li" slug={slug} total={questionIds.length} />
    </ul>
  );
}
