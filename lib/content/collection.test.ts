import { expect, it } from 'vitest';
import { z } from 'zod';
import { checklistContent } from '@/content/checklists';
import { chooserContent } from '@/content/chooser';
import { DIAGRAM_FILES } from '@/content/diagrams';
import { glossary } from '@/content/glossary';
import { questionsByLesson } from '@/content/lessons/questions';
import { responsibilityMatrix } from '@/content/responsibility-matrix';
import { checklistsCollection } from '../checklists/schema';
import { chooserCollection } from '../chooser/schema';
import { diagramsCollection } from '../diagrams/load';
import { questionBank } from '../questions/load';
import { matrixCollection } from '../quiz/schema';
import { defineCollection, type Collection } from './collection';
import { glossaryCollection } from './glossary';
import { lessons } from './lessons';

const pets = (load: () => unknown) =>
  defineCollection({
    name: 'pets',
    file: 'content/pets.ts',
    load,
    schema: z.array(z.strictObject({ id: z.string(), legs: z.number({ error: 'expected a number of legs' }) })),
    crossCheck: (list, file) => (new Set(list.map((pet) => pet.id)).size === list.length ? [] : [`${file}: ids used twice`]),
    resolve: (list) => list.map((pet) => pet.id),
  });

it('defineCollection validates once, resolves, and names the file and field of every problem', () => {
  let reads = 0;
  const valid = pets(() => (reads++, [{ id: 'cat', legs: 4 }]));
  expect(valid.get()).toEqual(['cat']);
  expect(valid.get()).toEqual(['cat']);
  expect(reads).toBe(1);
  expect(valid.check()).toEqual([]);
  expect(pets(() => [{ id: 'cat', legs: 'four', tail: true }]).check()).toEqual([
    'content/pets.ts: field "0.legs": expected a number of legs, got "four"',
    'content/pets.ts: field "0.tail": not expected here (check the spelling)',
  ]);
  expect(() =>
    pets(() => [
      { id: 'cat', legs: 4 },
      { id: 'cat', legs: 3 },
    ]).get(),
  ).toThrow('content/pets.ts: ids used twice');
});

it('defineCollection with one record per file reports every bad file, and problems found before the schema', () => {
  const notes = defineCollection({ name: 'notes', files: () => [], schema: z.strictObject({ text: z.string({ error: 'expected text' }) }) });
  expect(
    notes.validate([
      { file: 'a.md', data: { text: 'fine' } },
      { file: 'b.md', data: { text: 1 } },
      { file: 'c.md', data: undefined, error: 'missing' },
    ]),
  ).toEqual({ status: 'invalid', errors: ['b.md: field "text": expected text, got 1', 'c.md: missing'] });
});

/** Each collection of the course, with a copy of its real data where one field is wrong: the message names both. */
const broken: { collection: Collection<unknown>; file: string; data: unknown; expected: string }[] = [
  {
    collection: lessons,
    file: 'content/lessons/launch-types.mdx',
    data: {
      slug: 'launch-types',
      frontmatter: {
        title: 'ECS launch types',
        summary: 'x',
        order: 2,
        objectives: ['a'],
        updated: '2026-11-01',
        sources: [{ id: 'Not Kebab', title: 'x', url: 'https://aws.amazon.com/' }],
      },
      body: '',
    },
    expected: 'content/lessons/launch-types.mdx: frontmatter field "sources.0.id": expected a source id that <Cite source="..." /> names in kebab-case',
  },
  {
    collection: glossaryCollection,
    file: 'content/glossary.ts',
    data: glossary.map((entry, index) => (index === 0 ? { ...entry, source: 'http://example.com' } : entry)),
    expected: `content/glossary.ts: entry "${glossary[0].id}", field "source": expected an https:// source URL`,
  },
  {
    collection: checklistsCollection,
    file: 'content/checklists',
    data: {
      ...checklistContent,
      lists: checklistContent.lists.map((list, index) =>
        index === 1 ? { ...list, items: [{ ...list.items[0], severity: 'urgent' }, ...list.items.slice(1)] } : list,
      ),
    },
    expected: `content/checklists: list "${checklistContent.lists[1].id}", item "${checklistContent.lists[1].items[0].id}", field "severity": expected one of critical, high, medium, low, got "urgent"`,
  },
  {
    collection: chooserCollection,
    file: 'content/chooser',
    data: { ...chooserContent, asOf: 'November' },
    expected: 'content/chooser: field "asOf": expected a month as YYYY-MM, got "November"',
  },
  {
    collection: matrixCollection,
    file: 'content/responsibility-matrix.ts',
    data: { ...responsibilityMatrix, rounds: [{ ...responsibilityMatrix.rounds[0], title: '' }, ...responsibilityMatrix.rounds.slice(1)] },
    expected: `content/responsibility-matrix.ts: field "rounds.0.title" (round "${responsibilityMatrix.rounds[0].id}"): expected a short round title, got an empty string`,
  },
  {
    collection: diagramsCollection,
    file: DIAGRAM_FILES['launch-type'].file,
    data: { ...DIAGRAM_FILES['launch-type'].data, height: 50 },
    expected: `${DIAGRAM_FILES['launch-type'].file}: field "height": expected a frame at least 200 px high, got 50`,
  },
  {
    collection: questionBank,
    file: 'content/questions/launch-types.ts',
    data: (questionsByLesson['launch-types'] as { id: string }[]).map((question, index) =>
      index === 0 ? { ...question, section: 'Not An Anchor' } : question,
    ),
    expected: `content/questions/launch-types.ts: question "${(questionsByLesson['launch-types'] as { id: string }[])[0].id}", field "section": expected a section id such as "capacity-providers", got "Not An Anchor"`,
  },
];

it.each(broken.map((entry) => [entry.collection.name, entry] as const))(
  'the %s collection names the file and the field of a bad record',
  (_name, { collection, file, data, expected }) => {
    const result = collection.validate([{ file, key: file, data }]);
    expect(result.status).toBe('invalid');
    expect(result.status === 'invalid' && result.errors.some((line) => line.startsWith(expected))).toBe(true);
  },
);

it('every collection of the course is valid', () => {
  for (const collection of [lessons, glossaryCollection, checklistsCollection, chooserCollection, matrixCollection, diagramsCollection, questionBank])
    expect(collection.check(), collection.name).toEqual([]);
});
