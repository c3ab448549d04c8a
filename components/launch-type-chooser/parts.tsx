/**
 * Small presentational pieces shared by the chooser's views. No hooks and no 'use client': the client widget
 * and the server-rendered no-JavaScript result page both use them.
 */
import { Fragment, type HTMLAttributes, type Ref } from 'react';
import { formatAsOf } from '@/lib/chooser/describe';
import type { FitLevel } from '@/lib/chooser/engine';
import type { ChooserData, Limit, Target } from '@/lib/chooser/types';

export type HeadingLevel = 2 | 3;

/** A heading whose level depends on where the chooser sits (h2 on its own page, h3 inside a lesson). */
export function Heading({ level, ref, ...props }: { level: number; ref?: Ref<HTMLHeadingElement> } & HTMLAttributes<HTMLHeadingElement>) {
  if (level <= 2) return <h2 ref={ref} {...props} />;
  if (level === 3) return <h3 ref={ref} {...props} />;
  return <h4 ref={ref} {...props} />;
}

export const linkClass = 'text-accent-700 underline underline-offset-2 hover:text-accent-600 dark:text-accent-300 dark:hover:text-accent-100';

/** "Source: Title" or "Sources: Title, Title", linking each AWS page. */
export function SourceLinks({ ids, data, className = '' }: { ids: string[]; data: ChooserData; className?: string }) {
  const sources = ids.map((id) => data.sources.find((source) => source.id === id)).filter((source) => source !== undefined);
  if (sources.length === 0) return null;
  return (
    <span className={`text-sm text-zinc-600 dark:text-zinc-400 ${className}`}>
      {sources.length === 1 ? 'Source' : 'Sources'}:{' '}
      {sources.map((source, index) => (
        <Fragment key={source.id}>
          {index > 0 ? ', ' : null}
          <a href={source.url} rel="noopener noreferrer" className={linkClass}>
            {source.title}
          </a>
        </Fragment>
      ))}
    </span>
  );
}

/** A hard limit with its date and sources. */
export function LimitText({ limit, data }: { limit: Limit; data: ChooserData }) {
  return (
    <>
      {limit.text} <span className="text-zinc-600 dark:text-zinc-400">(as of {formatAsOf(limit.asOf)})</span>{' '}
      <SourceLinks ids={limit.sources} data={data} />
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
  return <span className={`inline-flex items-center rounded-full border px-2.5 py-0.5 text-xs font-semibold ${style.className}`}>{style.label}</span>;
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

export function CheckIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 h-5 w-5 shrink-0 text-emerald-700 dark:text-emerald-400" fill="none" stroke="currentColor" strokeWidth="2.5">
      <path d="M4 10.5l4 4 8-9" />
    </svg>
  );
}

export function CautionIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 h-5 w-5 shrink-0 text-amber-700 dark:text-amber-400" fill="currentColor">
      <path d="M10 2.5l8.5 15h-17zM9 8v4.5h2V8zm0 6v2h2v-2z" />
    </svg>
  );
}

export function CrossIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 h-5 w-5 shrink-0 text-rose-700 dark:text-rose-400" fill="none" stroke="currentColor" strokeWidth="2.5">
      <path d="M5 5l10 10M15 5L5 15" />
    </svg>
  );
}

export const buttonPrimary =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-accent-700 px-5 font-semibold text-white hover:bg-accent-600 dark:bg-accent-300 dark:text-zinc-950 dark:hover:bg-accent-400';
export const buttonSecondary =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-md border border-zinc-300 bg-white px-4 font-medium text-zinc-900 hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800';
export const buttonQuiet =
  'inline-flex min-h-11 items-center justify-center rounded-md px-3 font-medium text-accent-700 underline underline-offset-2 hover:bg-zinc-100 dark:text-accent-300 dark:hover:bg-zinc-800';
