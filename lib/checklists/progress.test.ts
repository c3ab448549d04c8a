import { describe, expect, it } from 'vitest';
import { checklistProgress, filterItems, matchesFilter, progressOf } from './progress';
import { EMPTY_CHECKLIST_STATE, setChecked } from './state';
import type { AppliesTo } from './types';

const items = (specs: [string, AppliesTo][]) => specs.map(([id, appliesTo]) => ({ id, appliesTo }));
const lists = [
  {
    id: 'one',
    items: items([
      ['a', 'ec2'],
      ['b', 'fargate'],
      ['c', 'both'],
    ]),
  },
  {
    id: 'two',
    items: items([
      ['d', 'fargate'],
      ['e', 'both'],
      ['f', 'ec2'],
      ['g', 'both'],
    ]),
  },
];

describe('launch-type filter', () => {
  it('shows items for the launch type or for both', () => {
    expect(matchesFilter('both', 'ec2')).toBe(true);
    expect(matchesFilter('fargate', 'ec2')).toBe(false);
    expect(matchesFilter('ec2', 'all')).toBe(true);
    expect(filterItems(lists[0].items, 'fargate').map((item) => item.id)).toEqual(['b', 'c']);
    expect(filterItems(lists[0].items, 'ec2').map((item) => item.id)).toEqual(['a', 'c']);
    expect(filterItems(lists[0].items, 'all').map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('progress', () => {
  it('counts ticked items and rounds the percentage down', () => {
    const state = setChecked(setChecked(EMPTY_CHECKLIST_STATE, 'a', true), 'b', true);
    expect(progressOf(lists[0].items, state)).toEqual({ done: 2, total: 3, percent: 66 });
    expect(progressOf([], state)).toEqual({ done: 0, total: 0, percent: 0 });
  });

  it('gives per-list and overall progress for the filtered items only', () => {
    let state = EMPTY_CHECKLIST_STATE;
    for (const id of ['a', 'b', 'd', 'g']) state = setChecked(state, id, true);
    expect(checklistProgress(lists, state, 'all')).toEqual({
      lists: { one: { done: 2, total: 3, percent: 66 }, two: { done: 2, total: 4, percent: 50 } },
      overall: { done: 4, total: 7, percent: 57 },
    });
    expect(checklistProgress(lists, state, 'fargate')).toEqual({
      lists: { one: { done: 1, total: 2, percent: 50 }, two: { done: 2, total: 3, percent: 66 } },
      overall: { done: 3, total: 5, percent: 60 },
    });
    const ec2 = checklistProgress(lists, state, 'ec2');
    expect(ec2.overall).toEqual({ done: 2, total: 5, percent: 40 });
  });

  it('uses the stored filter by default and ignores ticks of items no list has', () => {
    const state = { ...setChecked(setChecked(EMPTY_CHECKLIST_STATE, 'gone', true), 'a', true), filter: 'ec2' as const };
    expect(checklistProgress(lists, state).overall).toEqual({ done: 1, total: 5, percent: 20 });
  });
});
