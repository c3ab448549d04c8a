/**
 * Small presentational pieces shared by the chooser's views. No hooks and no 'use client': the client widget
 * and the server-rendered no-JavaScript result page both use them.
 */
import type { HTMLAttributes, Ref } from 'react';
import { formatAsOf } from '@/lib/chooser/describe';
import type { FitLevel } from '@/lib/chooser/engine';
import type { ChooserData, Limit, Target } from '@/lib/chooser/types';
import { cn } from '@/components/ui/cn';
import { linkHoverClass } from '@/components/ui/link';
import { SourceList } from '@/components/ui/SourceList';

export type HeadingLevel = 2 | 3;

/** A heading whose level depends on where the chooser sits (h2 on its own page, h3 inside a lesson). */
export function Heading({ level, ref, ...props }: { level: number; ref?: Ref<HTMLHeadingElement> } & HTMLAttributes<HTMLHeadingElement>) {
  if (level <= 2) return <h2 ref={ref} {...props} />;
  if (level === 3) return <h3 ref={ref} {...props} />;
  return <h4 ref={ref} {...props} />;
}

/** "Source: Title" or "Sources: Title, Title", linking each AWS page the chooser's data names by id. */
export function SourceLinks({ ids, data, className }: { ids: string[]; data: ChooserData; className?: string }) {
  const sources = ids.map((id) => data.sources.find((source) => source.id === id)).filter((source) => source !== undefined);
  if (sources.length === 0) return null;
  return (
    <span className={cn('text-sm text-zinc-600 dark:text-zinc-400', className)}>
      <SourceList sources={sources} separator=", " linkClassName={linkHoverClass} />
    </span>
  );
}

/** A hard limit with its date and sources. */
export function LimitText({ limit, data }: { limit: Limit; data: ChooserData }) {
  return (
    <>
      {limit.text} <span className="text-zinc-600 dark:text-zinc-400">(as of {formatAsOf(limit.asOf)})</span> <SourceLinks ids={limit.sources} data={data} />
    </>
  );
}

const FIT_STYLES: Record<FitLevel, { label: string; className: string }> = {
  strong: {
    label: 'Strong fit',
    className: 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950/60 dark:text-emerald-200',
  },
  good: { label: 'Good fit', className: 'border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-800 dark:bg-sky-950/60 dark:text-sky-200' },
  weak: { label: 'Weak fit', className: 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-200' },
};

export function FitBadge({ fit }: { fit: FitLevel }) {
  const style = FIT_STYLES[fit];
  return <span className={cn('inline-flex items-center rounded-full border px-2.5 py-0.5 text-xs font-semibold', style.className)}>{style.label}</span>;
}

/** The marker on a target that is not open to everyone (App Runner): shown wherever the target appears. */
export function StatusBadge({ target }: { target: Target }) {
  if (target.status === 'available') return null;
  return (
    <span className="inline-flex items-center rounded-md border border-amber-400 bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      Existing customers only
    </span>
  );
}

export function StatusNote({ target }: { target: Target }) {
  if (target.status === 'available' || !target.statusNote) return null;
  return <p className="mt-2 text-sm font-medium text-amber-900 dark:text-amber-200">{target.statusNote}</p>;
}
