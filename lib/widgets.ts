/**
 * Every interactive widget an MDX author may use, by the tag name they write.
 * The MDX component map, the content check and the course map all read this list,
 * so a widget is declared once.
 */
export const WIDGETS = {
  LaunchTypeDiagram: { label: 'Architecture diagram' },
  LayeredResponsibilityDiagram: { label: 'Layered responsibility diagram' },
  TargetsLandscapeDiagram: { label: 'Deployment targets map' },
  ResponsibilityQuiz: { label: 'Drag-and-drop quiz' },
  SecurityChecklist: { label: 'Security checklist' },
  LaunchTypeChooser: { label: 'Launch-type chooser' },
} as const satisfies Record<string, { label: string }>;

export type WidgetName = keyof typeof WIDGETS;

/** Prose components: available to authors, but not widgets (they ship no JavaScript). */
export const PROSE_COMPONENTS = ['Callout', 'Question', 'Owner'] as const;

export function isWidgetName(name: string): name is WidgetName {
  return Object.prototype.hasOwnProperty.call(WIDGETS, name);
}
