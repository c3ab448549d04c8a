import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMdx } from './compile';
import { componentsUsed, ContentError, validateLessons } from './lessons';

const dir = path.join(process.cwd(), 'content', 'lessons');
const lesson = (slug: string, order: number, body = 'Text.\n\n## Recap\n\n- done') => ({
  file: path.join(dir, `${slug}.mdx`),
  slug,
  source: `---\ntitle: "${slug}"\nsummary: "About ${slug}."\norder: ${order}\nminutes: 8\nobjectives: ["Explain ${slug}"]\nupdated: 2026-11-26\nsources:\n  - title: "AWS"\n    url: "https://docs.aws.amazon.com/"\n---\n${body}\n`,
});

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

describe('validateLessons', () => {
  it('returns lessons sorted by order with the widgets they use', () => {
    const lessons = validateLessons([lesson('b', 2, 'Try it:\n\n<ResponsibilityQuiz />'), lesson('a', 1)], ['a', 'b']);
    expect(lessons.map((l) => [l.slug, l.widgets])).toEqual([
      ['a', []],
      ['b', ['ResponsibilityQuiz']],
    ]);
  });

  it('fails on a duplicate order, naming both files', () => {
    expect(problemsOf(() => validateLessons([lesson('a', 1), lesson('b', 1)], ['a', 'b']))).toEqual([
      'content/lessons/b.mdx: frontmatter field "order": expected a unique position, but 1 is also used by content/lessons/a.mdx',
    ]);
  });

  it('fails on a file whose name is not a course slug', () => {
    expect(problemsOf(() => validateLessons([lesson('a', 1), lesson('extra', 2)], ['a']))).toEqual([
      'content/lessons/extra.mdx: file name "extra": expected one of the course slugs (a)',
    ]);
  });

  it('fails when a course slug has no lesson file', () => {
    expect(problemsOf(() => validateLessons([lesson('a', 1)], ['a', 'b']))).toEqual([
      'content/lessons/b.mdx: missing: every course slug needs a lesson file',
    ]);
  });

  it('fails on a component that is not registered', () => {
    expect(problemsOf(() => validateLessons([lesson('a', 1, '<FancyWidget />')], ['a']))).toEqual([
      'content/lessons/a.mdx: component <FancyWidget>: not registered (see lib/widgets.ts for the components authors may use)',
    ]);
  });

  it('fails on YAML that does not parse', () => {
    const broken = { ...lesson('a', 1), source: '---\ntitle: [unclosed\n---\nText' };
    const [problem] = problemsOf(() => validateLessons([broken], ['a']));
    expect(problem).toMatch(/^content\/lessons\/a\.mdx: frontmatter is not valid YAML: /);
  });
});

describe('componentsUsed', () => {
  it('ignores tags inside code', () => {
    expect(componentsUsed('<Callout>x</Callout>\n\n```tsx\n<NotAComponent />\n```\n\nUse `<Inline />` here')).toEqual(['Callout']);
  });
});

describe('compileMdx', () => {
  it('compiles and collects h2/h3 headings with ids', async () => {
    const { headings } = await compileMdx('## First part\n\ntext\n\n### A detail\n\n## Recap\n', 'content/lessons/x.mdx');
    expect(headings).toEqual([
      { id: 'first-part', text: 'First part', depth: 2 },
      { id: 'a-detail', text: 'A detail', depth: 3 },
      { id: 'recap', text: 'Recap', depth: 2 },
    ]);
  });

  it('names the file and line when the MDX does not compile', async () => {
    await expect(compileMdx('Intro\n\n<Callout>\nnever closed\n', path.join(dir, 'x.mdx'))).rejects.toThrow(
      'content/lessons/x.mdx:3:1: MDX does not compile: Expected a closing tag for `<Callout>`',
    );
  });
});
