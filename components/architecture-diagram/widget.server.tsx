/** The diagrams' server parts: each tag draws its diagram of content/diagrams/ (./server.tsx validates it). */
import type { WidgetServerPart } from '@/lib/widget-descriptor';
import { DiagramFromContent } from './server';
import { launchTypeDiagramWidget, layeredResponsibilityDiagramWidget, targetsLandscapeDiagramWidget } from './widget';

export const launchTypeDiagramServer = {
  descriptor: launchTypeDiagramWidget,
  LessonView: () => <DiagramFromContent id="launch-type" />,
  embed: { titled: true, render: () => <DiagramFromContent id="launch-type" headingLevel={2} /> },
} satisfies WidgetServerPart<typeof launchTypeDiagramWidget>;

export const layeredResponsibilityDiagramServer = {
  descriptor: layeredResponsibilityDiagramWidget,
  LessonView: () => <DiagramFromContent id="layered-responsibility" />,
  embed: { titled: true, render: () => <DiagramFromContent id="layered-responsibility" headingLevel={2} /> },
} satisfies WidgetServerPart<typeof layeredResponsibilityDiagramWidget>;

export const targetsLandscapeDiagramServer = {
  descriptor: targetsLandscapeDiagramWidget,
  LessonView: () => <DiagramFromContent id="targets-landscape" />,
  embed: { titled: true, render: () => <DiagramFromContent id="targets-landscape" headingLevel={2} /> },
} satisfies WidgetServerPart<typeof targetsLandscapeDiagramWidget>;
