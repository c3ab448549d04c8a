/**
 * The text version of a diagram view, built from the same parsed mermaid source the picture comes from:
 * the boxes as a nested list (groups contain their boxes) and the arrows as "from -> to: label".
 */
import { plainLabel, visibleEdges, type Flowchart } from './chart';

export type BoxItem = { id: string; label: string; children: BoxItem[] };
export type ArrowItem = { from: string; to: string; fromLabel: string; toLabel: string; label: string };

/** Boxes and groups nested by containment, each level in source order. */
export function boxTree(chart: Flowchart): BoxItem[] {
  const items = new Map<string, BoxItem & { parent?: string; index: number }>();
  chart.order.forEach((id, index) => {
    const node = chart.nodes.find((item) => item.id === id);
    const group = chart.groups.find((item) => item.id === id);
    const entry = node ?? group;
    if (entry) items.set(id, { id, label: plainLabel(entry.label), children: [], parent: entry.parent, index });
  });
  const roots: BoxItem[] = [];
  for (const item of [...items.values()].sort((a, b) => a.index - b.index)) {
    const parent = item.parent ? items.get(item.parent) : undefined;
    (parent ? parent.children : roots).push(item);
  }
  const strip = (item: BoxItem): BoxItem => ({ id: item.id, label: item.label, children: item.children.map(strip) });
  return roots.map(strip);
}

export function arrowList(chart: Flowchart): ArrowItem[] {
  const label = (id: string) => {
    const found = chart.nodes.find((node) => node.id === id) ?? chart.groups.find((group) => group.id === id);
    return found ? plainLabel(found.label) : id;
  };
  return visibleEdges(chart).map((edge) => ({
    from: edge.from,
    to: edge.to,
    fromLabel: label(edge.from),
    toLabel: label(edge.to),
    label: plainLabel(edge.label),
  }));
}
