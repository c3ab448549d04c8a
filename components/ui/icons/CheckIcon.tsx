import { Svg, type IconProps } from './Svg';

export const CheckIcon = ({ className = 'h-5 w-5' }: IconProps) => (
  <Svg className={className} line={2.5} round="both">
    <path d="M4 10.5l4 4 8-9" />
  </Svg>
);
