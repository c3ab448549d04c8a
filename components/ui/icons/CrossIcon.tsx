import { Svg, type IconProps, type LineEnds } from './Svg';

/** A cross; sharp for the chooser's "ruled out", round in the quiz. */
export const CrossIcon = ({ className = 'h-5 w-5', ends = 'round' }: IconProps & { ends?: LineEnds }) => (
  <Svg className={className} line={2.5} round={ends === 'round' ? 'caps' : undefined}>
    <path d="M5 5l10 10M15 5L5 15" />
  </Svg>
);
