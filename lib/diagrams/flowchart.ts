/**
 * Reads the subset of mermaid flowchart syntax the course's diagrams use into plain data: boxes, groups
 * (subgraphs), arrows and the accessibility title and description. The server uses it to build each diagram's
 * text version and to check node metadata; the client never parses. A unit test compares the result with
 * mermaid's own parser for every diagram, so the two cannot drift apart.
 *
 * The reader is strict on purpose: a statement it does not understand is an error with a line number, not
 * something silently left out of the text version.
 */

export type Direction = 'TB' | 'TD' | 'BT' | 'LR' | 'RL';
export type NodeShape = 'square' | 'round' | 'stadium' | 'cylinder' | 'subroutine' | 'circle' | 'diamond';
export type EdgeStroke = 'normal' | 'dotted' | 'thick' | 'invisible';

export type FlowNode = { id: string; label: string; shape: NodeShape; parent?: string };
export type FlowGroup = { id: string; label: string; parent?: string; direction?: Direction };
export type FlowEdge = { from: string; to: string; label: string; stroke: EdgeStroke; arrow: boolean };

export type Flowchart = {
  direction: Direction;
  accTitle: string;
  accDescr: string;
  nodes: FlowNode[];
  groups: FlowGroup[];
  edges: FlowEdge[];
  /** Box and group ids in the order they first appear in the source: the reading order of the text version. */
  order: string[];
};

export type FlowchartResult = { status: 'ok'; value: Flowchart } | { status: 'invalid'; line: number; message: string };

const DIRECTIONS: readonly Direction[] = ['TB', 'TD', 'BT', 'LR', 'RL'];
const RESERVED = new Set(['end', 'subgraph', 'graph', 'flowchart', 'style', 'class', 'classdef', 'click', 'linkstyle', 'direction', 'default', 'acctitle', 'accdescr']);
const ID = /^[A-Za-z][A-Za-z0-9_]*/;

// Longest openers first so "([" is not read as "(".
const SHAPES: { open: string; close: string; shape: NodeShape }[] = [
  { open: '([', close: '])', shape: 'stadium' },
  { open: '[(', close: ')]', shape: 'cylinder' },
  { open: '[[', close: ']]', shape: 'subroutine' },
  { open: '((', close: '))', shape: 'circle' },
  { open: '[', close: ']', shape: 'square' },
  { open: '(', close: ')', shape: 'round' },
  { open: '{', close: '}', shape: 'diamond' },
];

// Link tokens, longest first. Labels use the |label| form only.
const LINKS: { pattern: RegExp; stroke: EdgeStroke; arrow: boolean }[] = [
  { pattern: /^~{3,}/, stroke: 'invisible', arrow: false },
  { pattern: /^-\.+->/, stroke: 'dotted', arrow: true },
  { pattern: /^-\.+-/, stroke: 'dotted', arrow: false },
  { pattern: /^={2,}>/, stroke: 'thick', arrow: true },
  { pattern: /^={3,}/, stroke: 'thick', arrow: false },
  { pattern: /^-{2,}>/, stroke: 'normal', arrow: true },
  { pattern: /^-{3,}/, stroke: 'normal', arrow: false },
];

class ParseError extends Error {
  constructor(public readonly line: number, message: string) {
    super(message);
  }
}

/** The text a reader hears: mermaid's line breaks become spaces, runs of spaces collapse. */
export function plainLabel(label: string): string {
  return label.replace(/<br\s*\/?>/gi, ' ').replace(/\s+/g, ' ').trim();
}

type Ref = { id: string; label?: string; shape?: NodeShape };

