/**
 * Reads a diagram's mermaid source with mermaid's own parser (server and content check only; the browser only
 * draws) into the plain structure of lib/diagrams/chart.ts, then applies the course's rules that mermaid does not
 * have: a flowchart, an accessible title and description, a plain-text name on every box, no empty group, no
 * arrow from a box to itself. Problems name the line where the source shows it.
 *
 * Mermaid sanitises label text with DOMPurify, which needs a browser window. Reading only needs the text itself,
 * so for this Node-only use DOMPurify's hooks are replaced by no-ops before mermaid is loaded. Both packages are
 * loaded by Node itself at build time, never bundled (next.config.mjs serverExternalPackages), so the shim and
 * mermaid share one DOMPurify.
 */
import 'server-only';
import { plainLabel, type Direction, type EdgeStroke, type FlowEdge, type FlowGroup, type FlowNode, type Flowchart } from './chart';

export type FlowchartResult = { status: 'ok'; value: Flowchart } | { status: 'invalid'; line?: number; message: string };

type FlowDb = {
  getDirection(): string | undefined;
  getVertices(): Map<string, { id: string; text?: string; type?: string; labelType?: string }>;
  getEdges(): { start: string; end: string; text?: string; labelType?: string; type?: string; stroke?: string }[];
  getSubGraphs(): { id: string; title: string; nodes: string[]; dir?: string; labelType?: string }[];
  getAccTitle(): string;
  getAccDescription(): string;
};

type MermaidModule = {
  parse(text: string): Promise<unknown>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ type: string; db: unknown }> };
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

class SourceProblem extends Error {
  constructor(
    message: string,
    public readonly line?: number,
  ) {
    super(message);
  }
}

/** Mermaid's error, on one line: "Parse error on line 4: ...a[A (x)] | ---^ | Expecting 'SQE', ..., got 'PS'". */
function mermaidProblem(error: unknown, lineCount: number): SourceProblem {
  const text = (error instanceof Error ? error.message : String(error)).trim();
  const line = Number(text.match(/on line (\d+)/)?.[1]);
  // At the end of the source mermaid counts a line or two past the last one.
  return new SourceProblem(
    `mermaid cannot read it: ${text.split('\n').join(' | ')}`,
    Number.isFinite(line) && line > 0 ? Math.min(line, lineCount) : undefined,
  );
}

/** The first line that names `id` outside a label: where an author looks for a box. */
export function lineOf(source: string, id: string): number | undefined {
  const token = new RegExp(`(^|[^A-Za-z0-9_])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_])`);
  const lines = source.split(/\r?\n/);
  const index = lines.findIndex((line) => {
    const code = line
      .replace(/%%.*$/, '')
      .replace(/^\s*acc(Title|Descr)\b.*$/, '')
      .replace(/"[^"]*"/g, '""')
      .replace(/\|[^|]*\|/g, '||')
      .replace(/(\[|\(|\{)[^\])}]*(\]|\)|\})/g, '$1$2');
    return token.test(code);
  });
  return index < 0 ? undefined : index + 1;
}

function checkLabel(label: string, labelType: string | undefined, what: string, line: number | undefined): string {
  if (labelType === 'markdown') throw new SourceProblem(`${what}: write its label as plain text, not a markdown string`, line);
  if (/[<>]/.test(label.replace(/<br\s*\/?>/gi, '')))
    throw new SourceProblem(`${what}: label "${label}": use plain text (only <br/> is allowed for a line break)`, line);
  if (!plainLabel(label)) throw new SourceProblem(`${what}: its label is empty: every box needs a name a reader can hear`, line);
  return label;
}

