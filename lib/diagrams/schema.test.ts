import { expect, it } from 'vitest';
import { checkLessonLinks, validateDiagram, type SourceReader } from './schema';
import type { DiagramData } from './types';

const FILE = 'content/diagrams/example.ts';
const SOURCES: Record<string, string> = {
  'example/one.mmd': 'flowchart LR\n  accTitle: One\n  accDescr: Users reach the load balancer.\n  client(["Users"]) -->|HTTPS| alb["Load balancer"]\n',
  'example/two.mmd':
    'flowchart LR\n  accTitle: Two\n  accDescr: Users reach a task.\n  client(["Users"]) --> alb["Load balancer"]\n  subgraph task["Task"]\n    app["App"]\n  end\n  alb --> task\n',
};
const read: SourceReader = (path) => SOURCES[path];

function example(): DiagramData {
  return {
    title: 'Example',
    viewsLabel: 'Architecture',
    ownership: 'toggle',
    height: 400,
    views: [
      {
        id: 'one',
        label: 'One',
        source: 'example/one.mmd',
        request: [
          { node: 'client', text: 'Sends.' },
          { node: 'alb', text: 'Forwards.' },
        ],
      },
      { id: 'two', label: 'Two', source: 'example/two.mmd' },
    ],
    nodes: {
      client: {
        summary: 'The users.',
        lesson: { slug: 'launch-types', anchor: 'three-architectures' },
        views: { one: { owner: 'outside', note: 'Not yours.' }, two: { owner: 'outside', note: 'Not yours.' } },
      },
      alb: {
        summary: 'Spreads requests.',
        lesson: { slug: 'launch-types', anchor: 'three-architectures' },
        views: { one: { owner: 'shared', note: 'Both.' }, two: { owner: 'shared', note: 'Both.' } },
      },
      task: { summary: 'A running copy.', lesson: { slug: 'launch-types', anchor: 'ecs-on-fargate' } },
      app: { summary: 'The code.', lesson: { slug: 'launch-types', anchor: 'ecs-on-fargate' }, views: { two: { owner: 'you', note: 'Yours.' } } },
    },
  };
}

async function errorsOf(data: unknown, reader: SourceReader = read): Promise<string[]> {
  const result = await validateDiagram(FILE, data, reader);
  return result.status === 'invalid' ? result.errors : [];
}

it('validateDiagram: accepts a consistent diagram and returns the parsed views with defaults filled in', async () => {
  const result = await validateDiagram(FILE, example(), read);
  expect(result.status).toBe('ok');
  if (result.status !== 'ok') return;
  expect(result.value.views.map((view) => [view.id, view.sourcePath, view.chart.accTitle])).toEqual([
    ['one', 'content/diagrams/example/one.mmd', 'One'],
    ['two', 'content/diagrams/example/two.mmd', 'Two'],
  ]);
  expect(result.value.layout).toEqual({ nodeSpacing: 24, rankSpacing: 36, equalWidths: false });
});

it('validateDiagram: names the file, the field and what was expected for a wrong shape', async () => {
  const data = { ...example(), ownership: 'sometimes', height: 'tall' };
  expect(await errorsOf(data)).toEqual([
    `${FILE}: field "ownership": expected "toggle", "always" or "none", got "sometimes"`,
    `${FILE}: field "height": expected the frame height in whole px, got "tall"`,
  ]);
});

it('validateDiagram: rejects placeholder text and unknown fields', async () => {
  const data = example();
  data.nodes.alb.summary = 'TODO write this';
  expect(await errorsOf({ ...data, colour: 'red' })).toEqual([
    `${FILE}: field "nodes.alb.summary": expected a summary of what the box is without placeholder text, got "TODO write this"`,
    `${FILE}: field "colour": not expected here (check the spelling)`,
  ]);
});

it('validateDiagram: rejects hedges in a box explanation', async () => {
  const data = example();
  data.nodes.alb.summary = 'Its largest size is not confirmed in AWS documentation.';
  expect((await errorsOf(data))[0]).toMatch(/field "nodes\.alb\.summary": expected a summary of what the box is without hedges such as "not confirmed"/);
});

