/**
 * Build-time validation of the architecture diagrams (server and content check only: zod never ships to the
 * browser). A diagram is valid when its data file has the right shape, every mermaid source parses with mermaid
 * itself (lib/diagrams/parse.ts) and keeps the course's rules, every box
 * drawn has metadata and every metadata entry is drawn, owners are given for each view the box appears in,
 * and request hops name boxes of their view. Problems are one line each, naming the file and field.
 * The schema is the type: lib/diagrams/types.ts derives what authors write (DiagramData) from it.
 */
import 'server-only';
import { z } from 'zod';
import { LESSON_SLUGS } from '../course';
import type { Validation } from '../content/collection';
import { formatIssues } from '../content/errors';
import { KEBAB_CASE, repeatedIds, sourceSchema, text as fieldText } from '../content/fields';
import { diagramIds, type Flowchart } from './chart';
import { parseFlowchart } from './parse';
import { OWNERS, type DiagramLayout, type RequestHop } from './types';

const text = (what: string, max: number) => fieldText(what, { max });

const boxId = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, { error: 'expected a box id made of letters, digits and _' });
const viewId = z.string().regex(KEBAB_CASE, { error: 'expected a view id in kebab-case, e.g. "ecs-on-fargate"' });

const lessonRef = z
  .object(
    {
      slug: z.enum(LESSON_SLUGS, { error: `expected a lesson slug (${LESSON_SLUGS.join(', ')})` }),
      anchor: z.string().regex(KEBAB_CASE, { error: 'expected a heading anchor such as "what-the-cluster-manages" (no #)' }),
    },
    { error: 'expected a lesson link as { slug, anchor }' },
  )
  .strict();

const nodeInView = z
  .object(
    {
      owner: z.enum(OWNERS, { error: `expected an owner (${OWNERS.join(', ')})` }),
      /** Who manages it there, in one or two sentences. */
      note: text('a note on who manages it', 260),
      lesson: lessonRef.optional(),
    },
    { error: 'expected { owner, note } for this view' },
  )
  .strict();

const node = z
  .object(
    {
      /** What it is, in one or two sentences. */
      summary: text('a summary of what the box is', 320),
      /** The lesson section that covers it. */
      lesson: lessonRef,
      /** AWS pages behind any fact in the summary or notes. */
      sources: z.array(sourceSchema).optional(),
      /** Owner per view, keyed by view id. Required for every view the box appears in when the diagram shows owners. */
      views: z.record(z.string(), nodeInView).optional(),
    },
    { error: 'expected { summary, lesson, sources?, views? }' },
  )
  .strict();

/** One hop of "follow a request": the box to highlight and one sentence on what happens there. */
const hop = z.object({ node: boxId, text: text('one sentence for this hop', 200) }, { error: 'expected a hop as { node, text }' }).strict();

const view = z
  .object(
    {
      id: viewId,
      /** The name on the view switch, e.g. "ECS on Fargate". */
      label: text('a view label', 40),
      /** The mermaid file, relative to content/diagrams. */
      source: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*\.mmd$/, { error: 'expected a .mmd file path relative to content/diagrams' }),
      request: z.array(hop).min(2, { error: 'expected at least two hops' }).optional(),
    },
    { error: 'expected a view as { id, label, source, request? }' },
  )
  .strict();

const spacing = z.number().int().min(0).max(200);

export const diagramSchema = z
  .object(
    {
      /** Shown above the diagram. */
      title: text('a title', 100),
      /** The label of the view switch, e.g. "Architecture". Needed when there is more than one view. */
      viewsLabel: text('a label for the view switch', 40).optional(),
      /**
       * 'toggle': a "Who manages this?" switch colours the boxes on demand.
       * 'always': owners are the point of the diagram and always shown.
       * 'none': the diagram is not about ownership.
       */
      ownership: z.enum(['toggle', 'always', 'none'], { error: 'expected "toggle", "always" or "none"' }),
      /** The reserved height of the diagram frame in px: fits the tallest view, so nothing below moves when it draws. */
      height: z
        .number({ error: 'expected the frame height in whole px' })
        .int({ error: 'expected the frame height in whole px' })
        .min(200, { error: 'expected a frame at least 200 px high' })
        .max(1400, { error: 'expected a frame at most 1400 px high' }),
      layout: z
        .object({
          /** Space between boxes in the same rank, in px (mermaid's nodeSpacing). */
          nodeSpacing: spacing.optional(),
          /** Space between ranks, in px (mermaid's rankSpacing). */
          rankSpacing: spacing.optional(),
          /** Give every box in a group the width of the widest one, so stacked layers read as a stack. */
          equalWidths: z.boolean().optional(),
        })
        .strict()
        .optional(),
      views: z.array(view).min(1, { error: 'expected at least one view' }),
      nodes: z.record(boxId, node),
    },
    { error: 'expected a diagram object' },
  )
  .strict();

