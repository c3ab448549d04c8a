/**
 * The three explorable diagrams as widgets: one client view (ArchitectureDiagram) drawing three diagrams of
 * content/diagrams/, each with its own tag and embed target. Listed in lib/widget-catalogue.ts.
 */
import type { WidgetDescriptor } from '@/lib/widget-descriptor';

export const launchTypeDiagramWidget = {
  tag: 'LaunchTypeDiagram',
  folder: 'architecture-diagram',
  placement: 'author',
  label: 'Architecture diagram',
  embed: {
    name: 'launch-type-diagram',
    title: 'ECS launch types: architecture diagram',
    sitePath: '/lessons/launch-types',
    lesson: 'launch-types',
    options: [],
    height: 820,
  },
  result: null,
  graded: false,
  lmsDescription: 'An explorable diagram of the three ECS launch types and who manages each part.',
  props: (z) => z.strictObject({}),
} as const satisfies WidgetDescriptor;

export const layeredResponsibilityDiagramWidget = {
  tag: 'LayeredResponsibilityDiagram',
  folder: 'architecture-diagram',
  placement: 'author',
  label: 'Layered responsibility diagram',
  embed: {
    name: 'layered-responsibility-diagram',
    title: 'Layered responsibility diagram',
    sitePath: '/lessons/shared-responsibility',
    lesson: 'shared-responsibility',
    options: [],
    height: 820,
  },
  result: null,
  graded: false,
  lmsDescription: 'An explorable diagram of the layers of a container service and who manages each.',
  props: (z) => z.strictObject({}),
} as const satisfies WidgetDescriptor;

export const targetsLandscapeDiagramWidget = {
  tag: 'TargetsLandscapeDiagram',
  folder: 'architecture-diagram',
  placement: 'author',
  label: 'Deployment targets map',
  embed: {
    name: 'targets-landscape-diagram',
    title: 'Deployment targets map',
    sitePath: '/lessons/deployment-targets',
    lesson: 'deployment-targets',
    options: [],
    height: 820,
  },
  result: null,
  graded: false,
  lmsDescription: 'An explorable map of the AWS deployment targets for containers.',
  props: (z) => z.strictObject({}),
} as const satisfies WidgetDescriptor;
