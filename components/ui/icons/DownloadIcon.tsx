import { Svg, type IconProps } from './Svg';

export const DownloadIcon = ({ className = 'h-4 w-4' }: IconProps) => (
  <Svg className={className} line={2} round="both">
    <path d="M10 3v10m0 0l-4-4m4 4l4-4M4 16h12" />
  </Svg>
);
