/**
 * Every widget's server part (components/<widget>/widget.server.tsx), listed once: what each tag renders in a lesson
 * and what each embed page shows. A widget of lib/widget-catalogue.ts missing here, or a view that does not take the
 * props its schema allows, fails the typecheck. Each view loads and validates its data at build time and hands it
 * to the widget's lazily loaded client code (the folder's lazy.tsx). Embed pages of lessons render the lesson views
 * as they are; the site's lessons add an Embed button (components/mdx/MDXComponents.tsx).
 */
import type { ComponentType } from 'react';
import type { WidgetEmbedView } from '@/lib/widget-descriptor';
import type { Widget } from '@/lib/widget-catalogue';
import type { WidgetName, WidgetProps } from '@/lib/widgets';
import { launchTypeDiagramServer, layeredResponsibilityDiagramServer, targetsLandscapeDiagramServer } from '@/components/architecture-diagram/widget.server';
import { checkUpServer } from '@/components/check-up/widget.server';
import { launchTypeChooserServer } from '@/components/launch-type-chooser/widget.server';
import { responsibilityQuizServer } from '@/components/responsibility-quiz/widget.server';
import { securityChecklistServer } from '@/components/security-checklist/widget.server';

export const WIDGET_SERVER_PARTS = [
  responsibilityQuizServer,
  launchTypeChooserServer,
  launchTypeDiagramServer,
  layeredResponsibilityDiagramServer,
  targetsLandscapeDiagramServer,
  securityChecklistServer,
  checkUpServer,
] as const;

type ServerPart = (typeof WIDGET_SERVER_PARTS)[number];
/** Fails the typecheck, naming the widget, when a widget of the catalogue has no server part here. */
type MissingServerPart = Exclude<Widget['tag'], ServerPart['descriptor']['tag']>;
const everyWidgetHasAServerPart: [MissingServerPart] extends [never] ? true : MissingServerPart = true;
void everyWidgetHasAServerPart;

export type WidgetViews = { [N in WidgetName]: ComponentType<WidgetProps<N>> };

/**
 * What each author-placed tag renders in a lesson. Each view was checked against its own descriptor's props in its
 * file (`satisfies WidgetServerPart<...>`), which TypeScript cannot carry through Object.fromEntries.
 */
export const widgetViews = Object.fromEntries(
  WIDGET_SERVER_PARTS.flatMap((part) => (part.LessonView ? [[part.descriptor.tag, part.LessonView]] : [])),
) as unknown as WidgetViews;

/** What each /embed/widgets/<name>[/<argument>] page shows, by embed name. */
export const widgetEmbedViews = Object.fromEntries(WIDGET_SERVER_PARTS.map((part) => [part.descriptor.embed.name, part.embed])) as Record<
  Widget['embed']['name'],
  WidgetEmbedView
>;
