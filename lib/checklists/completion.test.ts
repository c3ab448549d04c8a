import { expect, test } from 'vitest';
import { isComplete, justCompleted, shownProgress } from './completion';
import { EMPTY_CHECKLIST_STATE, setChecked, setFilter, type ChecklistState } from './state';
import type { AppliesTo } from './types';

const items: { id: string; appliesTo: AppliesTo }[] = [
  { id: 'a', appliesTo: 'both' },
  { id: 'b', appliesTo: 'fargate' },
  { id: 'c', appliesTo: 'ec2' },
];
const ticked = (state: ChecklistState, ...ids: string[]) => ids.reduce((next, id) => setChecked(next, id, true), state);

test('the tick that completes the shown items is the moment to record, with the progress to record', () => {
  const before = ticked(EMPTY_CHECKLIST_STATE, 'a', 'b');
  expect(justCompleted(items, before, ticked(before, 'c'))).toEqual({ done: 3, total: 3, percent: 100 });
});

test('a tick that leaves items open, or one on a list already complete, records nothing', () => {
  expect(justCompleted(items, EMPTY_CHECKLIST_STATE, ticked(EMPTY_CHECKLIST_STATE, 'a'))).toBeNull();
  const complete = ticked(EMPTY_CHECKLIST_STATE, 'a', 'b', 'c');
  expect(justCompleted(items, complete, setChecked(complete, 'c', true))).toBeNull();
  expect(justCompleted(items, complete, setChecked(complete, 'c', false))).toBeNull();
});

test('only the items the filter shows count: under Fargate, ticking the Fargate items completes the list', () => {
  const fargate = ticked(setFilter(EMPTY_CHECKLIST_STATE, 'fargate'), 'a');
  expect(shownProgress(items, fargate)).toEqual({ done: 1, total: 2, percent: 50 });
  expect(justCompleted(items, fargate, ticked(fargate, 'b'))).toEqual({ done: 2, total: 2, percent: 100 });
});

test('an empty list is never complete', () => {
  expect(isComplete({ done: 0, total: 0, percent: 0 })).toBe(false);
  expect(justCompleted([], EMPTY_CHECKLIST_STATE, EMPTY_CHECKLIST_STATE)).toBeNull();
});
