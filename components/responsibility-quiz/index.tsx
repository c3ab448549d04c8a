// Not built yet: this widget's issue replaces this file with the real component.
export function ResponsibilityQuiz(_props: Record<string, unknown>) { return null; }
