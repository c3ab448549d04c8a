/**
 * The widgets an MDX author may place, declared once: the tag name, its label on the course map and the embed target
 * it offers instructors (`argument` names the prop that picks the instance). No zod and no Node: the browser's SCORM
 * catalogue (lib/scorm/catalogue.ts) reads it as well as the server. The props each widget takes are in lib/widgets.ts.
 */
import type { EmbedWidgetName } from './embed/targets';

type WidgetDeclaration = { label: string; embed: { widget: EmbedWidgetName; argument?: string } };

export const WIDGET_CATALOGUE = {
  LaunchTypeDiagram: { label: 'Architecture diagram', embed: { widget: 'launch-type-diagram' } },
  LayeredResponsibilityDiagram: { label: 'Layered responsibility diagram', embed: { widget: 'layered-responsibility-diagram' } },
  TargetsLandscapeDiagram: { label: 'Deployment targets map', embed: { widget: 'targets-landscape-diagram' } },
  ResponsibilityQuiz: { label: 'Drag-and-drop quiz', embed: { widget: 'responsibility-quiz' } },
  SecurityChecklist: { label: 'Security checklist', embed: { widget: 'checklist', argument: 'list' } },
  LaunchTypeChooser: { label: 'Launch-type chooser', embed: { widget: 'chooser' } },
} as const satisfies Record<string, WidgetDeclaration>;

export type WidgetName = keyof typeof WIDGET_CATALOGUE;

export function isWidgetName(name: string): name is WidgetName {
  return Object.prototype.hasOwnProperty.call(WIDGET_CATALOGUE, name);
}
