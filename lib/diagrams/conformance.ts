/**
 * Compares what lib/diagrams/flowchart.ts read from a source with what mermaid's own parser read, so the text
 * version and the metadata checks can never describe a different diagram from the one mermaid draws.
 * Returns one line per difference; an empty list means they agree.
 */
import { plainLabel, type Flowchart } from './flowchart';
import type { MermaidStructure } from './mermaid-node';

function difference(what: string, ours: string[], theirs: string[]): string[] {
  const mine = [...ours].sort();
  const other = [...theirs].sort();
  const missing = other.filter((item) => !mine.includes(item));
  const extra = mine.filter((item) => !other.includes(item));
  if (!missing.length && !extra.length) return [];
  return [`${what} differ: mermaid has [${missing.join('; ')}], the text version has [${extra.join('; ')}]`];
}

export function compareWithMermaid(chart: Flowchart, mermaid: MermaidStructure): string[] {
  const problems: string[] = [];
  const groupIds = new Set(chart.groups.map((group) => group.id));
  if (chart.accTitle !== mermaid.accTitle) problems.push(`accTitle differs: mermaid reads "${mermaid.accTitle}"`);
  if (chart.accDescr.replace(/\s+/g, ' ') !== mermaid.accDescr) problems.push(`accDescr differs: mermaid reads "${mermaid.accDescr}"`);
  problems.push(
    ...difference(
      'boxes',
      chart.nodes.map((node) => `${node.id}=${plainLabel(node.label)}`),
      // Mermaid also records a subgraph id used as an arrow end as a vertex; it is drawn as the group.
      mermaid.nodes.filter((node) => !groupIds.has(node.id)).map((node) => `${node.id}=${node.label}`),
    ),
  );
  problems.push(
    ...difference(
      'groups',
      chart.groups.map((group) => {
        const members = [...chart.nodes.filter((node) => node.parent === group.id), ...chart.groups.filter((child) => child.parent === group.id)].map((item) => item.id);
        return `${group.id}=${plainLabel(group.label)} {${members.sort().join(',')}}`;
      }),
      mermaid.groups.map((group) => `${group.id}=${group.label} {${[...group.members].sort().join(',')}}`),
    ),
  );
  const edgeKey = (edge: { from: string; to: string; label: string; stroke: string; arrow: boolean }) =>
    `${edge.from}${edge.arrow ? '->' : '--'}${edge.to} "${plainLabel(edge.label)}" ${edge.stroke}`;
  problems.push(...difference('arrows', chart.edges.map(edgeKey), mermaid.edges.map(edgeKey)));
  return problems;
}