function read(db: FlowDb, source: string): Flowchart {
  const accTitle = db.getAccTitle().trim();
  const accDescr = db.getAccDescription().replace(/\s+/g, ' ').trim();
  if (!accTitle) throw new SourceProblem('missing "accTitle: ...": every diagram needs an accessible title', 1);
  if (!accDescr) throw new SourceProblem('missing "accDescr: ...": every diagram needs an accessible description', 1);

  const subgraphs = db.getSubGraphs();
  const groupIds = new Set(subgraphs.map((group) => group.id));
  // Mermaid adds inner groups first, and a box belongs to the innermost group that names it.
  const parentOf = new Map<string, string>();
  for (const group of subgraphs) {
    if (!group.nodes.length) throw new SourceProblem(`subgraph "${group.id}" has nothing in it: remove it or put a box inside`, lineOf(source, group.id));
    for (const member of group.nodes) if (!parentOf.has(member)) parentOf.set(member, group.id);
  }

  const nodes: FlowNode[] = [];
  for (const vertex of db.getVertices().values()) {
    // A group's id used as an arrow end is also recorded as a vertex; it is drawn as the group.
    if (groupIds.has(vertex.id)) continue;
    const line = lineOf(source, vertex.id);
    if (vertex.type === undefined && (vertex.text === undefined || vertex.text === vertex.id)) {
      throw new SourceProblem(`box "${vertex.id}" has no label: write ${vertex.id}["Name"] where it first appears`, line);
    }
    const parent = parentOf.get(vertex.id);
    nodes.push({
      id: vertex.id,
      label: checkLabel(vertex.text ?? '', vertex.labelType, `box "${vertex.id}"`, line),
      shape: vertex.type ?? 'square',
      ...(parent ? { parent } : {}),
    });
  }

  // Reading order: each box where the source first names it, each group just before its first box.
  const order: string[] = [];
  const place = (id: string) => {
    const parent = parentOf.get(id);
    if (parent && !order.includes(parent)) place(parent);
    if (!order.includes(id)) order.push(id);
  };
  for (const node of nodes) place(node.id);
  for (const group of subgraphs) place(group.id); // a group that holds only groups

  const groups: FlowGroup[] = subgraphs
    .map((group) => {
      const parent = parentOf.get(group.id);
      return {
        id: group.id,
        label: checkLabel(group.title, group.labelType, `subgraph "${group.id}"`, lineOf(source, group.id)),
        ...(parent ? { parent } : {}),
        ...(group.dir ? { direction: group.dir as Direction } : {}),
      };
    })
    .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));

  const edges: FlowEdge[] = db.getEdges().map((edge) => {
    if (edge.start === edge.end) throw new SourceProblem(`the arrow from "${edge.start}" points to itself`, lineOf(source, edge.start));
    const label = edge.text ?? '';
    if (label) checkLabel(label, edge.labelType, `the arrow from "${edge.start}" to "${edge.end}"`, lineOf(source, edge.start));
    return { from: edge.start, to: edge.end, stroke: (edge.stroke ?? 'normal') as EdgeStroke, arrow: edge.type !== 'arrow_open', label };
  });

  return { direction: (db.getDirection() ?? 'TB') as Direction, accTitle, accDescr, nodes, groups, edges, order };
}

// Mermaid keeps the accessibility title and description in module state, so two reads must not interleave:
// they run one after another. A source read once is not read again (a diagram is on its lesson and its embed page).
let queue: Promise<unknown> = Promise.resolve();
const results = new Map<string, Promise<FlowchartResult>>();

/** Reads one mermaid source; never throws for a problem in the source. */
export function parseFlowchart(source: string): Promise<FlowchartResult> {
  let result = results.get(source);
  if (!result) {
    result = queue.then(() => readSource(source));
    queue = result.catch(() => undefined);
    results.set(source, result);
  }
  return result;
}

async function readSource(source: string): Promise<FlowchartResult> {
  const mermaid = await loadMermaid();
  const lineCount = source.split(/\r?\n/).length;
  try {
    let diagram: { type: string; db: unknown };
    try {
      await mermaid.parse(source);
      diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
    } catch (error) {
      throw mermaidProblem(error, lineCount);
    }
    if (!diagram.type.startsWith('flowchart'))
      throw new SourceProblem(`expected a flowchart ("flowchart LR" or TB on the first line), got a ${diagram.type} diagram`, 1);
    return { status: 'ok', value: read(diagram.db as FlowDb, source) };
  } catch (error) {
    if (error instanceof SourceProblem) return { status: 'invalid', ...(error.line ? { line: error.line } : {}), message: error.message };
    throw error;
  }
}
