import { expect, it } from 'vitest';
import { checklistContent } from '@/content/checklists';
import { checklistsCollection, MAX_CHECK_LENGTH } from './schema';
import { CHECKLIST_IDS, type ChecklistsContent } from './types';

type ChecklistItemContent = ChecklistsContent['lists'][number]['items'][number];

/** The collection's verdict on this data (lesson titles come from the real lessons). */
function validateChecklists(data: unknown) {
  const result = checklistsCollection.validate([{ file: 'content/checklists', data }]);
  if (result.status === 'invalid') throw new Error(result.errors.join('\n'));
  return result.value;
}
const problemsOf = (run: () => unknown) => {
  try {
    run();
    return [];
  } catch (error) {
    return (error as Error).message.split('\n');
  }
};

const item = (id: string, extra: Partial<ChecklistItemContent> = {}): ChecklistItemContent => ({
  id,
  check: `Check ${id} is in place.`,
  why: 'Because a reviewer needs to know why this matters for the service.',
  how: { service: 'Amazon ECS', steps: 'Set the field in the task definition and redeploy.' },
  appliesTo: 'both',
  severity: 'high',
  sources: ['ecs'],
  ...extra,
});

/** A small valid file: one item per list, the Fargate one paired with a challenge. */
function fixture(): ChecklistsContent {
  return {
    sources: { ecs: { title: 'Amazon ECS developer guide', url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/Welcome.html' } },
    lists: [
      {
        id: 'fargate-challenges',
        title: 'Fargate',
        summary: 'Challenges.',
        lesson: 'fargate-security',
        items: [item('f-one', { challenge: { name: 'No host view', stillTrue: 'Yes.' } })],
      },
      { id: 'control-plane', title: 'Control plane', summary: 'Around the task.', lesson: 'ecs-security-control-plane', items: [item('c-one')] },
      { id: 'application', title: 'Application', summary: 'Inside the task.', lesson: 'ecs-security-application', items: [item('a-one')] },
    ],
  };
}

const lists = validateChecklists(checklistContent);

it('the real checklists in content/checklists: validate, in the fixed order, with every list non-empty', () => {
  expect(lists.map((list) => list.id)).toEqual([...CHECKLIST_IDS]);
  for (const list of lists) expect(list.items.length).toBeGreaterThan(3);
});

it('the real checklists in content/checklists: pair every Fargate item with a challenge and cover all six challenges from the notes', () => {
  const fargate = lists.find((list) => list.id === 'fargate-challenges')!;
  expect(new Set(fargate.items.map((entry) => entry.challenge?.name)).size).toBe(6);
});

it('the real checklists in content/checklists: give every "Updated" fact a date and a source URL, and resolve every source', () => {
  const items = lists.flatMap((list) => list.items);
  const updated = items.filter((entry) => entry.updated);
  expect(updated.length).toBeGreaterThanOrEqual(4);
  for (const entry of updated) {
    expect(entry.updated!.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    expect(entry.updated!.source.url).toMatch(/^https:\/\//);
  }
  for (const entry of items) expect(entry.sources.every((source) => source.url.startsWith('https://'))).toBe(true);
});

it('the real checklists in content/checklists: offer items for EC2 only, so the launch-type filter changes what is shown', () => {
  const items = lists.flatMap((list) => list.items);
  expect(items.some((entry) => entry.appliesTo === 'ec2')).toBe(true);
  expect(items.some((entry) => entry.appliesTo === 'fargate')).toBe(true);
});

it('validateChecklists: resolves source keys and lesson titles', () => {
  const [fargate] = validateChecklists(fixture());
  expect(fargate.lessonTitle).toBe('Security challenges on Fargate');
  expect(fargate.items[0].sources).toEqual([
    { title: 'Amazon ECS developer guide', url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/Welcome.html' },
  ]);
});

it('validateChecklists: names the list, item and field of a schema problem', () => {
  const data = fixture();
  data.lists[1].items[0].why = '';
  (data.lists[2].items[0] as { severity: string }).severity = 'urgent';
  expect(problemsOf(() => validateChecklists(data))).toEqual([
    'content/checklists: list "control-plane", item "c-one", field "why": expected "why it matters" (a sentence or more) of at least 40 characters, got ""',
    'content/checklists: list "application", item "a-one", field "severity": expected one of critical, high, medium, low, got "urgent"',
  ]);
});

it('validateChecklists: rejects a check longer than one line', () => {
  const data = fixture();
  data.lists[1].items[0].check = 'x'.repeat(MAX_CHECK_LENGTH + 1);
  expect(problemsOf(() => validateChecklists(data))[0]).toContain(`expected a one-line check of at most ${MAX_CHECK_LENGTH} characters`);
});

it('validateChecklists: rejects unknown fields, placeholder text and non-https sources', () => {
  const data = fixture();
  (data.lists[0].items[0] as unknown as Record<string, unknown>).severityy = 'high';
  data.lists[1].items[0].how.steps = 'TODO: write the steps for this item later on.';
  data.sources.ecs.url = 'http://docs.aws.amazon.com/';
  const problems = problemsOf(() => validateChecklists(data));
  expect(problems).toContain('content/checklists: list "fargate-challenges", item "f-one", field "severityy": not expected here (check the spelling)');
  expect(problems.some((line) => line.includes('item "c-one", field "how.steps": expected how to do it (a sentence or more) without placeholder text'))).toBe(
    true,
  );
  expect(problems.some((line) => line.startsWith('content/checklists: source "ecs", field "url": expected an https:// URL'))).toBe(true);
});

it('validateChecklists: rejects hedges such as "could not confirm" in an item', () => {
  const data = fixture();
  data.lists[1].items[0].why = 'We could not confirm this in an AWS document, so check it yourself.';
  const problems = problemsOf(() => validateChecklists(data));
  expect(problems.some((line) => line.includes('item "c-one", field "why"') && line.includes('without hedges such as "not confirmed"'))).toBe(true);
});

it('validateChecklists: rejects ids used twice across lists, unknown sources and a missing list', () => {
  const data = fixture();
  data.lists[2].items[0].id = 'c-one';
  data.lists[1].items[0].sources = ['ecs', 'nope'];
  expect(problemsOf(() => validateChecklists(data))).toEqual([
    'content/checklists: list "control-plane", item "c-one": field "sources": unknown source "nope", expected a key of "sources" (content/checklists/sources.ts)',
    'content/checklists: list "application", item "c-one": id also used in list "control-plane", expected ids unique across all lists (they are stored in browsers and exports)',
  ]);
  const missing = fixture();
  missing.lists.pop();
  expect(problemsOf(() => validateChecklists(missing))).toEqual(['content/checklists: list "application": missing: every checklist id needs a list']);
});

it('validateChecklists: names a list, an item id, a cited source and a source URL used twice', () => {
  const data = fixture();
  data.lists.push({ ...data.lists[2], items: [item('a-two')] });
  data.lists[1].items.push(item('c-one'));
  data.lists[0].items[0].sources = ['ecs', 'ecs'];
  data.lists[1].items[0].sources = ['ecs', 'copy'];
  data.sources.copy = { ...data.sources.ecs, title: 'The same page again' };
  expect(problemsOf(() => validateChecklists(data)).sort()).toEqual([
    'content/checklists: list "application": id used twice, expected each checklist once',
    'content/checklists: list "control-plane", item "c-one": id also used earlier in this list, expected ids unique across all lists (they are stored in browsers and exports)',
    'content/checklists: list "fargate-challenges", item "f-one": field "sources": "ecs" listed twice',
    'content/checklists: source "copy": same URL as source "ecs"',
  ]);
});

it('validateChecklists: requires a challenge on Fargate items only, and unused sources are reported', () => {
  const data = fixture();
  delete data.lists[0].items[0].challenge;
  data.lists[1].items[0].challenge = { name: 'No host view', stillTrue: 'Yes.' };
  data.sources.unused = { title: 'Unused page', url: 'https://aws.amazon.com/' };
  expect(problemsOf(() => validateChecklists(data))).toEqual([
    'content/checklists: list "fargate-challenges", item "f-one": field "challenge": expected the Fargate challenge from the notes that this item mitigates',
    'content/checklists: list "control-plane", item "c-one": field "challenge": only items of the "fargate-challenges" list pair with a challenge',
    'content/checklists: source "unused": not used by any item: remove it or cite it',
  ]);
});

it('validateChecklists: requires an "Updated" fact to carry a real date and a cited source', () => {
  const data = fixture();
  data.lists[1].items[0].updated = { date: '2025-13-40', text: 'Since late 2025 the service does this differently from the notes.', source: 'ecs' };
  data.lists[2].items[0].updated = { date: 'November 2025', text: 'Since late 2025 the service does this differently from the notes.', source: 'ecs' };
  const problems = problemsOf(() => validateChecklists(data));
  expect(problems).toEqual([
    'content/checklists: list "application", item "a-one", field "updated.date": expected a date written as YYYY-MM-DD or YYYY-MM, got "November 2025"',
  ]);
  data.lists[2].items[0].updated!.date = '2025-11';
  expect(problemsOf(() => validateChecklists(data))).toEqual([
    'content/checklists: list "control-plane", item "c-one": field "updated.date": "2025-13-40" is not a real date',
  ]);
});
