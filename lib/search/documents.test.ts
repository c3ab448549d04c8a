import { beforeAll, describe, expect, it } from 'vitest';
import { compileLesson } from '../content/compile';
import { getLessons } from '../content/lessons';
import { getGlossary } from '../content/glossary';
import { searchDocuments } from './documents';
import { createSearchIndex, excerpt, runSearch } from './query';
import type { SearchDocument } from './types';

describe('the search index', () => {
  let documents: SearchDocument[] = [];
  // Compiling the seven lessons takes seconds on a busy machine: done once, outside any test's time limit.
  beforeAll(async () => {
    documents = await searchDocuments();
  }, 120_000);

  it('indexes every lesson section once, with its anchor, plus every glossary term', async () => {
    const urls = documents.filter((document) => document.id.startsWith('lesson:')).map((document) => document.url);
    for (const lesson of getLessons()) {
      const { headings } = await compileLesson(lesson.slug)!;
      for (const heading of headings) expect(urls.filter((url) => url === `/lessons/${lesson.slug}#${heading.id}`)).toHaveLength(1);
      expect(urls).toContain(`/lessons/${lesson.slug}`);
    }
    for (const entry of getGlossary()) expect(documents.map((document) => document.url)).toContain(`/glossary#${entry.id}`);
    expect(documents.some((document) => document.group === 'Security checklists')).toBe(true);
    expect(documents.some((document) => document.group === 'Launch-type chooser')).toBe(true);
  });

  it('indexes every question of the bank once, linking to the section that teaches it', async () => {
    const { getQuestionBank } = await import('../questions/load');
    const questions = documents.filter((document) => document.group === 'Self-quiz questions');
    const bank = getQuestionBank();
    expect(questions).toHaveLength(bank.length);
    const sections = new Set(documents.filter((document) => document.id.startsWith('lesson:')).map((document) => document.url));
    for (const question of bank) {
      const document = questions.find((entry) => entry.id === `question:${question.id}`)!;
      expect(document).toMatchObject({ title: question.prompt, url: `/lessons/${question.lesson}#${question.section}` });
      expect(sections, `${question.id} links to a section that search knows`).toContain(document.url);
    }
  });

  it('takes one more source without other changes, and refuses duplicate ids', async () => {
    const extra = () => [{ id: 'question:q1', group: 'Self-quiz', title: 'Why a task role?', url: '/practice#q1', text: 'Explanation.' }];
    expect((await searchDocuments([extra])).map((document) => document.id)).toEqual(['question:q1']);
    await expect(searchDocuments([extra, extra])).rejects.toThrow(/"question:q1" comes twice/);
  });

  // Query time (well under 50 ms) is measured in the e2e search journey's report, not asserted: it is machine speed.
  it('finds sections by prefix and despite a typo, lessons before reference groups', async () => {
    const index = createSearchIndex(documents);
    const groups = runSearch(index, 'execution role');
    expect(groups[0].hits[0].url).toBe('/lessons/ecs-security-application#three-roles-three-jobs');
    expect(groups.findIndex((group) => group.label === 'Glossary')).toBeGreaterThan(groups.findIndex((group) => group.label.startsWith('Securing')));
    expect(runSearch(index, 'fargte').flatMap((group) => group.hits.map((hit) => hit.title))).toContain('AWS Fargate');
    expect(runSearch(index, 'exec role').flatMap((group) => group.hits.map((hit) => hit.url))).toContain(
      '/lessons/ecs-security-application#three-roles-three-jobs',
    );
    expect(runSearch(index, '   ')).toEqual([]);
  });
});

describe('excerpt', () => {
  it('cuts around the first match at word boundaries and marks every match', () => {
    const text = `${'word '.repeat(40)}the task execution role pulls images; the execution role also writes logs ${'tail '.repeat(40)}`;
    const parts = excerpt(text, ['execution', 'role'], 30);
    expect(parts[0].text.startsWith('…')).toBe(true);
    expect(parts.at(-1)!.text.endsWith('…')).toBe(true);
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(['execution', 'role', 'execution', 'role']);
  });
  it('starts at the beginning when nothing matches', () => {
    expect(excerpt('Short text.', [])).toEqual([{ text: 'Short text.', match: false }]);
  });
});
