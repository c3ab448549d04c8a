/**
 * The chooser's server part: its data and the server-rendered reference (./server.tsx) handed to the wizard. The
 * embed renders the wizard directly (the embed page is the chooser), the lesson through its lazy loader.
 */
import type { WidgetServerPart } from '@/lib/widget-descriptor';
import { LaunchTypeChooser } from '.';
import { LaunchTypeChooserLazy } from './lazy';
import { chooserProps } from './server';
import { launchTypeChooserWidget } from './widget';

export const launchTypeChooserServer = {
  descriptor: launchTypeChooserWidget,
  LessonView: () => <LaunchTypeChooserLazy {...chooserProps(3)} />,
  embed: { render: () => <LaunchTypeChooser {...chooserProps(2)} /> },
} satisfies WidgetServerPart<typeof launchTypeChooserWidget>;
