/**
 * The site's small icons, in one place. All decorative (`aria-hidden`): the text next to each one carries the
 * meaning. `className` sets size, colour and spacing; each icon has the size it is most used at.
 */
import type { ReactNode } from 'react';

type IconProps = { className?: string };

type SvgProps = {
  className: string;
  children: ReactNode;
  /** Drawn with lines of this width; filled shapes when left out. */
  line?: number;
  /** Line ends: 'round' caps, 'both' round caps and joins. */
  round?: 'caps' | 'both';
  viewBox?: string;
};

function Svg({ className, children, line, round, viewBox = '0 0 20 20' }: SvgProps) {
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

/** The filled triangle of a disclosure; it turns a quarter when the disclosure opens (`group-open:rotate-90`). */
export const DisclosureIcon = ({ className = 'h-4 w-4 shrink-0' }: IconProps) => (
  <Svg className={className}>
    <path d="M7 4l7 6-7 6z" />
  </Svg>
);

export const CheckIcon = ({ className = 'h-5 w-5' }: IconProps) => (
  <Svg className={className} line={2.5} round="both">
    <path d="M4 10.5l4 4 8-9" />
  </Svg>
);

export const CrossIcon = ({ className = 'h-5 w-5' }: IconProps) => (
  <Svg className={className} line={2.5} round="caps">
    <path d="M5 5l10 10M15 5L5 15" />
  </Svg>
);

/** A warning triangle with an exclamation mark (a caution, a thing to watch out for). */
export const WarningIcon = ({ className = 'h-5 w-5' }: IconProps) => (
  <Svg className={className}>
    <path d="M10 2.5l8.5 15h-17zM9 8v4.5h2V8zm0 6v2h2v-2z" />
  </Svg>
);

/** An empty tick box: what CheckIcon replaces once a thing is done. */
export const BoxIcon = ({ className = 'h-5 w-5' }: IconProps) => (
  <Svg className={className} line={2.5}>
    <rect x="3.5" y="3.5" width="13" height="13" rx="2" />
  </Svg>
);

export const GripIcon = ({ className = 'h-5 w-5' }: IconProps) => (
  <Svg className={className}>
    {[5, 10, 15].flatMap((cy) => [7, 13].map((cx) => <circle key={`${cx}-${cy}`} cx={cx} cy={cy} r="1.5" />))}
  </Svg>
);

export const DashIcon = ({ className = 'h-5 w-5' }: IconProps) => (
  <Svg className={className} line={2} round="caps">
    <circle cx="10" cy="10" r="7" strokeDasharray="3 3" />
  </Svg>
);

export const InfoIcon = ({ className = 'h-5 w-5' }: IconProps) => (
  <Svg className={className} line={2} round="caps">
    <circle cx="10" cy="10" r="7.5" />
    <path d="M10 9v5M10 6.2v.1" />
  </Svg>
);

export const ChevronDownIcon = ({ className = 'h-4 w-4' }: IconProps) => (
  <Svg className={className} line={2} round="both">
    <path d="M5 8l5 5 5-5" />
  </Svg>
);

export const DownloadIcon = ({ className = 'h-4 w-4' }: IconProps) => (
  <Svg className={className} line={2} round="both">
    <path d="M10 3v10m0 0l-4-4m4 4l4-4M4 16h12" />
  </Svg>
);

export const UploadIcon = ({ className = 'h-4 w-4' }: IconProps) => (
  <Svg className={className} line={2} round="both">
    <path d="M10 14V4m0 0L6 8m4-4l4 4M4 16h12" />
  </Svg>
);

export const SearchIcon = ({ className = 'h-5 w-5' }: IconProps) => (
  <Svg className={className} line={2} round="caps" viewBox="0 0 24 24">
    <circle cx="11" cy="11" r="7" />
    <path d="m20 20-4-4" />
  </Svg>
);
