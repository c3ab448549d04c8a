/**
 * Types for the architecture diagrams: what an author writes in content/diagrams/*.ts (DiagramData) and what
 * the server hands the client view after validation (ResolvedDiagram). Pure types, safe to import anywhere.
 */
import type { LessonSlug } from '../course';
import type { Flowchart } from './flowchart';

/** Who looks after a box. "outside" is for things that are not in anyone's AWS account, such as the users. */
export const OWNERS = ['you', 'aws', 'shared', 'outside'] as const;
export type Owner = (typeof OWNERS)[number];

export const OWNER_LABELS: Record<Owner, string> = {
  you: 'You manage',
  aws: 'AWS manages',
  shared: 'Shared',
  outside: 'Outside AWS',
};

/** The owner as part of a sentence or a box's accessible name: "Target group, you manage it". */
export const OWNER_SPOKEN: Record<Owner, string> = {
  you: 'you manage it',
  aws: 'AWS manages it',
  shared: 'shared between you and AWS',
  outside: 'outside AWS',
};

/** The short tag drawn on a box when owners are shown. */
export const OWNER_TAGS: Record<Owner, string> = {
  you: 'YOU',
  aws: 'AWS',
  shared: 'SHARED',
  outside: 'OUTSIDE',
};

export type LessonRef = { slug: LessonSlug; anchor: string };
export type SourceRef = { title: string; url: string };

/** A box as it appears in one view: who manages it there, in one or two sentences, and optionally where to read more. */
export type NodeInView = { owner: Owner; note: string; lesson?: LessonRef };

export type DiagramNodeData = {
  /** What it is, in one or two sentences. */
  summary: string;
  /** The lesson section that covers it. */
  lesson: LessonRef;
  /** AWS pages behind any fact in the summary or notes. */
  sources?: SourceRef[];
  /** Owner per view, keyed by view id. Required for every view the box appears in when the diagram shows owners. */
  views?: Record<string, NodeInView>;
};

/** One hop of "follow a request": the box to highlight and one sentence on what happens there. */
export type RequestHop = { node: string; text: string };

export type DiagramViewData = {
  id: string;
  /** The name on the view switch, e.g. "ECS on Fargate". */
  label: string;
  /** The mermaid file, relative to content/diagrams. */
  source: string;
  request?: RequestHop[];
};

/**
 * 'toggle': a "Who manages this?" switch colours the boxes on demand.
 * 'always': owners are the point of the diagram and always shown.
 * 'none': the diagram is not about ownership.
 */
export type Ownership = 'toggle' | 'always' | 'none';

export type DiagramLayout = {
  /** Space between boxes in the same rank, in px (mermaid's nodeSpacing). */
  nodeSpacing?: number;
  /** Space between ranks, in px (mermaid's rankSpacing). */
  rankSpacing?: number;
  /** Give every box in a group the width of the widest one, so stacked layers read as a stack. */
  equalWidths?: boolean;
};

export type DiagramData = {
  /** Shown above the diagram. */
  title: string;
  /** The label of the view switch, e.g. "Architecture". Needed when there is more than one view. */
  viewsLabel?: string;
  ownership: Ownership;
  /** The reserved height of the diagram frame in px: fits the tallest view, so nothing below moves when it draws. */
  height: number;
  layout?: DiagramLayout;
  views: DiagramViewData[];
  nodes: Record<string, DiagramNodeData>;
};

/** A lesson link ready to render: the heading it points at and the lesson that heading is in. */
export type ResolvedLink = { href: string; section: string; lesson: string };

export type ResolvedNodeInView = { owner: Owner; note: string; lesson: ResolvedLink };

export type ResolvedNode = {
  id: string;
  summary: string;
  lesson: ResolvedLink;
  sources: SourceRef[];
  views: Record<string, ResolvedNodeInView>;
};

export type ResolvedView = {
  id: string;
  label: string;
  /** The mermaid source, as the author wrote it. */
  source: string;
  chart: Flowchart;
  request: RequestHop[];
};

/** Everything the client view needs: validated on the server, serialisable, no functions. */
export type ResolvedDiagram = {
  id: string;
  title: string;
  viewsLabel: string;
  ownership: Ownership;
  height: number;
  layout: Required<DiagramLayout>;
  views: ResolvedView[];
  nodes: Record<string, ResolvedNode>;
};
