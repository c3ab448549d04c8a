import { Svg, type IconProps } from './Svg';

export const DashIcon = ({ className = 'h-5 w-5' }: IconProps) => (
  <Svg className={className} line={2} round="caps">
    <circle cx="10" cy="10" r="7" strokeDasharray="3 3" />
  </Svg>
);
