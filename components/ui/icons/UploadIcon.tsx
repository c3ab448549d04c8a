import { Svg, type IconProps } from './Svg';

export const UploadIcon = ({ className = 'h-4 w-4' }: IconProps) => (
  <Svg className={className} line={2} round="both">
    <path d="M10 14V4m0 0L6 8m4-4l4 4M4 16h12" />
  </Svg>
);
