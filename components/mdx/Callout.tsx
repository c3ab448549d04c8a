import { cn } from '@/components/ui/cn';

type CalloutKind = 'note' | 'pitfall' | 'updated';

const STYLES: Record<CalloutKind, { label: string; box: string; badge: string }> = {
  note: {
    label: 'Note',
    box: 'border-sky-300 bg-sky-50 dark:border-sky-800 dark:bg-sky-950/40',
    badge: 'bg-sky-700 text-white dark:bg-sky-300 dark:text-sky-950',
  },
  pitfall: {
    label: 'Pitfall',
    box: 'border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/40',
    badge: 'bg-amber-800 text-white dark:bg-amber-300 dark:text-amber-950',
  },
  updated: {
    label: 'What changed since 2023',
    box: 'border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950/40',
    badge: 'bg-emerald-800 text-white dark:bg-emerald-300 dark:text-emerald-950',
  },
};

function formatChangeDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month) return date;
  const value = new Date(Date.UTC(year, month - 1, day || 1));
  return value.toLocaleDateString('en-GB', { timeZone: 'UTC', year: 'numeric', month: 'long', ...(day ? { day: 'numeric' } : {}) });
}

/** An aside in a lesson: a note, a pitfall, or the lesson's one dated "What changed since 2023" panel. */
export function Callout({ kind = 'note', title, date, children }: { kind?: CalloutKind; title?: string; date?: string; children: React.ReactNode }) {
  const style = STYLES[kind] ?? STYLES.note;
  return (
    <div role="note" aria-label={title ?? style.label} className={cn('not-prose my-8 rounded-lg border-l-4 border', style.box, 'px-5 py-4 break-inside-avoid')}>
      <p className="flex flex-wrap items-center gap-2 text-sm font-semibold text-zinc-900 dark:text-zinc-50">
        <span className={cn('rounded px-2 py-0.5 text-xs font-bold tracking-wide uppercase', style.badge)}>{style.label}</span>
        {title && title !== style.label ? <span>{title}</span> : null}
        {date ? <span className="font-normal text-zinc-700 dark:text-zinc-300">(latest change: {formatChangeDate(date)})</span> : null}
      </p>
      {/* Typography skips everything inside not-prose, so the box styles its own lists. */}
      <div className="prose prose-zinc mt-2 max-w-none text-[0.975rem] dark:prose-invert prose-p:my-2 prose-a:text-accent-700 dark:prose-a:text-accent-300 [&_li]:my-1.5 [&_li]:pl-1 [&_ul]:my-2 [&_ul]:list-disc [&_ul]:pl-5">
        {children}
      </div>
    </div>
  );
}
