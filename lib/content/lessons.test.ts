import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { compileMdx } from './compile';
import { componentsUsed, lessonCollection, type RawLesson } from './lessons';

const dir = path.join(process.cwd(), 'content', 'lessons');
const lesson = (slug: string, order: number, body = 'Text.\n\n## Recap\n\n- done') => ({
  file: path.join(dir, slug, 'lesson.mdx'),
  slug,
  source: `---\ntitle: "${slug}"\nsummary: "About ${slug}."\norder: ${order}\nobjectives: ["Explain ${slug}"]\nupdated: 2026-11-26\nsources:\n  - id: aws\n    title: "AWS"\n    url: "https://docs.aws.amazon.com/"\n---\n${body}\n`,
});

/** Validates these files as the lesson collection of a course with these slugs. */
function validateLessons(raw: RawLesson[], expectedSlugs: string[]) {
  return lessonCollection({ dir, expectedSlugs, read: () => raw }).parse();
}
const problemsOf = (raw: RawLesson[], expectedSlugs: string[]) => {
  const result = validateLessons(raw, expectedSlugs);
  return result.status === 'invalid' ? result.errors : [];
};

it('validateLessons returns lessons sorted by order with the widgets they use', () => {
  const result = validateLessons([lesson('b', 2, 'Try it:\n\n<ResponsibilityQuiz />'), lesson('a', 1)], ['a', 'b']);
  expect(result.status === 'ok' && result.value.map((l) => [l.slug, l.widgets])).toEqual([
    ['a', []],
    ['b', ['ResponsibilityQuiz']],
  ]);
});

it('fails on a duplicate order, naming both files', () => {
  expect(problemsOf([lesson('a', 1), lesson('b', 1)], ['a', 'b'])).toEqual([
    'content/lessons/b/lesson.mdx: frontmatter field "order": expected a unique position, but 1 is also used by content/lessons/a/lesson.mdx',
  ]);
});

it('takes the order from the course list; a frontmatter order, where given, must agree with it', () => {
  const withoutOrder = (slug: string) => ({ ...lesson(slug, 1), source: lesson(slug, 1).source.replace('order: 1\n', '') });
  const result = validateLessons([withoutOrder('a'), withoutOrder('b')], ['b', 'a']);
  expect(result.status === 'ok' && result.value.map((l) => l.slug)).toEqual(['b', 'a']);
  expect(problemsOf([lesson('a', 2), withoutOrder('b')], ['a', 'b'])).toEqual([
    'content/lessons/a/lesson.mdx: frontmatter field "order": expected 1, its place in the course list (content/lessons/course.ts), got 2 (or leave the field out)',
  ]);
});

it('fails on a lesson folder that is not in the course list, naming the folder and the course list', () => {
  expect(problemsOf([lesson('a', 1), lesson('extra', 2)], ['a'])).toEqual([
    'content/lessons/extra/: a lesson folder that is not in the course list: add a line for "extra" to content/lessons/course.ts, or remove the folder',
  ]);
});

it('fails when a course slug has no lesson folder, or a folder without lesson.mdx', () => {
  expect(problemsOf([lesson('a', 1), { file: path.join(dir, 'c', 'lesson.mdx'), slug: 'c' }], ['a', 'b', 'c'])).toEqual([
    'content/lessons/b/lesson.mdx: missing: every lesson in the course list (content/lessons/course.ts) needs its folder with a lesson.mdx',
    'content/lessons/c/lesson.mdx: missing: every lesson in the course list (content/lessons/course.ts) needs its folder with a lesson.mdx',
  ]);
});

