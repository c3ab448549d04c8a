import { expect, test } from 'vitest';
import { z } from 'zod';
import { addRepeatedIdIssues, repeatedIds } from './fields';

test('repeatedIds: nothing for unique ids or an empty list', () => {
  expect(repeatedIds(['a', 'b', 'c'])).toEqual([]);
  expect(repeatedIds([])).toEqual([]);
});

test('repeatedIds: each later use of an id, in list order, with where it first stood', () => {
  expect(repeatedIds(['a', 'b', 'a', 'c', 'b', 'a'])).toEqual([
    { id: 'a', index: 2, first: 0 },
    { id: 'b', index: 4, first: 1 },
    { id: 'a', index: 5, first: 0 },
  ]);
});

test('addRepeatedIdIssues: a zod issue at the repeated id, naming it', () => {
  const schema = z
    .object({ steps: z.array(z.object({ id: z.string() })) })
    .superRefine((value, context) => addRepeatedIdIssues(context, value.steps, 'steps', 'step'));
  const result = schema.safeParse({ steps: [{ id: 'one' }, { id: 'two' }, { id: 'one' }] });
  expect(result.success).toBe(false);
  expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
    { path: ['steps', 2, 'id'], message: 'expected unique step ids, "one" is used twice' },
  ]);
  expect(schema.safeParse({ steps: [{ id: 'one' }, { id: 'two' }] }).success).toBe(true);
});
