import { Svg, type IconProps } from './Svg';

export const GripIcon = ({ className = 'h-5 w-5' }: IconProps) => (
  <Svg className={className}>{[5, 10, 15].flatMap((cy) => [7, 13].map((cx) => <circle key={`${cx}-${cy}`} cx={cx} cy={cy} r="1.5" />))}</Svg>
);
