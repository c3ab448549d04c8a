import { expect, it } from 'vitest';
import { diagramIds, labelOf, plainLabel, visibleEdges, type Flowchart } from './chart';
import { lineOf, parseFlowchart } from './parse';

const HEAD = 'flowchart LR\n  accTitle: Title\n  accDescr: Description\n';

async function parse(body: string): Promise<Flowchart> {
  const result = await parseFlowchart(HEAD + body);
  if (result.status !== 'ok') throw new Error(`line ${result.line}: ${result.message}`);
  return result.value;
}

async function problem(source: string): Promise<string> {
  const result = await parseFlowchart(source);
  if (result.status === 'ok') throw new Error('expected the source to be rejected');
  return `${result.line ?? '?'}: ${result.message}`;
}

it("parseFlowchart: reads boxes of every shape, arrows with labels and chains, as mermaid's parser does", async () => {
  const chart = await parse(
    '  a(["Users"]) -->|HTTPS| b["Load balancer"] --> c[("Registry")]\n  c -.->|pull| d(Round)\n  d ==> e[[Sub]]\n  e --- f((Circle))\n  f -.- g{Choice}\n  g -- says --> a\n',
  );
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
    { from: 'g', to: 'a', label: 'says', stroke: 'normal', arrow: true },
  ]);
});

it('parseFlowchart: reads the accessibility title and description, including the block form', async () => {
  const chart = await parseFlowchart('flowchart TB\n accTitle: Three ways\n accDescr {\n  Line one\n  line two\n }\n a["A"]\n');
  expect(chart.status === 'ok' && [chart.value.direction, chart.value.accTitle, chart.value.accDescr]).toEqual(['TB', 'Three ways', 'Line one line two']);
});

it('parseFlowchart: nests subgraphs, records the group each box belongs to and reads in source order', async () => {
  const chart = await parse(
    '  subgraph outer["Outer group"]\n    direction TB\n    subgraph inner [Inner group]\n      x["X"]\n    end\n    y["Y"]\n  end\n  z["Z"] --> inner\n',
  );
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

it('parseFlowchart: a box named in two groups sits where mermaid draws it, in the first group that closes', async () => {
  const chart = await parse('  subgraph g1["One"]\n    a["A"]\n  end\n  subgraph g2["Two"]\n    a --> b["B"]\n  end\n');
  expect(chart.nodes.map((node) => [node.id, node.parent])).toEqual([
    ['a', 'g1'],
    ['b', 'g2'],
  ]);
});

it('parseFlowchart: ignores comment lines, styling statements and trailing semicolons, and reads the & shorthand', async () => {
  const chart = await parse(
    '  %% a comment\n  a["A"] --> b["B"];\n  classDef hot fill:#f00\n  class a hot\n  style b stroke:#000\n  linkStyle 0 stroke:#000\n  a & b --> c["C"]\n',
  );
  expect(diagramIds(chart)).toEqual(['a', 'b', 'c']);
  expect(chart.edges.map((edge) => `${edge.from}>${edge.to}`)).toEqual(['a>b', 'a>c', 'b>c']);
});

it('parseFlowchart: keeps invisible links out of what a reader hears', async () => {
  const chart = await parse('  a["A"] ~~~ b["B"]\n  a --> b\n');
  expect(chart.edges).toHaveLength(2);
  expect(visibleEdges(chart)).toEqual([{ from: 'a', to: 'b', label: '', stroke: 'normal', arrow: true }]);
});

it('parseFlowchart: turns line breaks in labels into spaces for readers', async () => {
  const chart = await parse('  a["Application<br/>Load Balancer"]\n');
  expect(labelOf(chart, 'a')).toBe('Application Load Balancer');
  expect(plainLabel('  two   spaces<br>here ')).toBe('two spaces here');
  expect(labelOf(chart, 'missing')).toBeUndefined();
});

it("parseFlowchart: a source mermaid cannot read fails with mermaid's message and the line", async () => {
  expect(await problem(`${HEAD}  a[Docker engine (dockerd)]\n`)).toMatch(/^4: mermaid cannot read it: Parse error on line 4: .*Expecting 'SQE'/);
  expect(await problem(`${HEAD}  end["End"]\n`)).toMatch(/^4: mermaid cannot read it: Parse error on line 4:/);
  // Mermaid counts past the last line when the source ends too early; the line stays inside the file.
  expect(await problem(`${HEAD}  a["A"] --> \n`)).toMatch(/^5: mermaid cannot read it: Parse error on line 6:/);
  expect(await problem('graph XY\n a\n')).toMatch(/^1: mermaid cannot read it: Lexical error on line 1/);
});

it('parseFlowchart: keeps the course rules mermaid does not have, naming the line', async () => {
  expect(await problem('sequenceDiagram\n  A->>B: hi\n')).toBe('1: expected a flowchart ("flowchart LR" or TB on the first line), got a sequence diagram');
  expect(await problem('flowchart LR\n  a["A"]\n')).toBe('1: missing "accTitle: ...": every diagram needs an accessible title');
  expect(await problem('flowchart LR\n  accTitle: T\n  a["A"]\n')).toBe('1: missing "accDescr: ...": every diagram needs an accessible description');
  expect(await problem(`${HEAD}  a["A"]\n  a --> b\n`)).toBe('5: box "b" has no label: write b["Name"] where it first appears');
  expect(await problem(`${HEAD}  a["<b>bold</b>"]\n`)).toBe('4: box "a": label "<b>bold</b>": use plain text (only <br/> is allowed for a line break)');
  expect(await problem(`${HEAD}  a["\`**bold**\`"]\n`)).toBe('4: box "a": write its label as plain text, not a markdown string');
  expect(await problem(`${HEAD}  a[" "]\n`)).toBe('4: box "a": its label is empty: every box needs a name a reader can hear');
  expect(await problem(`${HEAD}  a["A"]\n  subgraph g["G"]\n  end\n`)).toBe('5: subgraph "g" has nothing in it: remove it or put a box inside');
  expect(await problem(`${HEAD}  a["A"] -->|x| a\n`)).toBe('4: the arrow from "a" points to itself');
  expect(await problem(`${HEAD}  a["A"] -->|"<i>x</i>"| b["B"]\n`)).toMatch(/^4: the arrow from "a" to "b": label "<i>x<\/i>": use plain text/);
});

it('lineOf: finds the line naming a box, not a label or description that contains the same word', () => {
  const source = 'flowchart LR\n  accTitle: task\n  accDescr: the task runs\n  a["task"] -->|task IP| b["B"]\n  a --> task["Task"]\n';
  expect(lineOf(source, 'task')).toBe(5);
  expect(lineOf(source, 'b')).toBe(4);
  expect(lineOf(source, 'missing')).toBeUndefined();
});

it('parseFlowchart: reads a source once, and reads sources one after another', async () => {
  const source = `${HEAD}  a["A"]\n`;
  const [one, two] = await Promise.all([parseFlowchart(source), parseFlowchart(`flowchart TB\n  accTitle: Other\n  accDescr: D\n  b["B"]\n`)]);
  expect(one.status === 'ok' && one.value.accTitle).toBe('Title');
  expect(two.status === 'ok' && two.value.accTitle).toBe('Other');
  expect(parseFlowchart(source)).toBe(parseFlowchart(source));
});
