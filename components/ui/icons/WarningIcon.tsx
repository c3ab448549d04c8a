import { Svg, type IconProps } from './Svg';

/** A warning triangle with an exclamation mark (a caution, a thing to watch out for). */
export const WarningIcon = ({ className = 'h-5 w-5' }: IconProps) => (
  <Svg className={className}>
    <path d="M10 2.5l8.5 15h-17zM9 8v4.5h2V8zm0 6v2h2v-2z" />
  </Svg>
);
