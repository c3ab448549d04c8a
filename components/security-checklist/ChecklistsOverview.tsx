/** On /checklists, above the three lists: overall progress, a link to each list with its own count, and the toolbar. */
import type { ReactNode } from 'react';
import type { Progress } from '@/lib/checklists/progress';
import type { Checklist } from '@/lib/checklists/types';
import { cn } from '@/components/ui/cn';
import { linkClass } from '@/components/ui/link';
import { ProgressMeter } from './ProgressMeter';

type Props = { checklists: Checklist[]; idBase: string; progress: { lists: Record<string, Progress>; overall: Progress }; toolbar: ReactNode };

export function ChecklistsOverview({ checklists, idBase, progress, toolbar }: Props) {
  return (
    <section
      aria-labelledby={`${idBase}-tools-title`}
      className="rounded-lg border border-zinc-200 bg-zinc-50 px-4 py-5 sm:px-6 dark:border-zinc-800 dark:bg-zinc-900 print:hidden"
    >
      <h2 id={`${idBase}-tools-title`} className="sr-only">
        Progress and review tools
      </h2>
      <ProgressMeter id={`${idBase}-overall`} label="Overall:" progress={progress.overall} size="large" />
      <ul className="mt-4 grid gap-3 sm:grid-cols-3">
        {checklists.map((list) => (
          <li key={list.id} className="text-sm">
            <a href={`#${list.id}`} className={cn('font-medium', linkClass)}>
              {list.title}
            </a>
            <span className="block text-zinc-700 dark:text-zinc-300">
              {progress.lists[list.id].done} of {progress.lists[list.id].total} done
            </span>
          </li>
        ))}
      </ul>
      <div className="mt-6 border-t border-zinc-200 pt-5 dark:border-zinc-800">{toolbar}</div>
    </section>
  );
}
