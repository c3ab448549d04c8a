/** A checklist inside a lesson: its own titled frame, a pointer to /checklists, the toolbar, then the list. */
import type { ReactNode } from 'react';
import type { Checklist } from '@/lib/checklists/types';
import { linkClass } from '@/components/ui/link';

type Props = { checklist: Checklist; idBase: string; toolbar: ReactNode; headingLevel: 2 | 3; children: ReactNode };

export function ChecklistLessonFrame({ checklist, idBase, toolbar, headingLevel, children }: Props) {
  const titleId = `${idBase}-lesson-title`;
  const Title = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      aria-labelledby={titleId}
      id={`checklist-${checklist.id}`}
      className="my-8 rounded-xl border border-zinc-200 bg-zinc-50/70 px-3 py-5 sm:px-6 dark:border-zinc-800 dark:bg-zinc-900/60 print:border-0 print:bg-white print:px-0"
    >
      <p className="text-xs font-semibold tracking-wider text-accent-700 uppercase dark:text-accent-300 print:text-black">Security checklist</p>
      <Title id={titleId} className="mt-1 text-xl font-bold tracking-tight text-zinc-950 dark:text-white print:text-black">
        {checklist.title}
      </Title>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300 print:text-black">{checklist.summary}</p>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400 print:hidden">
        Ticks and notes are saved in this browser only, and shared with the {/* A plain link: lesson widgets keep Next's router runtime off the lesson. */}
        <a href={`/checklists#${checklist.id}`} className={linkClass}>
          security checklists page
        </a>
        , which gathers all three lists.
      </p>
      <div className="mt-5">{toolbar}</div>
      <div className="mt-6">{children}</div>
    </section>
  );
}
