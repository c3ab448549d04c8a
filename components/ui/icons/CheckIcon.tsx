import { Svg, type IconProps, type LineEnds } from './Svg';

/** A tick; sharp for Mark as done, the course map, the chooser's reasons and the checklist filter, round in the quiz. */
export const CheckIcon = ({ className = 'h-5 w-5', ends = 'round' }: IconProps & { ends?: LineEnds }) => (
  <Svg className={className} line={2.5} round={ends === 'round' ? 'both' : undefined}>
    <path d="M4 10.5l4 4 8-9" />
  </Svg>
);
