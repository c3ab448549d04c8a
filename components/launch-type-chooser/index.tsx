// Loaded through next/dynamic from components/mdx/widgets.tsx, so only pages that use the chooser ship its code.
export { LaunchTypeChooser } from './LaunchTypeChooser';
