// Loaded through next/dynamic from ./lazy.tsx, so only pages that use the chooser ship its code.
export { LaunchTypeChooser } from './LaunchTypeChooser';
