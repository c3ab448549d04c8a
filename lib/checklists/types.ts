/**
 * The security checklists' vocabulary: ids, severities, launch types and their labels, and the shapes pages
 * receive, derived from the schema in lib/checklists/schema.ts. Types come in with `import type`, so the browser
 * (which imports this file) gets no zod.
 */
import type { resolveChecklists } from './schema';

export type { ChecklistsContent } from './schema';

export { CHECKLIST_IDS, type ChecklistId } from './ids';

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const APPLIES_TO = ['ec2', 'fargate', 'both'] as const;
export type AppliesTo = (typeof APPLIES_TO)[number];

/** What the learner picks in "Show items for": every item, or only those that apply to one launch type. */
export const LAUNCH_FILTERS = ['all', 'ec2', 'fargate'] as const;
export type LaunchFilter = (typeof LAUNCH_FILTERS)[number];

export const SNIPPET_LANGUAGES = ['bash', 'json', 'dockerfile'] as const;
export type SnippetLanguage = (typeof SNIPPET_LANGUAGES)[number];

export const SEVERITY_LABELS: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };
export const APPLIES_TO_LABELS: Record<AppliesTo, string> = { ec2: 'EC2', fargate: 'Fargate', both: 'EC2 and Fargate' };
export const FILTER_LABELS: Record<LaunchFilter, string> = { all: 'All', ec2: 'EC2', fargate: 'Fargate' };

/** A validated list with its sources resolved: what the server passes to the widget. */
export type Checklist = ReturnType<typeof resolveChecklists>[number];
export type ChecklistItem = Checklist['items'][number];
