import { Svg, type IconProps } from './Svg';

/** The filled triangle of a disclosure; it turns a quarter when the disclosure opens (`group-open:rotate-90`). */
export const DisclosureIcon = ({ className = 'h-4 w-4 shrink-0' }: IconProps) => (
  <Svg className={className}>
    <path d="M7 4l7 6-7 6z" />
  </Svg>
);
