import { expect, it } from 'vitest';
import { diagramIds, labelOf, parseFlowchart, plainLabel, visibleEdges, type Flowchart } from './flowchart';

const HEAD = 'flowchart LR\n  accTitle: Title\n  accDescr: Description\n';

function parse(body: string): Flowchart {
  const result = parseFlowchart(HEAD + body);
  if (result.status !== 'ok') throw new Error(`line ${result.line}: ${result.message}`);
  return result.value;
}

function problem(source: string): string {
  const result = parseFlowchart(source);
  if (result.status === 'ok') throw new Error('expected the source to be rejected');
  return `${result.line}: ${result.message}`;
}

it('parseFlowchart: reads boxes of every shape, arrows with labels and chains', () => {
  const chart = parse('  a(["Users"]) -->|HTTPS| b["Load balancer"] --> c[("Registry")]\n  c -.->|pull| d(Round)\n  d ==> e[[Sub]]\n  e --- f((Circle))\n  f -.- g{Choice}\n');
  expect(chart.nodes.map((node) => [node.id, node.label, node.shape])).toEqual([
    ['a', 'Users', 'stadium'],
    ['b', 'Load balancer', 'square'],
    ['c', 'Registry', 'cylinder'],
    ['d', 'Round', 'round'],
    ['e', 'Sub', 'subroutine'],
    ['f', 'Circle', 'circle'],
    ['g', 'Choice', 'diamond'],
  ]);
  expect(chart.edges).toEqual([
    { from: 'a', to: 'b', label: 'HTTPS', stroke: 'normal', arrow: true },
    { from: 'b', to: 'c', label: '', stroke: 'normal', arrow: true },
    { from: 'c', to: 'd', label: 'pull', stroke: 'dotted', arrow: true },
    { from: 'd', to: 'e', label: '', stroke: 'thick', arrow: true },
    { from: 'e', to: 'f', label: '', stroke: 'normal', arrow: false },
    { from: 'f', to: 'g', label: '', stroke: 'dotted', arrow: false },
  ]);
});

it('parseFlowchart: reads the accessibility title and description, including the block form', () => {
  const chart = parseFlowchart('flowchart TB\n accTitle: Three ways\n accDescr {\n  Line one\n  line two\n }\n a["A"]\n');
  expect(chart.status === 'ok' && [chart.value.direction, chart.value.accTitle, chart.value.accDescr]).toEqual(['TB', 'Three ways', 'Line one line two']);
});

it('parseFlowchart: nests subgraphs and records the group each box belongs to', () => {
  const chart = parse('  subgraph outer["Outer group"]\n    direction TB\n    subgraph inner [Inner group]\n      x["X"]\n    end\n    y["Y"]\n  end\n  z["Z"] --> inner\n');
  expect(chart.groups).toEqual([
    { id: 'outer', label: 'Outer group', direction: 'TB' },
    { id: 'inner', label: 'Inner group', parent: 'outer' },
  ]);
  expect(chart.nodes.map((node) => [node.id, node.parent])).toEqual([
    ['x', 'inner'],
    ['y', 'outer'],
    ['z', undefined],
  ]);
  expect(chart.edges).toEqual([{ from: 'z', to: 'inner', label: '', stroke: 'normal', arrow: true }]);
  expect(chart.order).toEqual(['outer', 'inner', 'x', 'y', 'z']);
  expect(diagramIds(chart)).toEqual(['outer', 'inner', 'x', 'y', 'z']);
});

it('parseFlowchart: ignores comments, styling statements and trailing semicolons', () => {
  const chart = parse('  %% a comment\n  a["A"] --> b["B"]; %% trailing\n  classDef hot fill:#f00\n  class a hot\n  style b stroke:#000\n  linkStyle 0 stroke:#000\n');
  expect(diagramIds(chart)).toEqual(['a', 'b']);
});

it('parseFlowchart: keeps invisible links out of what a reader hears', () => {
  const chart = parse('  a["A"] ~~~ b["B"]\n  a --> b\n');
  expect(chart.edges).toHaveLength(2);
  expect(visibleEdges(chart)).toEqual([{ from: 'a', to: 'b', label: '', stroke: 'normal', arrow: true }]);
});

it('parseFlowchart: turns line breaks in labels into spaces for readers', () => {
  const chart = parse('  a["Application<br/>Load Balancer"]\n');
  expect(labelOf(chart, 'a')).toBe('Application Load Balancer');
  expect(plainLabel('  two   spaces<br>here ')).toBe('two spaces here');
  expect(labelOf(chart, 'missing')).toBeUndefined();
});

it('parseFlowchart: rejects sources it cannot describe, naming the line', () => {
  expect(problem('graph XY\n')).toBe('1: direction "XY": expected one of TB, TD, BT, LR, RL');
  expect(problem('sequenceDiagram\n')).toMatch(/^1: expected the first line to be "flowchart LR"/);
  expect(problem(`${HEAD}  a["A"] --> \n`)).toMatch(/^4: expected a box id/);
  expect(problem(`${HEAD}  a["A"] & b["B"] --> c["C"]\n`)).toMatch(/^4: the "&" shorthand is not supported/);
  expect(problem(`${HEAD}  a["A"] -- label --> b["B"]\n`)).toMatch(/^4: write arrow labels as -->\|label\|/);
  expect(problem(`${HEAD}  a["A\n`)).toMatch(/^4: a quoted label is missing its closing "/);
  expect(problem(`${HEAD}  end["End"]\n`)).toBe('4: "end" is a mermaid keyword and cannot be a box id');
  expect(problem(`${HEAD}  a["A"]\n  a["Other"]\n`)).toBe('5: box "a" is declared twice with different labels or shapes (first on line 4)');
  expect(problem(`${HEAD}  a --> b["B"]\n`)).toBe('4: box "a" has no label: write a["Name"] where it first appears');
  expect(problem(`${HEAD}  subgraph g["G"]\n  a["A"]\n`)).toBe('4: subgraph "g" is missing its "end"');
  expect(problem(`${HEAD}  end\n`)).toBe('4: "end" without an open subgraph');
  expect(problem(`${HEAD}  a["<b>bold</b>"]\n`)).toMatch(/^4: label "<b>bold<\/b>": use plain text/);
  expect(problem(`${HEAD}  a["A"] -->|x| a\n`)).toBe('4: the arrow from "a" points to itself');
  expect(problem(`${HEAD}  a[Docker engine (dockerd)]\n`)).toBe('4: label "Docker engine (dockerd)": put a label that contains brackets in quotes, e.g. ["Docker engine (dockerd)"]');
  expect(problem(`${HEAD}  click a callback\n`)).toMatch(/^4: "click" is not used/);
  expect(problem('flowchart LR\n  a["A"]\n')).toBe('1: missing "accTitle: ...": every diagram needs an accessible title');
  expect(problem('flowchart LR\n  accTitle: T\n  a["A"]\n')).toBe('1: missing "accDescr: ...": every diagram needs an accessible description');
});

it('parseFlowchart: rejects a box mentioned inside two groups, which mermaid would silently move', () => {
  expect(problem(`${HEAD}  subgraph g1["One"]\n    a["A"]\n  end\n  subgraph g2["Two"]\n    a --> b["B"]\n  end\n`)).toMatch(/^5: box "a" appears inside subgraphs g1 and g2/);
});