function readLabel(text: string, start: number, close: string, line: number): { label: string; end: number } {
  let i = start;
  while (text[i] === ' ') i++;
  if (text[i] === '"') {
    const endQuote = text.indexOf('"', i + 1);
    if (endQuote < 0) throw new ParseError(line, 'a quoted label is missing its closing "');
    let j = endQuote + 1;
    while (text[j] === ' ') j++;
    if (!text.startsWith(close, j)) throw new ParseError(line, `expected "${close}" after the label "${text.slice(i + 1, endQuote)}"`);
    return { label: text.slice(i + 1, endQuote), end: j + close.length };
  }
  const closeAt = text.indexOf(close, i);
  if (closeAt < 0) throw new ParseError(line, `a label is missing its closing "${close}"`);
  const label = text.slice(i, closeAt).trim();
  // Mermaid reads brackets in an unquoted label as shape syntax and fails; say so with the line.
  if (/[()[\]{}]/.test(label)) throw new ParseError(line, `label "${label}": put a label that contains brackets in quotes, e.g. ["${label}"]`);
  return { label, end: closeAt + close.length };
}

function checkLabel(label: string, line: number): string {
  const withoutBreaks = label.replace(/<br\s*\/?>/gi, '');
  if (/[<>"]/.test(withoutBreaks)) throw new ParseError(line, `label "${label}": use plain text (only <br/> is allowed for a line break)`);
  if (!plainLabel(label)) throw new ParseError(line, 'a label is empty: every box needs a name a reader can hear');
  return label;
}

function readRef(text: string, start: number, line: number): { ref: Ref; end: number } {
  const match = text.slice(start).match(ID);
  if (!match) throw new ParseError(line, `expected a box id (letters, digits, _) at "${text.slice(start, start + 20)}"`);
  const id = match[0];
  if (RESERVED.has(id.toLowerCase())) throw new ParseError(line, `"${id}" is a mermaid keyword and cannot be a box id`);
  const i = start + id.length;
  for (const shape of SHAPES) {
    if (text.startsWith(shape.open, i)) {
      const { label, end } = readLabel(text, i + shape.open.length, shape.close, line);
      return { ref: { id, label: checkLabel(label, line), shape: shape.shape }, end };
    }
  }
  return { ref: { id }, end: i };
}

function readLink(text: string, start: number, line: number): { stroke: EdgeStroke; arrow: boolean; label: string; end: number } | undefined {
  const rest = text.slice(start);
  for (const link of LINKS) {
    const match = rest.match(link.pattern);
    if (!match) continue;
    let i = start + match[0].length;
    let label = '';
    while (text[i] === ' ') i++;
    if (text[i] === '|') {
      const close = text.indexOf('|', i + 1);
      if (close < 0) throw new ParseError(line, 'an arrow label is missing its closing "|"');
      label = text.slice(i + 1, close).trim();
      if (label.startsWith('"') && label.endsWith('"') && label.length >= 2) label = label.slice(1, -1);
      checkLabel(label, line);
      if (link.stroke === 'invisible') throw new ParseError(line, 'an invisible link (~~~) cannot have a label');
      i = close + 1;
    }
    return { stroke: link.stroke, arrow: link.arrow, label, end: i };
  }
  if (/^--\s|^-\.\s|^==\s/.test(rest)) throw new ParseError(line, 'write arrow labels as -->|label| (the "-- label -->" form is not supported)');
  return undefined;
}

function readChain(text: string, line: number): { refs: Ref[]; links: { stroke: EdgeStroke; arrow: boolean; label: string }[] } {
  const refs: Ref[] = [];
  const links: { stroke: EdgeStroke; arrow: boolean; label: string }[] = [];
  let i = 0;
  const skip = () => {
    while (text[i] === ' ' || text[i] === '\t') i++;
  };
  for (;;) {
    skip();
    const { ref, end } = readRef(text, i, line);
    refs.push(ref);
    i = end;
    skip();
    if (i >= text.length) break;
    if (text[i] === '&') throw new ParseError(line, 'the "&" shorthand is not supported: write one arrow per pair of boxes');
    const link = readLink(text, i, line);
    if (!link) throw new ParseError(line, `expected an arrow (-->, ---, -.->, ==>, ~~~) at "${text.slice(i, i + 20)}"`);
    links.push({ stroke: link.stroke, arrow: link.arrow, label: link.label });
    i = link.end;
  }
  return { refs, links };
}

type Declared = { label?: string; shape?: NodeShape; line: number; blocks: Set<string> };

export function parseFlowchart(source: string): FlowchartResult {
  try {
    return { status: 'ok', value: parse(source) };
  } catch (error) {
    if (error instanceof ParseError) return { status: 'invalid', line: error.line, message: error.message };
    throw error;
  }
}

function parse(source: string): Flowchart {
  const lines = source.split(/\r?\n/);
  let direction: Direction | undefined;
  let accTitle = '';
  let accDescr = '';
  const groups: FlowGroup[] = [];
  const groupIds = new Set<string>();
  const stack: string[] = [];
  const openedOn = new Map<string, number>();
  const declared = new Map<string, Declared>();
  const order: string[] = [];
  const appearance: string[] = [];
  const edges: (FlowEdge & { line: number })[] = [];

  for (let index = 0; index < lines.length; index++) {
    const lineNo = index + 1;
    const text = lines[index].replace(/%%.*$/, '').trim().replace(/;$/, '').trim();
    if (!text) continue;

    if (!direction) {
      const header = text.match(/^(flowchart|graph)\s+(\w+)$/);
      if (!header) throw new ParseError(lineNo, 'expected the first line to be "flowchart LR" (or TB, TD, BT, RL)');
      if (!DIRECTIONS.includes(header[2] as Direction)) throw new ParseError(lineNo, `direction "${header[2]}": expected one of ${DIRECTIONS.join(', ')}`);
      direction = header[2] as Direction;
      continue;
    }

    const title = text.match(/^accTitle\s*:\s*(.*)$/);
    if (title) {
      accTitle = title[1].trim();
      continue;
    }
    const descr = text.match(/^accDescr\s*:\s*(.*)$/);
    if (descr) {
      accDescr = descr[1].trim();
      continue;
    }
    if (/^accDescr\s*\{/.test(text)) {
      const parts: string[] = [text.replace(/^accDescr\s*\{/, '')];
      while (!parts[parts.length - 1].includes('}')) {
        index++;
        if (index >= lines.length) throw new ParseError(lineNo, 'accDescr { is missing its closing }');
        parts.push(lines[index]);
      }
      parts[parts.length - 1] = parts[parts.length - 1].replace(/\}.*$/, '');
      accDescr = parts.join(' ').replace(/\s+/g, ' ').trim();
      continue;
    }

    const dir = text.match(/^direction\s+(\w+)$/);
    if (dir) {
      if (!stack.length) throw new ParseError(lineNo, '"direction" belongs inside a subgraph; set the chart direction on the first line');
      if (!DIRECTIONS.includes(dir[1] as Direction)) throw new ParseError(lineNo, `direction "${dir[1]}": expected one of ${DIRECTIONS.join(', ')}`);
      groups.find((group) => group.id === stack[stack.length - 1])!.direction = dir[1] as Direction;
      continue;
    }

    if (/^subgraph\b/.test(text)) {
      const rest = text.slice('subgraph'.length).trim();
      if (!rest) throw new ParseError(lineNo, 'a subgraph needs an id, e.g. subgraph asg["Auto Scaling group"]');
      const { ref, end } = readRef(rest.replace(/^(\w+)\s+\[/, '$1['), 0, lineNo);
      if (end < rest.replace(/^(\w+)\s+\[/, '$1[').length) throw new ParseError(lineNo, `unexpected text after the subgraph title: "${rest.slice(end)}"`);
      if (ref.shape && ref.shape !== 'square') throw new ParseError(lineNo, `subgraph "${ref.id}": write its title in square brackets, e.g. ${ref.id}["Title"]`);
      if (groupIds.has(ref.id)) throw new ParseError(lineNo, `subgraph "${ref.id}" is declared twice`);
      if (declared.has(ref.id)) throw new ParseError(lineNo, `"${ref.id}" is already a box; a subgraph needs its own id`);
      groups.push({ id: ref.id, label: ref.label ?? ref.id, ...(stack.length ? { parent: stack[stack.length - 1] } : {}) });
      groupIds.add(ref.id);
      appearance.push(ref.id);
      openedOn.set(ref.id, lineNo);
      stack.push(ref.id);
      continue;
    }

    if (text === 'end') {
      if (!stack.length) throw new ParseError(lineNo, '"end" without an open subgraph');
      stack.pop();
      continue;
    }

    if (/^(classDef|class|style|linkStyle)\b/.test(text)) continue;
    if (/^click\b/.test(text)) throw new ParseError(lineNo, '"click" is not used: boxes get their behaviour from the node metadata');

    const { refs, links } = readChain(text, lineNo);
    const block = stack[stack.length - 1];
    for (const ref of refs) {
      if (groupIds.has(ref.id)) {
        if (ref.label) throw new ParseError(lineNo, `"${ref.id}" is a subgraph; give it its title on the subgraph line`);
        continue;
      }
      let entry = declared.get(ref.id);
      if (!entry) {
        entry = { line: lineNo, blocks: new Set() };
        declared.set(ref.id, entry);
        order.push(ref.id);
        appearance.push(ref.id);
      }
      if (ref.label !== undefined) {
        if (entry.label !== undefined && (entry.label !== ref.label || entry.shape !== ref.shape)) {
          throw new ParseError(lineNo, `box "${ref.id}" is declared twice with different labels or shapes (first on line ${entry.line})`);
        }
        entry.label = ref.label;
        entry.shape = ref.shape;
      }
      if (block) entry.blocks.add(block);
    }
    for (let i = 0; i < links.length; i++) edges.push({ from: refs[i].id, to: refs[i + 1].id, ...links[i], line: lineNo });
  }

  if (!direction) throw new ParseError(1, 'the source is empty: expected "flowchart LR" and at least one box');
  if (stack.length) {
    const open = stack[stack.length - 1];
    throw new ParseError(openedOn.get(open) ?? lines.length, `subgraph "${open}" is missing its "end"`);
  }
  if (!accTitle) throw new ParseError(1, 'missing "accTitle: ...": every diagram needs an accessible title');
  if (!accDescr) throw new ParseError(1, 'missing "accDescr: ...": every diagram needs an accessible description');

  const nodes: FlowNode[] = order.map((id) => {
    const entry = declared.get(id)!;
    if (entry.label === undefined) throw new ParseError(entry.line, `box "${id}" has no label: write ${id}["Name"] where it first appears`);
    if (entry.blocks.size > 1) {
      throw new ParseError(entry.line, `box "${id}" appears inside subgraphs ${[...entry.blocks].join(' and ')}: mention it in one subgraph and draw arrows that cross groups outside the subgraph blocks`);
    }
    const [parent] = [...entry.blocks];
    return { id, label: entry.label, shape: entry.shape ?? 'square', ...(parent ? { parent } : {}) };
  });
  for (const edge of edges) {
    if (edge.from === edge.to) throw new ParseError(edge.line, `the arrow from "${edge.from}" points to itself`);
  }
  return { direction, accTitle, accDescr, nodes, groups, edges: edges.map(({ line: _line, ...edge }) => edge), order: appearance };
}

/** Every id a reader can select: boxes and groups, in source order (groups first, as mermaid draws them). */
export function diagramIds(chart: Flowchart): string[] {
  return [...chart.groups.map((group) => group.id), ...chart.nodes.map((node) => node.id)];
}

/** The name of a box or group as a reader hears it. */
export function labelOf(chart: Flowchart, id: string): string | undefined {
  const found = chart.nodes.find((node) => node.id === id) ?? chart.groups.find((group) => group.id === id);
  return found ? plainLabel(found.label) : undefined;
}

/** Arrows a reader should hear about: invisible links only steer the layout. */
export function visibleEdges(chart: Flowchart): FlowEdge[] {
  return chart.edges.filter((edge) => edge.stroke !== 'invisible');
}
