import { describe, expect, it } from 'vitest';
import { readWidgetState, setWidgetState, emptyState } from '../learner-store';
import {
  applyImportedItems,
  CHECKLIST_STATE_KEY,
  countTouched,
  EMPTY_CHECKLIST_STATE,
  isChecklistState,
  itemState,
  MAX_NOTES_LENGTH,
  resetItems,
  setChecked,
  setFilter,
  setNotes,
} from './state';

describe('checklist state', () => {
  it('ticks, unticks and keeps only touched items', () => {
    let state = setChecked(EMPTY_CHECKLIST_STATE, 'a', true);
    expect(state.items).toEqual({ a: { checked: true, notes: '' } });
    state = setChecked(state, 'a', false);
    expect(state.items).toEqual({});
    expect(itemState(state, 'a')).toEqual({ checked: false, notes: '' });
    expect(EMPTY_CHECKLIST_STATE.items).toEqual({});
  });

  it('keeps notes on an unticked item and caps their length', () => {
    const state = setNotes(EMPTY_CHECKLIST_STATE, 'a', 'x'.repeat(MAX_NOTES_LENGTH + 50));
    expect(itemState(state, 'a')).toEqual({ checked: false, notes: 'x'.repeat(MAX_NOTES_LENGTH) });
    expect(isChecklistState(state)).toBe(true);
  });

  it('resets only the given items and keeps the filter', () => {
    let state = setFilter(EMPTY_CHECKLIST_STATE, 'fargate');
    state = setChecked(setChecked(setNotes(state, 'c', 'owner: platform team'), 'a', true), 'b', true);
    expect(countTouched(state, ['a', 'c'])).toEqual({ checked: 1, notes: 1 });
    state = resetItems(state, ['a', 'c']);
    expect(state.items).toEqual({ b: { checked: true, notes: '' } });
    expect(state.filter).toBe('fargate');
  });

  it('applies imported items over the current ones and keeps the rest', () => {
    const state = setChecked(setChecked(EMPTY_CHECKLIST_STATE, 'a', true), 'b', true);
    const next = applyImportedItems(state, { a: { checked: false, notes: '' }, c: { checked: true, notes: 'done in prod' } });
    expect(next.items).toEqual({ b: { checked: true, notes: '' }, c: { checked: true, notes: 'done in prod' } });
  });

  it('guards the stored slice: a corrupt or older slice reads as absent', () => {
    const good = setChecked(EMPTY_CHECKLIST_STATE, 'a', true);
    for (const [value, ok] of [
      [good, true],
      [{ ...good, version: 2 }, false],
      [{ ...good, filter: 'lambda' }, false],
      [{ ...good, items: { a: { checked: 'yes', notes: '' } } }, false],
      [{ ...good, items: { a: { checked: true, notes: 'x'.repeat(MAX_NOTES_LENGTH + 1) } } }, false],
      [{ ...good, items: [] }, false],
      ['{"version":1', false],
      [null, false],
    ] as const) {
      expect(isChecklistState(value), JSON.stringify(value).slice(0, 80)).toBe(ok);
    }
    const learner = setWidgetState(emptyState(), CHECKLIST_STATE_KEY, { version: 1, items: 'oops', filter: 'all' });
    expect(readWidgetState(learner, CHECKLIST_STATE_KEY, isChecklistState)).toBeUndefined();
  });
});
