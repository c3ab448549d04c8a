import { expect, it } from 'vitest';
import { compileMdx } from './compile';
import { linkGlossaryTerms, termMatcher } from './glossary-links';
import type { HastNode } from './hast';

const terms = [
  { id: 'fargate', phrases: ['AWS Fargate', 'Fargate'] },
  { id: 'task-role', phrases: ['task role'] },
  { id: 'task-execution-role', phrases: ['task execution role'] },
];

const el = (tagName: string, children: HastNode[], properties: Record<string, unknown> = {}): HastNode => ({ type: 'element', tagName, properties, children });
const text = (value: string): HastNode => ({ type: 'text', value });
const run = (tree: HastNode) => {
  linkGlossaryTerms(terms)()(tree);
  return tree;
};
const links = (node: HastNode): string[] =>
  node.type === 'element' && node.tagName === 'a'
    ? String(node.properties?.href).startsWith('/glossary')
      ? [`${node.properties?.href}:${(node.children ?? []).map((c) => c.value).join('')}`]
      : []
    : (node.children ?? []).flatMap(links);

it('linkGlossaryTerms: links the first use of a term in each section only, plurals included', () => {
  const tree = run(
    el('root', [
      el('p', [text('Fargate runs tasks. Fargate again, and task roles.')]),
      el('h2', [text('Next')], { id: 'next' }),
      el('p', [text('On Fargate, the task execution role pulls images.')]),
    ]),
  );
  expect(links(tree)).toEqual([
    '/glossary#fargate:Fargate',
    '/glossary#task-role:task roles',
    '/glossary#fargate:Fargate',
    '/glossary#task-execution-role:task execution role',
  ]);
});

it('linkGlossaryTerms: never links inside headings, code, links or widgets, and skips terms the author linked in that section', () => {
  const tree = run(
    el('root', [
      el('h2', [text('Fargate basics')], { id: 'fargate-basics' }),
      el('p', [el('code', [text('Fargate')]), text(' '), el('a', [text('see Fargate')], { href: 'https://aws.amazon.com' })]),
      { type: 'mdxJsxFlowElement', name: 'LaunchTypeDiagram', children: [el('p', [text('Fargate')])] },
      el('p', [text('The task role, and later the '), el('a', [text('task role')], { href: '/glossary#task-role' })]),
      { type: 'mdxJsxFlowElement', name: 'Callout', children: [el('p', [text('Fargate in a callout is prose.')])] },
    ]),
  );
  expect(links(tree)).toEqual(['/glossary#task-role:task role', '/glossary#fargate:Fargate']);
});

it('linkGlossaryTerms: prefers the longest phrase and needs whole words', () => {
  const { pattern } = termMatcher(terms);
  expect('the task execution role'.match(pattern!)?.[0]).toBe('task execution role');
  expect('Fargateway and prefargate'.match(pattern!)).toBeNull();
});

it('linkGlossaryTerms: runs inside the MDX compile', async () => {
  const source = '---\ntitle: x\n---\n\n## On Fargate\n\nFargate is serverless. `Fargate` in code.\n\n## Roles\n\nA task role.\n';
  const { code } = await compileMdx(source, 'content/lessons/example.mdx', terms);
  expect(code).toContain('/glossary#fargate');
  expect(code).toContain('/glossary#task-role');
  expect(code.match(/\/glossary#fargate/g)).toHaveLength(1);
});
