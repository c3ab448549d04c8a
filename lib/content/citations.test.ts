import { expect, it } from 'vitest';
import { compileMdx } from './compile';
import { ContentError } from './errors';

const sources = [
  {
    id: 'platform-linux-fargate',
    title: 'Fargate platform versions',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-linux-fargate.html',
  },
  {
    id: 'security-shared-model',
    title: 'Shared responsibility model for ECS',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-shared-model.html',
  },
  { id: 'ecs-exec', title: 'ECS Exec', url: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/ecs-exec.html' },
];

const FRONTMATTER = '---\ntitle: T\nsources:\n  - id: platform-linux-fargate\n  - id: security-shared-model\n  - id: ecs-exec\n---\n';

async function problemsOf(body: string, list = sources): Promise<string[]> {
  try {
    await compileMdx(FRONTMATTER + body, 'content/lessons/t/lesson.mdx', [], list);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

it('numbers sources by first citation, points each note at its section, and ends each section and callout with a Sources line', async () => {
  const body = [
    'AWS patches the platform<Cite source="platform-linux-fargate" />.',
    '',
    '## Ownership',
    '',
    'The image stays yours<Cite source="security-shared-model" /><Cite source="platform-linux-fargate" />.',
    '',
    '<Callout kind="note">',
    'Triage with ECS Exec<Cite source="ecs-exec" />.',
    '</Callout>',
    '',
    '## Recap',
    '',
    'Nothing cited here.',
  ].join('\n');
  const { code, sourceOrder } = await compileMdx(FRONTMATTER + body, 'content/lessons/t/lesson.mdx', [], sources);
  expect(sourceOrder).toEqual(['platform-linux-fargate', 'security-shared-model', 'ecs-exec']);
  // The claim keeps a superscript number that names its source for screen readers, linked to the section's note.
  expect(code).toMatch(/href:"#intro-source-1","aria-label":"Source 1: Fargate platform versions"/);
  expect(code).toMatch(/href:"#ownership-source-2"/);
  expect(code).toMatch(/href:"#ownership-source-1"/);
  expect(code).toMatch(/href:"#ownership-note-source-3"/);
  // The notes: "[n] Title" linking to AWS, in number order, one line per section (none for the uncited Recap).
  expect(code).toContain('id:"ownership-source-1"');
  expect(code).toContain('id:"ownership-note-source-3"');
  expect(code.indexOf('id:"ownership-source-1"')).toBeLessThan(code.indexOf('id:"ownership-source-2"'));
  expect(code).toContain('href:"https://docs.aws.amazon.com/AmazonECS/latest/userguide/ecs-exec.html"');
  expect(code.match(/className:"cite-sources"/g)).toHaveLength(3);
  expect(code).not.toContain('Cite');
});

it('a bad or missing citation fails, naming the file, line and prop; so does a source the lesson never cites', async () => {
  expect(
    await problemsOf(
      'Claim<Cite source="platform-linux-fargat" />.\n\nMore<Cite />.\n\nAnd<Cite source="ecs-exec">text</Cite>.\n\nShared<Cite source="security-shared-model" />.',
    ),
  ).toEqual([
    'content/lessons/t/lesson.mdx:8: <Cite>: prop "source": expected the id of one of the frontmatter\'s sources (such as "platform-linux-fargate", "security-shared-model", "ecs-exec"), got "platform-linux-fargat"',
    'content/lessons/t/lesson.mdx:10: <Cite>: prop "source": missing, expected the id of one of the frontmatter\'s sources (such as "platform-linux-fargate", "security-shared-model", "ecs-exec")',
    'content/lessons/t/lesson.mdx:12: <Cite>: expected no content: write <Cite source="<id>" /> after the claim',
    'content/lessons/t/lesson.mdx:4: frontmatter field "sources.0" ("platform-linux-fargate"): never cited: cite it with <Cite source="platform-linux-fargate" /> after the claim it supports, or remove it',
    'content/lessons/t/lesson.mdx:6: frontmatter field "sources.2" ("ecs-exec"): never cited: cite it with <Cite source="ecs-exec" /> after the claim it supports, or remove it',
  ]);
});

it('a fragment compiled without sources may not cite', async () => {
  expect(await problemsOf('Claim<Cite source="ecs-exec" />.', [])).toEqual([
    'content/lessons/t/lesson.mdx:8: <Cite>: prop "source": expected the id of one of the frontmatter\'s sources (this lesson lists none), got "ecs-exec"',
  ]);
});
