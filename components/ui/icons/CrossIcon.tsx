import { Svg, type IconProps } from './Svg';

export const CrossIcon = ({ className = 'h-5 w-5' }: IconProps) => (
  <Svg className={className} line={2.5} round="caps">
    <path d="M5 5l10 10M15 5L5 15" />
  </Svg>
);
