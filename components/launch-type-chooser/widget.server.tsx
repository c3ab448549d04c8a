/**
 * The chooser's server part: its data and the server-rendered reference (./server.tsx) handed to the wizard, through
 * its lazy loader in both views. Every client component a server part imports is downloaded by every page that
 * imports the registry (lessons and embeds alike), so a server part imports only lazy loaders.
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