it('reads the lesson folders from disk: a folder without its line in the course list fails, and so does a line without its folder', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lessons-'));
  try {
    for (const raw of [lesson('a', 1), lesson('b', 2)]) {
      fs.mkdirSync(path.join(root, raw.slug));
      fs.writeFileSync(path.join(root, raw.slug, 'lesson.mdx'), raw.source);
    }
    const problems = (slugs: string[]) => {
      const result = lessonCollection({ dir: root, expectedSlugs: slugs }).parse();
      return result.status === 'invalid' ? result.errors : [];
    };
    expect(problems(['a', 'b'])).toEqual([]);
    expect(problems(['a'])).toEqual([
      'content/lessons/b/: a lesson folder that is not in the course list: add a line for "b" to content/lessons/course.ts, or remove the folder',
    ]);
    // A folder holding only its questions (lesson.mdx not written yet) is a lesson folder too.
    fs.mkdirSync(path.join(root, 'c'));
    fs.writeFileSync(path.join(root, 'c', 'questions.ts'), 'export const questions = [];\n');
    expect(problems(['a', 'b'])).toEqual([
      'content/lessons/c/: a lesson folder that is not in the course list: add a line for "c" to content/lessons/course.ts, or remove the folder',
    ]);
    expect(problems(['a', 'b', 'c', 'd'])).toEqual([
      'content/lessons/c/lesson.mdx: missing: every lesson in the course list (content/lessons/course.ts) needs its folder with a lesson.mdx',
      'content/lessons/d/lesson.mdx: missing: every lesson in the course list (content/lessons/course.ts) needs its folder with a lesson.mdx',
    ]);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

it('fails on a component that is not registered', () => {
  expect(problemsOf([lesson('a', 1, '<FancyWidget />')], ['a'])).toEqual([
    'content/lessons/a/lesson.mdx: component <FancyWidget>: not registered (see lib/widgets.ts for the components authors may use)',
  ]);
});

it('fails on YAML that does not parse', () => {
  const broken = { ...lesson('a', 1), source: '---\ntitle: [unclosed\n---\nText' };
  const [problem] = problemsOf([broken], ['a']);
  expect(problem).toMatch(/^content\/lessons\/a\/lesson\.mdx: frontmatter is not valid YAML: /);
});

it('componentsUsed ignores tags inside code', () => {
  expect(componentsUsed('<Callout>x</Callout>\n\n```tsx\n<NotAComponent />\n```\n\nUse `<Inline />` here')).toEqual(['Callout']);
});

it('compileMdx compiles and collects h2/h3 headings with ids', async () => {
  const { headings } = await compileMdx('## First part\n\ntext\n\n### A detail\n\n## Recap\n', 'content/lessons/x.mdx');
  expect(headings).toEqual([
    { id: 'first-part', text: 'First part', depth: 2 },
    { id: 'a-detail', text: 'A detail', depth: 3 },
    { id: 'recap', text: 'Recap', depth: 2 },
  ]);
});

it('compileMdx makes code blocks and tables labelled regions, and labels each table cell with its column header', async () => {
  const { code } = await compileMdx('```json\n{}\n```\n\n```\nplain\n```\n\n| Target | Limit |\n|---|---|\n| Lambda | 15 min |\n', 'content/lessons/x.mdx');
  expect(code).toContain('"aria-label":"Code example 1 (JSON)"');
  expect(code).toContain('"aria-label":"Code example 2"');
  expect(code).toContain('"aria-label":"Table: Target, Limit"');
  expect(code).toContain('"data-label":"Limit"');
  expect(code).toContain('"data-cards":""');
});

it('compileMdx names the file and line when the MDX does not compile', async () => {
  await expect(compileMdx('Intro\n\n<Callout>\nnever closed\n', path.join(dir, 'x.mdx'))).rejects.toThrow(
    'content/lessons/x.mdx:3:1: MDX does not compile: Expected a closing tag for `<Callout>`',
  );
});

it('compileMdx checks widget props against lib/widgets.ts, naming the file, line and prop', async () => {
  const source =
    '---\ntitle: "x"\n---\nIntro\n\n<SecurityChecklist list="control-plane" />\n\n<SecurityChecklist list="controlplane" />\n\n<SecurityChecklist />\n\n<ResponsibilityQuiz round="fargate" />\n';
  await expect(compileMdx(source, path.join(dir, 'x.mdx'))).rejects.toMatchObject({
    problems: [
      'content/lessons/x.mdx:8: <SecurityChecklist>: prop "list": expected list to be one of fargate-challenges, control-plane, application, got "controlplane"',
      'content/lessons/x.mdx:10: <SecurityChecklist>: prop "list": expected list to be one of fargate-challenges, control-plane, application, got nothing',
      'content/lessons/x.mdx:12: <ResponsibilityQuiz>: prop "round": not expected here (check the spelling)',
    ],
  });
});
