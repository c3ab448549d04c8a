import type { ChecklistItem } from '@/lib/checklists/types';
import { Disclosure } from '@/components/ui/Disclosure';
import { linkHoverClass, printedUrlClass } from '@/components/ui/link';
import { SourceLink } from '@/components/ui/SourceList';
import { cn } from '@/components/ui/cn';
import { InlineText } from './InlineText';

function formatChangeDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const value = new Date(Date.UTC(year, month - 1, day || 1));
  return value.toLocaleDateString('en-GB', { timeZone: 'UTC', year: 'numeric', month: 'long', ...(day ? { day: 'numeric' } : {}) });
}

/**
 * An item's history, behind its own disclosure so the check leads: the challenge it answers and whether that
 * still holds, and the dated change with its source. Printed open. Only an item with a dated change offers "What
 * changed since 2023"; one whose challenge still holds names the challenge instead, so the label never promises a
 * change that is not there.
 */
export function ChecklistItemHistory({ item }: { item: ChecklistItem }) {
  if (!item.challenge && !item.updated) return null;
  return (
    <Disclosure variant="inline" printOpen className="mt-2" summary={item.updated ? 'What changed since 2023' : 'The challenge from 2023'}>
      <div className="mt-1 space-y-2 rounded-md border-l-4 border-emerald-700 bg-emerald-50 px-3 py-2 text-sm text-zinc-800 dark:border-emerald-400 dark:bg-emerald-950/50 dark:text-zinc-200 print:border-black print:bg-transparent print:text-black">
        {item.challenge ? <p>{item.challenge.stillTrue}</p> : null}
        {item.updated ? (
          <p>
            <span className="font-semibold text-emerald-900 dark:text-emerald-200 print:text-black">Changed {formatChangeDate(item.updated.date)}.</span>{' '}
            <InlineText text={item.updated.text} /> <span className="whitespace-nowrap">Source:</span>{' '}
            <SourceLink source={item.updated.source} className={cn(linkHoverClass, printedUrlClass)} />
          </p>
        ) : null}
      </div>
    </Disclosure>
  );
}
