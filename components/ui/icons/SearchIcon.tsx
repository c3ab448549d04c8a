import { Svg, type IconProps } from './Svg';

export const SearchIcon = ({ className = 'h-5 w-5' }: IconProps) => (
  <Svg className={className} line={2} round="caps" viewBox="0 0 24 24">
    <circle cx="11" cy="11" r="7" />
    <path d="m20 20-4-4" />
  </Svg>
);
