// Not built yet: this widget's issue replaces this file with the real component.
export function LaunchTypeDiagram(_props: Record<string, unknown>) { return null; }
export function LayeredResponsibilityDiagram(_props: Record<string, unknown>) { return null; }
export function TargetsLandscapeDiagram(_props: Record<string, unknown>) { return null; }
