/**
 * The chooser's server part: its data and the server-rendered reference (./server.tsx) handed to the wizard, in a
 * lesson and in its embed, both through its lazy loader (an island: on the embed page it is on the first screen, so
 * it loads at once). A direct import here put the whole wizard on every lesson's first load, since every lesson
 * imports every widget's server part (Next ships each client component a page imports, rendered or not).
 */
import type { WidgetServerPart } from '@/lib/widget-descriptor';
import { LaunchTypeChooserLazy } from './lazy';
import { chooserProps } from './server';
import { launchTypeChooserWidget } from './widget';

export const launchTypeChooserServer = {
  descriptor: launchTypeChooserWidget,
  LessonView: () => <LaunchTypeChooserLazy {...chooserProps(3)} />,
  embed: { render: () => <LaunchTypeChooserLazy {...chooserProps(2)} /> },
} satisfies WidgetServerPart<typeof launchTypeChooserWidget>;
