/**
 * A native <details>/<summary> with the site's turning triangle: it opens by click, Enter or Space with no
 * script, and screen readers announce it as expanded or collapsed. A server component.
 *
 * - card: a bordered box that tints when open (a "check yourself" question).
 * - panel: a bordered section with a 44 px summary row (a text version, a comparison table).
 * - plainPanel: the same box with a medium-weight summary in body colour (the quiz's answer key).
 * - inline: a link-like summary inside a card (an item's details); the summary is left off the printout.
 *
 * `printOpen`: the content prints even when closed, where the browser supports ::details-content; the client
 * widget that holds it adds `useOpenDetailsForPrint` for the other browsers.
 */
import type { DetailsHTMLAttributes, ReactNode } from 'react';
import { cn } from './cn';
import { DisclosureIcon } from './icons/DisclosureIcon';

export type DisclosureVariant = 'card' | 'panel' | 'plainPanel' | 'inline';

const DETAILS: Record<DisclosureVariant, string> = {
  card: 'rounded-lg border border-zinc-200 bg-white open:bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900/40 dark:open:bg-zinc-900',
  panel: 'rounded-lg border border-zinc-200 dark:border-zinc-800',
  plainPanel: 'rounded-lg border border-zinc-200 dark:border-zinc-800',
  inline: '',
};

const SUMMARY: Record<DisclosureVariant, string> = {
  card: 'flex items-start gap-3 rounded-lg px-4 py-3 font-medium text-zinc-900 dark:text-zinc-50',
  panel: 'flex min-h-11 items-center gap-2 rounded-lg px-4 py-2 font-semibold text-zinc-950 dark:text-white',
  plainPanel: 'flex min-h-11 items-center gap-2 rounded-lg px-4 font-medium text-zinc-900 dark:text-zinc-50',
  inline: 'inline-flex min-h-8 items-center gap-1.5 rounded text-sm font-medium text-accent-700 hover:underline dark:text-accent-300 print:hidden',
};

const ICON: Record<DisclosureVariant, string> = { card: 'mt-1', panel: '', plainPanel: '', inline: '' };

export const PRINT_OPEN = 'print:details-content:[content-visibility:visible] print:details-content:h-auto';

type Props = Omit<DetailsHTMLAttributes<HTMLElement>, 'className'> & {
  summary: ReactNode;
  variant?: DisclosureVariant;
  printOpen?: boolean;
  /** Layout of the <details> itself: margins, print:hidden. */
  className?: string;
  children: ReactNode;
};

export function Disclosure({ summary, variant = 'panel', printOpen = false, className, children, ...rest }: Props) {
  return (
    <details className={cn('group', DETAILS[variant], printOpen && PRINT_OPEN, className)} {...rest}>
      <summary className={cn('cursor-pointer list-none marker:hidden [&::-webkit-details-marker]:hidden', SUMMARY[variant])}>
        <DisclosureIcon className={cn('h-4 w-4 shrink-0 group-open:rotate-90 motion-safe:transition-transform', ICON[variant])} />
        {summary}
      </summary>
      {children}
    </details>
  );
}
