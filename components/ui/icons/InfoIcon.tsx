import { Svg, type IconProps } from './Svg';

export const InfoIcon = ({ className = 'h-5 w-5' }: IconProps) => (
  <Svg className={className} line={2} round="caps">
    <circle cx="10" cy="10" r="7.5" />
    <path d="M10 9v5M10 6.2v.1" />
  </Svg>
);
