import type { ChecklistItem } from '@/lib/checklists/types';
import { InlineText } from './InlineText';

function formatChangeDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const value = new Date(Date.UTC(year, month - 1, day || 1));
  return value.toLocaleDateString('en-GB', { timeZone: 'UTC', year: 'numeric', month: 'long', ...(day ? { day: 'numeric' } : {}) });
}

/**
 * An item's history, behind its own disclosure so the check leads: the challenge it answers and whether that
 * still holds, and the dated change with its source. Printed open.
 */
export function ChecklistItemHistory({ item }: { item: ChecklistItem }) {
  if (!item.challenge && !item.updated) return null;
  return (
    <details className="group mt-2 print:details-content:[content-visibility:visible]">
      <summary className="inline-flex min-h-8 cursor-pointer list-none items-center gap-1.5 rounded text-sm font-medium text-accent-700 hover:underline dark:text-accent-300 print:hidden [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 shrink-0 transition-transform group-open:rotate-90 motion-reduce:transition-none" fill="currentColor">
          <path d="M7 4l7 6-7 6z" />
        </svg>
        What changed since 2023
      </summary>
      <div className="mt-1 space-y-2 rounded-md border-l-4 border-emerald-700 bg-emerald-50 px-3 py-2 text-sm text-zinc-800 dark:border-emerald-400 dark:bg-emerald-950/50 dark:text-zinc-200 print:border-black print:bg-transparent print:text-black">
        {item.challenge ? (
          <p>{item.challenge.stillTrue}</p>
        ) : null}
        {item.updated ? (
          <p>
            <span className="font-semibold text-emerald-900 dark:text-emerald-200 print:text-black">Changed {formatChangeDate(item.updated.date)}.</span>{' '}
            <InlineText text={item.updated.text} /> <span className="whitespace-nowrap">Source:</span>{' '}
            <a
              href={item.updated.source.url}
              rel="noopener noreferrer"
              className="text-accent-700 underline underline-offset-2 hover:text-accent-600 dark:text-accent-300 dark:hover:text-accent-100 print:text-black print:after:text-[0.85em] print:after:break-all print:after:content-['_('_attr(href)_')']"
            >
              {item.updated.source.title}
            </a>
          </p>
        ) : null}
      </div>
    </details>
  );
}
