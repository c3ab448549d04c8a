import { Svg, type IconProps } from './Svg';

/** An empty tick box: what CheckIcon replaces once a thing is done. */
export const BoxIcon = ({ className = 'h-5 w-5' }: IconProps) => (
  <Svg className={className} line={2.5}>
    <rect x="3.5" y="3.5" width="13" height="13" rx="2" />
  </Svg>
);
