/**
 * The top of a page: an optional eyebrow (the kind of page), the one <h1>, and an optional lead paragraph.
 * Rendered as siblings in the page's own container (no wrapper), so a page may follow it with more intro text.
 * `size="course"`: the larger title of the course map; `size="small"`: text-3xl at every width, lines not balanced (the 404 page).
 */
import type { ReactNode } from 'react';
import { cn } from './cn';

type Props = {
  eyebrow?: ReactNode;
  title: ReactNode;
  id?: string;
  lead?: ReactNode;
  /** data- attributes of the lead paragraph (a hook the page's script or CSS looks for). */
  leadData?: { [name: `data-${string}`]: string };
  /** Layout of the lead: a narrower measure than the page's. */
  leadClassName?: string;
  size?: 'page' | 'course' | 'small';
};

export const EYEBROW_CLASS = 'text-sm font-semibold tracking-wider text-accent-700 uppercase dark:text-accent-300 print:text-black';

const TITLE = {
  page: 'text-3xl text-balance sm:text-4xl',
  course: 'text-4xl text-balance sm:text-5xl',
  small: 'text-3xl',
};
const LEAD = {
  page: 'mt-3',
  course: 'mt-4 leading-8',
  small: 'mt-4',
};

export function PageHeader({ eyebrow, title, id, lead, leadData, leadClassName, size = 'page' }: Props) {
  return (
    <>
      {eyebrow ? <p className={EYEBROW_CLASS}>{eyebrow}</p> : null}
      <h1 id={id} className={cn(eyebrow ? 'mt-2' : '', TITLE[size], 'font-bold tracking-tight text-zinc-950 dark:text-white print:text-black')}>
        {title}
      </h1>
      {lead ? (
        <p {...leadData} className={cn(LEAD[size], 'text-lg text-zinc-700 dark:text-zinc-300 print:text-base print:text-black', leadClassName)}>
          {lead}
        </p>
      ) : null}
    </>
  );
}