it('validateDiagram: reports a missing mermaid file and a source that does not parse, with its line', async () => {
  expect(await errorsOf(example(), (path) => (path === 'example/one.mmd' ? undefined : read(path)))).toEqual([
    `${FILE}: field "views.0.source": expected a mermaid file at content/diagrams/example/one.mmd, but there is none`,
  ]);
  const broken = await errorsOf(example(), (path) =>
    path === 'example/two.mmd' ? 'flowchart LR\n  accTitle: T\n  accDescr: D\n  a["A" -->\n  b["B"]\n' : read(path),
  );
  expect(broken).toHaveLength(1);
  expect(broken[0]).toMatch(/^content\/diagrams\/example\/two\.mmd:5: mermaid cannot read it: Parse error on line 5: .*a\["A" -->  b\["B"\] .*Expecting 'SQE'/);
  expect(
    await errorsOf(example(), (path) => (path === 'example/two.mmd' ? 'flowchart LR\n  accTitle: T\n  accDescr: D\n  a["A"] --> b\n' : read(path))),
  ).toEqual(['content/diagrams/example/two.mmd:4: box "b" has no label: write b["Name"] where it first appears']);
});

it('validateDiagram: requires metadata for every box drawn, and a box for every metadata entry', async () => {
  const data = example();
  delete (data.nodes as Record<string, unknown>).app;
  data.nodes.ghost = { summary: 'Never drawn.', lesson: { slug: 'launch-types', anchor: 'three-architectures' } };
  expect(await errorsOf(data)).toEqual([
    `content/diagrams/example/two.mmd: box "app": expected an entry for it in ${FILE} "nodes" (what it is, who manages it, lesson link)`,
    `${FILE}: field "nodes.ghost": no view draws a box "ghost": remove the entry or add the box to a .mmd file`,
  ]);
});

it('validateDiagram: requires an owner for every box in every view it appears in, and none for views it is not in', async () => {
  const data = example();
  delete data.nodes.alb.views!.two;
  data.nodes.app.views!.one = { owner: 'you', note: 'Yours.' };
  expect(await errorsOf(data)).toEqual([
    `${FILE}: field "nodes.alb.views.two": expected who manages "alb" in view "two" as { owner, note }`,
    `${FILE}: field "nodes.app.views.one": view "one" does not draw "app" (it appears in: two)`,
  ]);
});

it('validateDiagram: forbids owners on a diagram that does not show them', async () => {
  expect(await errorsOf({ ...example(), ownership: 'none' })).toContain(
    `${FILE}: field "nodes.client.views": expected no owners: this diagram has ownership "none"`,
  );
});

it('validateDiagram: checks request hops against the boxes of their view', async () => {
  const data = example();
  data.views[0].request = [
    { node: 'client', text: 'Sends.' },
    { node: 'app', text: 'Handles.' },
  ];
  expect(await errorsOf(data)).toEqual([`${FILE}: field "views.0.request.1.node": expected a box drawn in view "one", got "app"`]);
});

it('validateDiagram: needs unique view ids and a label for the view switch', async () => {
  const data = example();
  data.views[1].id = 'one';
  delete data.viewsLabel;
  expect(await errorsOf(data)).toEqual([
    `${FILE}: field "views.1.id": expected a unique view id, but "one" is used twice`,
    `${FILE}: field "viewsLabel": expected a label for the view switch, since the diagram has several views`,
  ]);
});

it('checkLessonLinks: flags an anchor that is not a heading of the lesson it names', async () => {
  const result = await validateDiagram(FILE, example(), read);
  if (result.status !== 'ok') throw new Error('expected a valid example');
  const sections = { 'launch-types': { title: 'Launch types', headings: [{ id: 'three-architectures', text: 'Three architectures' }] } };
  expect(checkLessonLinks(FILE, result.value, sections)).toEqual([
    `${FILE}: field "nodes.task.lesson.anchor": lesson "launch-types" has no heading "#ecs-on-fargate"`,
    `${FILE}: field "nodes.app.lesson.anchor": lesson "launch-types" has no heading "#ecs-on-fargate"`,
  ]);
});
