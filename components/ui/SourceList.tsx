/**
 * The AWS pages a claim rests on, each a link that opens the page without a referrer. A server component.
 *
 * - inline: "Source: A" or "Sources: A; B" (or the caller's own label) inside the caller's sentence or <p>.
 * - bullets / numbered / stacked: one source per list item (stacked: no marker, for a table cell).
 */
import { Fragment, type ReactNode } from 'react';
import { cn } from './cn';
import { linkClass } from './link';

export type Source = { url: string; title: string };

type Props = {
  sources: readonly Source[];
  layout?: 'inline' | 'bullets' | 'numbered' | 'stacked';
  /** inline only: what stands before the links; "Source: " or "Sources: " by default. */
  label?: ReactNode;
  /** inline only: what stands between two links. */
  separator?: string;
  /** lists only: spacing and text of the list. */
  className?: string;
  /** Extra classes on each link (print colour, word breaking). */
  linkClassName?: string;
};

/** One source link, on its own in a sentence. */
export function SourceLink({ source, className }: { source: Source; className?: string }) {
  return (
    <a href={source.url} rel="noopener noreferrer" className={cn(linkClass, className)}>
      {source.title}
    </a>
  );
}

export function SourceList({ sources, layout = 'inline', label, separator = '; ', className, linkClassName }: Props) {
  if (sources.length === 0) return null;
  const link = (source: Source) => <SourceLink source={source} className={linkClassName} />;
  if (layout === 'inline') {
    return (
      <>
        {label ?? (sources.length === 1 ? 'Source: ' : 'Sources: ')}
        {sources.map((source, index) => (
          <Fragment key={source.url}>
            {index > 0 ? separator : null}
            {link(source)}
          </Fragment>
        ))}
      </>
    );
  }
  const List = layout === 'numbered' ? 'ol' : 'ul';
  return (
    <List className={cn(layout === 'numbered' && 'list-decimal pl-5', layout === 'bullets' && 'list-disc pl-5', className)}>
      {sources.map((source) => (
        <li key={source.url}>{link(source)}</li>
      ))}
    </List>
  );
}
