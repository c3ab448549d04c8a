/**
 * Mermaid's own flowchart parser, run in Node by the content check and the unit tests (never by the site):
 * a diagram source that mermaid rejects fails CI with mermaid's message, and the result lets the tests prove
 * that lib/diagrams/flowchart.ts reads every source the way mermaid does.
 *
 * Mermaid sanitises label text with DOMPurify, which needs a browser window. Parsing only needs the text
 * itself, so for this Node-only use DOMPurify's hooks are replaced by no-ops before mermaid is loaded.
 */
import 'server-only';
import { plainLabel, type EdgeStroke } from './flowchart';

export type MermaidStructure = {
  accTitle: string;
  accDescr: string;
  nodes: { id: string; label: string }[];
  groups: { id: string; label: string; members: string[] }[];
  edges: { from: string; to: string; label: string; stroke: EdgeStroke; arrow: boolean }[];
};

export type MermaidParseResult = { status: 'ok'; value: MermaidStructure } | { status: 'invalid'; message: string };

type FlowDb = {
  getVertices(): Map<string, { id: string; text?: string }>;
  getEdges(): { start: string; end: string; text?: string; type?: string; stroke?: string }[];
  getSubGraphs(): { id: string; title: string; nodes: string[] }[];
  getAccTitle(): string;
  getAccDescription(): string;
};

type MermaidModule = {
  parse(text: string): Promise<unknown>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: unknown }> };
};

let loaded: Promise<MermaidModule> | undefined;

async function loadMermaid(): Promise<MermaidModule> {
  loaded ??= (async () => {
    const purify = (await import('dompurify')).default as unknown as Record<string, unknown>;
    const noop = () => undefined;
    purify.addHook ??= noop;
    purify.removeHook ??= noop;
    purify.removeHooks ??= noop;
    purify.removeAllHooks ??= noop;
    purify.sanitize ??= (value: unknown) => String(value);
    return (await import('mermaid')).default as unknown as MermaidModule;
  })();
  return loaded;
}

/** Mermaid's error text, trimmed to what an author needs: the line and what it expected. */
export function mermaidMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+$/g, '');
}

export async function parseWithMermaid(source: string): Promise<MermaidParseResult> {
  const mermaid = await loadMermaid();
  try {
    await mermaid.parse(source);
    const { db } = await mermaid.mermaidAPI.getDiagramFromText(source);
    const flow = db as FlowDb;
    return {
      status: 'ok',
      value: {
        accTitle: flow.getAccTitle(),
        accDescr: flow.getAccDescription().replace(/\s+/g, ' ').trim(),
        nodes: [...flow.getVertices().values()].map((vertex) => ({ id: vertex.id, label: plainLabel(vertex.text ?? vertex.id) })),
        groups: flow.getSubGraphs().map((group) => ({ id: group.id, label: plainLabel(group.title), members: [...group.nodes] })),
        edges: flow.getEdges().map((edge) => ({
          from: edge.start,
          to: edge.end,
          label: plainLabel(edge.text ?? ''),
          stroke: (edge.stroke ?? 'normal') as EdgeStroke,
          arrow: edge.type === 'arrow_point',
        })),
      },
    };
  } catch (error) {
    return { status: 'invalid', message: mermaidMessage(error) };
  }
}
