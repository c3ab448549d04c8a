/**
 * The checklists' ids, in a module of their own: the checklist widget's descriptor (browser-safe) reads them for its
 * props schema, and a module of their own keeps them out of the checklist's client chunk, which never needs them
 * (a bundler keeps an export of a shared module wherever any importer uses it).
 */
export const CHECKLIST_IDS = ['fargate-challenges', 'control-plane', 'application'] as const;
export type ChecklistId = (typeof CHECKLIST_IDS)[number];
