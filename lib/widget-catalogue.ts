/**
 * The one list of widgets: each entry is the descriptor a widget's folder declares (components/<widget>/widget.ts),
 * and every table about widgets is derived from this list: the MDX tags and their props checks (lib/widgets.ts), the
 * embed targets (lib/embed/targets.ts), the LMS descriptions (lib/lms/catalogue.ts) and the result names the
 * widgets record, and the server parts (components/mdx/widget-registry.tsx imports each from the folder its descriptor
 * names). Adding a widget is a folder and one line here. Browser-safe: descriptors are plain data.
 */
import { checkUpWidget } from '../components/check-up/widget';
import { launchTypeChooserWidget } from '../components/launch-type-chooser/widget';
import { launchTypeDiagramWidget, layeredResponsibilityDiagramWidget, targetsLandscapeDiagramWidget } from '../components/architecture-diagram/widget';
import { responsibilityQuizWidget } from '../components/responsibility-quiz/widget';
import { securityChecklistWidget } from '../components/security-checklist/widget';
import { taskDefinitionLabWidget } from '../components/taskdef-lab/widget';

export const WIDGETS = [
  responsibilityQuizWidget,
  launchTypeChooserWidget,
  launchTypeDiagramWidget,
  layeredResponsibilityDiagramWidget,
  targetsLandscapeDiagramWidget,
  securityChecklistWidget,
  taskDefinitionLabWidget,
  checkUpWidget,
] as const;

export type Widget = (typeof WIDGETS)[number];

/** The widgets an author places anywhere in a lesson, by tag (`<ResponsibilityQuiz />`). */
type AuthorWidget = Extract<Widget, { placement: 'author' }>;
export type WidgetName = AuthorWidget['tag'];
export const WIDGET_CATALOGUE = Object.fromEntries(WIDGETS.filter((widget) => widget.placement === 'author').map((widget) => [widget.tag, widget])) as {
  [N in WidgetName]: Extract<AuthorWidget, { tag: N }>;
};

export function isWidgetName(name: string): name is WidgetName {
  return Object.prototype.hasOwnProperty.call(WIDGET_CATALOGUE, name);
}

/** The tag the lesson page binds to the lesson's own questions: `<CheckUp />`. */
export const CHECK_UP_COMPONENT = checkUpWidget.tag;

/** The `widget` field of the results widgets record (lib/results.ts): one name per widget that records results. */
export type ResultKind = NonNullable<Widget['result']>;
