/**
 * Types for the architecture diagrams: what an author writes in content/diagrams/*.ts (DiagramData, derived from
 * the schema) and what the server hands the client view after validation (ResolvedDiagram). Type-only imports of
 * the schema, so this file is safe to import anywhere (no zod reaches the browser).
 */
import type { z } from 'zod';
import type { Flowchart } from './chart';
import type { diagramSchema } from './schema';

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

/** What an author writes in content/diagrams/*.ts: the schema's input (field docs are in lib/diagrams/schema.ts). */
export type DiagramData = z.input<typeof diagramSchema>;
export type DiagramNodeData = DiagramData['nodes'][string];
export type NodeInView = NonNullable<DiagramNodeData['views']>[string];
export type LessonRef = DiagramNodeData['lesson'];
export type SourceRef = NonNullable<DiagramNodeData['sources']>[number];
export type DiagramViewData = DiagramData['views'][number];
export type RequestHop = NonNullable<DiagramViewData['request']>[number];
export type Ownership = DiagramData['ownership'];
export type DiagramLayout = NonNullable<DiagramData['layout']>;

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