type DiagramOutput = z.output<typeof diagramSchema>;

export type ValidatedView = Omit<DiagramOutput['views'][number], 'source' | 'request'> & {
  sourcePath: string;
  source: string;
  chart: Flowchart;
  request: RequestHop[];
};

/** A diagram whose mermaid sources were read and parsed, with defaults filled in. */
export type ValidatedDiagram = Omit<DiagramOutput, 'viewsLabel' | 'layout' | 'views'> & {
  viewsLabel: string;
  layout: Required<DiagramLayout>;
  views: ValidatedView[];
};

export type DiagramValidation = Validation<ValidatedDiagram>;

/** Reads a mermaid file given its path relative to content/diagrams; undefined when it does not exist. */
export type SourceReader = (path: string) => string | undefined;

export const DIAGRAMS_DIR = 'content/diagrams';
export const DEFAULT_LAYOUT: Required<DiagramLayout> = { nodeSpacing: 24, rankSpacing: 36, equalWidths: false };

/** Validates one diagram data file and the mermaid sources it names. `file` is the path shown in messages. */
export async function validateDiagram(file: string, data: unknown, readSource: SourceReader): Promise<DiagramValidation> {
  const parsed = diagramSchema.safeParse(data);
  if (!parsed.success) return { status: 'invalid', errors: formatIssues(file, parsed.error, data) };
  return buildDiagram(file, parsed.data, readSource);
}

/**
 * The checks after the schema that need no parsing (the content check's collection runs them synchronously):
 * unique view ids, a label for the view switch, and a mermaid file behind every view.
 */
export function checkDiagramData(file: string, diagram: DiagramOutput, readSource: SourceReader): string[] {
  const errors: string[] = [];
  const at = (field: string, message: string) => errors.push(`${file}: field "${field}": ${message}`);
  for (const { id, index } of repeatedIds(diagram.views.map((v) => v.id))) at(`views.${index}.id`, `expected a unique view id, but "${id}" is used twice`);
  if (diagram.views.length > 1 && !diagram.viewsLabel) at('viewsLabel', 'expected a label for the view switch, since the diagram has several views');
  diagram.views.forEach((v, index) => {
    if (readSource(v.source) === undefined) at(`views.${index}.source`, `expected a mermaid file at ${DIAGRAMS_DIR}/${v.source}, but there is none`);
  });
  return errors;
}

