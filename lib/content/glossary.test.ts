import { expect, it } from 'vitest';
import { glossary } from '@/content/glossary';
import { checkGlossaryLessons, glossaryCollection, linkPhrases, type GlossaryEntry } from './glossary';

/** The glossary collection's verdict on this data: the entries, or every problem as a thrown message. */
function validateGlossary(data: unknown): GlossaryEntry[] {
  const result = glossaryCollection.validate([{ file: 'content/glossary.ts', data }]);
  if (result.status === 'invalid') throw new Error(result.errors.join('\n'));
  return result.value;
}

const entry = {
  id: 'fargate',
  term: 'AWS Fargate',
  lesson: '/lessons/launch-types#ecs-on-fargate',
  definition: 'A serverless compute engine for containers.',
  source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html',
};

it('glossary validation: accepts the course glossary: every term has a lesson section and a source', () => {
  const entries = validateGlossary(glossary);
  expect(entries.length).toBeGreaterThanOrEqual(40);
  expect(entries.every((item) => item.source.startsWith('https://') && item.lesson.startsWith('/lessons/'))).toBe(true);
});

it('glossary validation: names the file, entry and field of a missing source or lesson', () => {
  const { source: _source, ...noSource } = entry;
  expect(() => validateGlossary([noSource])).toThrow('content/glossary.ts: entry "fargate", field "source": expected an https:// source URL, got nothing');
  expect(() => validateGlossary([{ ...entry, lesson: 'launch-types' }])).toThrow(/entry "fargate", field "lesson": expected a lesson section/);
});

it('glossary validation: rejects a phrase that links two terms', () => {
  expect(() => validateGlossary([entry, { ...entry, id: 'fargate-2', links: ['aws fargate'] }])).toThrow(/"aws fargate" also links "fargate"/);
});

it('glossary validation: links by the term unless phrases are given', () => {
  expect(linkPhrases(entry)).toEqual(['AWS Fargate']);
  expect(linkPhrases({ ...entry, links: [] })).toEqual([]);
});

it('glossary validation: reports a lesson section that does not exist', () => {
  const entries = validateGlossary([
    entry,
    { ...entry, id: 'spot', links: [], lesson: '/lessons/launch-types#spot' },
    { ...entry, id: 'x', links: [], lesson: '/lessons/nope#a' },
  ]);
  expect(checkGlossaryLessons(entries, { 'launch-types': ['ecs-on-fargate'] })).toEqual([
    'content/glossary.ts: entry "spot", field "lesson": lesson "launch-types" has no heading "#spot"',
    'content/glossary.ts: entry "x", field "lesson": no lesson "nope"',
  ]);
});
