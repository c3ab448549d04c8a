import { Svg, type IconProps } from './Svg';

export const ChevronDownIcon = ({ className = 'h-4 w-4' }: IconProps) => (
  <Svg className={className} line={2} round="both">
    <path d="M5 8l5 5 5-5" />
  </Svg>
);