/** The checks after the schema: read each view's mermaid source with mermaid, then match boxes, owners and hops. */
export async function buildDiagram(file: string, diagram: DiagramOutput, readSource: SourceReader): Promise<DiagramValidation> {
  const errors = checkDiagramData(file, diagram, readSource);
  const at = (field: string, message: string) => errors.push(`${file}: field "${field}": ${message}`);

  const views: ValidatedView[] = [];
  for (const v of diagram.views) {
    const sourcePath = `${DIAGRAMS_DIR}/${v.source}`;
    const source = readSource(v.source);
    if (source === undefined) continue; // reported above
    const chart = await parseFlowchart(source);
    if (chart.status === 'invalid') {
      errors.push(`${sourcePath}${chart.line ? `:${chart.line}` : ''}: ${chart.message}`);
      continue;
    }
    views.push({ id: v.id, label: v.label, sourcePath, source, chart: chart.value, request: v.request ?? [] });
  }
  if (errors.length) return { status: 'invalid', errors };

  const drawnIn = new Map<string, Set<string>>();
  const groupIds = new Set<string>();
  for (const v of views) {
    for (const group of v.chart.groups) groupIds.add(group.id);
    for (const id of diagramIds(v.chart)) {
      if (!drawnIn.has(id)) drawnIn.set(id, new Set());
      drawnIn.get(id)!.add(v.id);
      if (!diagram.nodes[id])
        errors.push(`${v.sourcePath}: box "${id}": expected an entry for it in ${file} "nodes" (what it is, who manages it, lesson link)`);
    }
  }
  for (const [id, entry] of Object.entries(diagram.nodes)) {
    const where = drawnIn.get(id);
    if (!where) {
      at(`nodes.${id}`, `no view draws a box "${id}": remove the entry or add the box to a .mmd file`);
      continue;
    }
    const ownerViews = Object.keys(entry.views ?? {});
    if (diagram.ownership === 'none') {
      if (ownerViews.length) at(`nodes.${id}.views`, 'expected no owners: this diagram has ownership "none"');
      continue;
    }
    for (const viewKey of ownerViews) {
      if (!where.has(viewKey)) at(`nodes.${id}.views.${viewKey}`, `view "${viewKey}" does not draw "${id}" (it appears in: ${[...where].join(', ')})`);
    }
    // Groups (subgraphs) may go without an owner, e.g. a column heading; every box needs one.
    if (groupIds.has(id)) continue;
    for (const viewKey of where) {
      if (!entry.views?.[viewKey]) at(`nodes.${id}.views.${viewKey}`, `expected who manages "${id}" in view "${viewKey}" as { owner, note }`);
    }
  }

  diagram.views.forEach((v, index) => {
    const chart = views.find((item) => item.id === v.id)?.chart;
    if (!chart) return;
    const ids = new Set(diagramIds(chart));
    (v.request ?? []).forEach((h, hopIndex) => {
      if (!ids.has(h.node)) at(`views.${index}.request.${hopIndex}.node`, `expected a box drawn in view "${v.id}", got "${h.node}"`);
      if (hopIndex > 0 && v.request![hopIndex - 1].node === h.node) at(`views.${index}.request.${hopIndex}.node`, `"${h.node}" repeats the previous hop`);
    });
  });

  if (errors.length) return { status: 'invalid', errors };
  return {
    status: 'ok',
    value: {
      title: diagram.title,
      viewsLabel: diagram.viewsLabel ?? 'View',
      ownership: diagram.ownership,
      height: diagram.height,
      layout: { ...DEFAULT_LAYOUT, ...diagram.layout },
      views,
      nodes: diagram.nodes,
    },
  };
}

/** What the link resolver needs to know about a lesson: its title and its headings. */
export type LessonSections = Record<string, { title: string; headings: { id: string; text: string }[] }>;

/** Every lesson link in a diagram, with the field it sits in. */
export function lessonLinks(diagram: ValidatedDiagram): { field: string; slug: string; anchor: string }[] {
  const links: { field: string; slug: string; anchor: string }[] = [];
  for (const [id, entry] of Object.entries(diagram.nodes)) {
    links.push({ field: `nodes.${id}.lesson`, slug: entry.lesson.slug, anchor: entry.lesson.anchor });
    for (const [viewKey, inView] of Object.entries(entry.views ?? {})) {
      if (inView.lesson) links.push({ field: `nodes.${id}.views.${viewKey}.lesson`, slug: inView.lesson.slug, anchor: inView.lesson.anchor });
    }
  }
  return links;
}

/** Problems with lesson links: an anchor that is not a heading of the lesson it names. */
export function checkLessonLinks(file: string, diagram: ValidatedDiagram, sections: LessonSections): string[] {
  return lessonLinks(diagram).flatMap((link) => {
    const lesson = sections[link.slug];
    if (!lesson) return [`${file}: field "${link.field}.slug": no compiled lesson "${link.slug}"`];
    if (!lesson.headings.some((heading) => heading.id === link.anchor)) {
      return [`${file}: field "${link.field}.anchor": lesson "${link.slug}" has no heading "#${link.anchor}"`];
    }
    return [];
  });
}
