/**
 * A diagram view's structure as plain, serialisable data: boxes, groups (subgraphs), arrows and the accessibility
 * title and description, exactly as mermaid's own parser read them (lib/diagrams/parse.ts, server only). The text
 * version, the phone flow, the tab order of the drawing and the build checks all read this one structure, so none
 * of them can describe a different diagram from the one mermaid draws. Browser-safe: no mermaid, no zod.
 */

export type Direction = 'TB' | 'TD' | 'BT' | 'LR' | 'RL';
/** Mermaid's shape name for a box ("square", "stadium", "cylinder", ...). */
export type NodeShape = string;
export type EdgeStroke = 'normal' | 'dotted' | 'thick' | 'invisible';

export type FlowNode = { id: string; label: string; shape: NodeShape; parent?: string };
export type FlowGroup = { id: string; label: string; parent?: string; direction?: Direction };
/** `arrow`: the line ends in a head (-->, --o, <-->), not a plain line (---). */
export type FlowEdge = { from: string; to: string; label: string; stroke: EdgeStroke; arrow: boolean };

export type Flowchart = {
  direction: Direction;
  accTitle: string;
  accDescr: string;
  nodes: FlowNode[];
  groups: FlowGroup[];
  edges: FlowEdge[];
  /** Box and group ids in reading order: boxes as the source first names them, each group just before its first box. */
  order: string[];
};

/** The text a reader hears: mermaid's line breaks become spaces, runs of spaces collapse. */
export function plainLabel(label: string): string {
  return label
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
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
