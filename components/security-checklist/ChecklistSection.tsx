import { filterItems, type Progress } from '@/lib/checklists/progress';
import { itemState, type ChecklistState } from '@/lib/checklists/state';
import { FILTER_LABELS, type Checklist } from '@/lib/checklists/types';
import { pluralise } from '@/lib/format';
import { cn } from '@/components/ui/cn';
import { linkClass } from '@/components/ui/link';
import { ChecklistItemCard } from './ChecklistItemCard';
import { ProgressMeter } from './ProgressMeter';

type Props = {
  checklist: Checklist;
  state: ChecklistState;
  progress: Progress;
  idBase: string;
  /** On /checklists each list starts a new printed page; in a lesson the list prints where it stands. */
  scope: 'lesson' | 'page';
  printOnNewPage: boolean;
  disabled: boolean;
  onCheckedChange: (itemId: string, checked: boolean) => void;
  onNotesChange: (itemId: string, notes: string) => void;
};

/** One list: heading, progress for the shown items, and the items the launch-type filter lets through. */
export function ChecklistSection({ checklist, state, progress, idBase, scope, printOnNewPage, disabled, onCheckedChange, onNotesChange }: Props) {
  const headingId = `${idBase}-${checklist.id}-title`;
  const shown = filterItems(checklist.items, state.filter);
  const hidden = checklist.items.length - shown.length;
  const header =
    scope === 'page' ? (
      <div className="mb-4">
        <h2 id={headingId} className="text-2xl font-bold tracking-tight text-zinc-950 dark:text-white print:text-black">
          {checklist.title}
        </h2>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300 print:text-black">{checklist.summary}</p>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400 print:hidden">
          Explained in the lesson {/* A plain link: next/link would add its runtime to every lesson with a checklist. */}
          <a href={`/lessons/${checklist.lesson}`} className={linkClass}>
            {checklist.lessonTitle}
          </a>
          .
        </p>
      </div>
    ) : null;
  const body = (
    <>
      <p className="mb-4 hidden text-[10pt] text-black print:block">
        Service or account: <span className="inline-block w-40 border-b border-zinc-500">&nbsp;</span> Reviewer:{' '}
        <span className="inline-block w-32 border-b border-zinc-500">&nbsp;</span> Date:{' '}
        <span className="inline-block w-24 border-b border-zinc-500">&nbsp;</span>
      </p>
      <ProgressMeter id={`${idBase}-${checklist.id}-progress`} label="Progress:" progress={progress} />
      {hidden > 0 ? (
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400 print:text-black">
          Showing the {shown.length} items that apply to {FILTER_LABELS[state.filter]}; {pluralise(hidden, 'item')} for the other launch type{' '}
          {hidden === 1 ? 'is' : 'are'} hidden.
        </p>
      ) : null}
      <ul className="mt-4 space-y-3 print:mt-2 print:space-y-0">
        {shown.map((item) => (
          <ChecklistItemCard
            key={item.id}
            item={item}
            value={itemState(state, item.id)}
            idBase={`${idBase}-${item.id}`}
            disabled={disabled}
            onCheckedChange={(checked) => onCheckedChange(item.id, checked)}
            onNotesChange={(notes) => onNotesChange(item.id, notes)}
          />
        ))}
      </ul>
    </>
  );
  // In a lesson the surrounding frame carries the heading; on /checklists each list is its own titled section.
  if (scope === 'lesson') return <div className={printOnNewPage ? 'print:break-before-page' : undefined}>{body}</div>;
  return (
    <section aria-labelledby={headingId} id={checklist.id} className={cn('scroll-mt-24', printOnNewPage && 'print:break-before-page')}>
      {header}
      {body}
    </section>
  );
}
