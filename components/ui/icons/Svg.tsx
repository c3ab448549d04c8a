/**
 * The frame of every icon in this folder: decorative (`aria-hidden`), 20 by 20 unless told, filled or drawn with
 * lines. One icon a file, so a page's JavaScript carries only the icons its widgets draw.
 */
import type { ReactNode } from 'react';

export type IconProps = { className?: string };
/** A line icon's ends: round, or sharp (square ends, pointed corners) where a copy before issue 12 drew it so. */
export type LineEnds = 'round' | 'sharp';

type SvgProps = {
  className: string;
  children: ReactNode;
  /** Drawn with lines of this width; filled shapes when left out. */
  line?: number;
  /** Line ends: 'round' caps, 'both' round caps and joins. */
  round?: 'caps' | 'both';
  viewBox?: string;
};

export function Svg({ className, children, line, round, viewBox = '0 0 20 20' }: SvgProps) {
  const stroke = line
    ? {
        fill: 'none',
        stroke: 'currentColor',
        strokeWidth: line,
        strokeLinecap: round ? ('round' as const) : undefined,
        strokeLinejoin: round === 'both' ? ('round' as const) : undefined,
      }
    : { fill: 'currentColor' };
  return (
    <svg aria-hidden="true" viewBox={viewBox} className={className} {...stroke}>
      {children}
    </svg>
  );
}
