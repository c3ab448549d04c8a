import { expect, it } from 'vitest';
import { lessonCollection } from './lessons';

const good = {
  title: 'Ways to run containers on AWS',
  summary: 'Self-managed Docker on a VM versus the managed services.',
  order: 1,
  objectives: ['Explain what ECS does'],
  updated: new Date('2026-11-26T00:00:00Z'),
  sources: [{ id: 'ecs-welcome', title: 'ECS guide', url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/Welcome.html' }],
};

const file = 'content/lessons/container-options.mdx';
/** The lesson collection's verdict on one lesson with this frontmatter (a course of one slug). */
const parseFrontmatter = (shown: string, data: unknown) => {
  const result = lessonCollection({ expectedSlugs: ['container-options'], read: () => [] }).validate([
    { file: shown, data: { slug: 'container-options', frontmatter: data, body: '' } },
  ]);
  return result.status === 'ok'
    ? { status: 'ok' as const, value: (({ slug: _slug, file: _file, widgets: _widgets, time: _time, minutes: _minutes, ...rest }) => rest)(result.value[0]) }
    : result;
};
const errorsFor = (data: unknown) => {
  const result = parseFrontmatter(file, data);
  return result.status === 'invalid' ? result.errors : [];
};

it('lesson frontmatter: accepts a complete frontmatter and normalises the date', () => {
  const result = parseFrontmatter(file, good);
  expect(result).toEqual({ status: 'ok', value: { ...good, updated: '2026-11-26', checkUp: false } });
});

it('lesson frontmatter: accepts the date written as a string', () => {
  expect(parseFrontmatter(file, { ...good, updated: '2026-01-05' }).status).toBe('ok');
});

it('lesson frontmatter: names the file and a missing field', () => {
  const { title: _title, ...rest } = good;
  expect(errorsFor(rest)).toEqual([`${file}: frontmatter field "title": expected a title as text, got nothing`]);
});

it('lesson frontmatter: rejects a hand-typed reading time (it is computed, issue 28)', () => {
  expect(errorsFor({ ...good, minutes: 10 })).toEqual([
    `${file}: frontmatter field "minutes": expected no minutes: the time is computed from the lesson and its check-up (docs/reading-time.md), got 10`,
  ]);
});

it('lesson frontmatter: source ids are kebab-case and unique, and so are their URLs', () => {
  const url = good.sources[0].url;
  expect(errorsFor({ ...good, sources: [{ title: 'x', url }] })).toEqual([
    `${file}: frontmatter field "sources.0.id": expected a source id that <Cite source="..." /> names as text, got nothing`,
  ]);
  const [id, repeatedUrl, ...rest] = errorsFor({
    ...good,
    sources: [
      { id: 'a', title: 'x', url },
      { id: 'a', title: 'y', url },
    ],
  });
  expect(id).toBe(`${file}: frontmatter field "sources.1.id": expected a unique id, but "a" is also sources.0, got "a"`);
  expect(repeatedUrl.startsWith(`${file}: frontmatter field "sources.1.url": expected a unique url, but "${url}" is also sources.0`)).toBe(true);
  expect(rest).toEqual([]);
});

it('lesson frontmatter: rejects a fractional order', () => {
  expect(errorsFor({ ...good, order: 1.5 })).toEqual([`${file}: frontmatter field "order": expected a whole number (the lesson position, 1 = first), got 1.5`]);
});

it('lesson frontmatter: rejects an empty objectives list', () => {
  expect(errorsFor({ ...good, objectives: [] })).toEqual([`${file}: frontmatter field "objectives": expected at least one learning objective, got []`]);
});

it('lesson frontmatter: rejects a malformed date', () => {
  expect(errorsFor({ ...good, updated: '26/11/2026' })).toEqual([
    `${file}: frontmatter field "updated": expected a date written as YYYY-MM-DD, got "26/11/2026"`,
  ]);
});

it('lesson frontmatter: rejects a source without https', () => {
  expect(errorsFor({ ...good, sources: [{ id: 'x', title: 'x', url: 'http://example.com' }] })).toEqual([
    `${file}: frontmatter field "sources.0.url": expected an https:// URL, got "http://example.com"`,
  ]);
});

it('lesson frontmatter: rejects a source given as a bare string', () => {
  expect(errorsFor({ ...good, sources: ['https://example.com'] })).toEqual([
    `${file}: frontmatter field "sources.0": expected a source as { id, title, url }, got "https://example.com"`,
  ]);
});

it('lesson frontmatter: rejects unknown fields so typos are caught', () => {
  expect(errorsFor({ ...good, sumary: 'typo' })).toEqual([`${file}: frontmatter field "sumary": not expected here (check the spelling)`]);
});

it('lesson frontmatter: reports a file with no frontmatter at all', () => {
  expect(errorsFor(undefined)).toEqual([
    `${file}: frontmatter field "(root)": expected a frontmatter block between --- lines at the top of the file, got nothing`,
  ]);
});
