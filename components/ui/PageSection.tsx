/**
 * A titled part of a page: a <section> named by its <h2>, with an optional divider under the heading and an
 * optional action at the heading's end (the course map's progress). Renders on the server or in a client view.
 */
import type { ReactNode } from 'react';
import { cn } from './cn';

/** How the heading looks: a page part (home, chooser result), a panel of a dashboard, or read by screen readers only. */
const TITLE_CLASS = {
  page: 'text-2xl font-bold tracking-tight text-zinc-950 dark:text-white',
  panel: 'text-xl font-semibold text-zinc-950 dark:text-white',
  hidden: 'sr-only',
} as const;

type Props = {
  id: string;
  title: ReactNode;
  titleLook?: keyof typeof TITLE_CLASS;
  /** Shown at the end of the heading row (wraps under it on a narrow screen). */
  action?: ReactNode;
  /** A rule under the heading row. */
  divider?: boolean;
  /** Layout of the section: its top margin. */
  className?: string;
  children: ReactNode;
};

export function PageSection({ id, title, titleLook = 'page', action, divider = false, className, children }: Props) {
  const heading = (
    <h2 id={id} className={TITLE_CLASS[titleLook]}>
      {title}
    </h2>
  );
  return (
    <section aria-labelledby={id} className={className}>
      {divider || action ? (
        <div className={cn('flex flex-wrap items-end justify-between gap-4', divider && 'border-b border-zinc-200 pb-4 dark:border-zinc-800')}>
          {heading}
          {action}
        </div>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}
