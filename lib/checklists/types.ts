/**
 * The security checklists' vocabulary: the data an author writes in content/checklists.ts, the validated
 * shape the pages receive, and the labels shown for severities and launch types.
 * No zod here: the browser imports this file.
 */

export const CHECKLIST_IDS = ['fargate-challenges', 'control-plane', 'application'] as const;
export type ChecklistId = (typeof CHECKLIST_IDS)[number];

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

export type Source = { title: string; url: string };

/** A short command or task-definition fragment; rendered in <pre><code>, never executed. */
export type Snippet = { language: SnippetLanguage; code: string };

export type HowTo = {
  /** The AWS service (or file) where the work happens, e.g. "Amazon GuardDuty". */
  service: string;
  /** One to three sentences. Inline `code` in backticks is rendered as code. */
  steps: string;
  /** Where to click, e.g. "AWS Config console > Rules > Add rule". */
  console?: string;
  snippet?: Snippet;
};

/** A fact that changed since the March 2023 notes: when, what, and the page that says so. */
export type Update<S extends string = string> = {
  /** When the fact changed: YYYY-MM-DD, or YYYY-MM when AWS gives only the month. */
  date: string;
  text: string;
  source: S;
};

/** The Fargate-challenges list pairs each item with the challenge from the notes. */
export type Challenge = { name: string; stillTrue: string };

/** One item as an author writes it; sources are keys into the shared source list. */
export type ChecklistItemContent<S extends string = string> = {
  id: string;
  /** The one-line check a reviewer ticks. */
  check: string;
  why: string;
  how: HowTo;
  appliesTo: AppliesTo;
  severity: Severity;
  challenge?: Challenge;
  /** What Fargate already prevents or manages for you, so a Fargate reviewer knows not to look for it. */
  handledOnFargate?: string;
  caution?: string;
  updated?: Update<S>;
  sources: S[];
};

export type ChecklistContent<S extends string = string> = {
  id: ChecklistId;
  title: string;
  summary: string;
  /** The lesson that explains the items (a course slug). */
  lesson: string;
  items: ChecklistItemContent<S>[];
};

export type ChecklistsContent<S extends string = string> = {
  sources: Record<S, Source>;
  lists: ChecklistContent<S>[];
};

/** Validated items with their sources resolved: what the server passes to the widget. */
export type ChecklistItem = Omit<ChecklistItemContent, 'sources' | 'updated'> & {
  sources: Source[];
  updated?: Omit<Update, 'source'> & { source: Source };
};

export type Checklist = Omit<ChecklistContent, 'items'> & { lessonTitle: string; items: ChecklistItem[] };
