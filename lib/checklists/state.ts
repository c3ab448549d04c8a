/**
 * The learner's checklist slice in the learner store: ticks, notes and the launch-type filter, shared by the
 * three lessons and /checklists. Pure updaters; a slice that fails the guard is treated as empty (discarded).
 */
import { isBoolean, isOneOf, isRecordOf, isShape, isString, type Guard } from '../guards';
import { LAUNCH_FILTERS, type LaunchFilter } from './types';

export const CHECKLIST_STATE_KEY = 'checklist:v1';
export const CHECKLIST_STATE_VERSION = 1;
/** Long enough for evidence and a ticket link; short enough that storage stays small. */
export const MAX_NOTES_LENGTH = 1000;

export type ItemState = { checked: boolean; notes: string };

export type ChecklistState = {
  version: typeof CHECKLIST_STATE_VERSION;
  /** Only items the learner touched; an absent id is unticked with no notes. */
  items: Record<string, ItemState>;
  filter: LaunchFilter;
};

export const isItemState: Guard<ItemState> = (value): value is ItemState =>
  isShape<ItemState>({ checked: isBoolean, notes: isString })(value) && value.notes.length <= MAX_NOTES_LENGTH;

export const isChecklistState: Guard<ChecklistState> = isShape<ChecklistState>({
  version: (value): value is typeof CHECKLIST_STATE_VERSION => value === CHECKLIST_STATE_VERSION,
  items: isRecordOf(isItemState),
  filter: isOneOf(LAUNCH_FILTERS),
});

export const EMPTY_CHECKLIST_STATE: ChecklistState = Object.freeze({ version: CHECKLIST_STATE_VERSION, items: {}, filter: 'all' }) as ChecklistState;

const UNTOUCHED: ItemState = Object.freeze({ checked: false, notes: '' }) as ItemState;

export function itemState(state: ChecklistState, id: string): ItemState {
  return Object.prototype.hasOwnProperty.call(state.items, id) ? state.items[id] : UNTOUCHED;
}

function withItem(state: ChecklistState, id: string, next: ItemState): ChecklistState {
  const items = { ...state.items };
  if (!next.checked && next.notes === '') delete items[id];
  else items[id] = next;
  return { ...state, items };
}

export function setChecked(state: ChecklistState, id: string, checked: boolean): ChecklistState {
  return withItem(state, id, { ...itemState(state, id), checked });
}

export function setNotes(state: ChecklistState, id: string, notes: string): ChecklistState {
  return withItem(state, id, { ...itemState(state, id), notes: notes.slice(0, MAX_NOTES_LENGTH) });
}

export function setFilter(state: ChecklistState, filter: LaunchFilter): ChecklistState {
  return { ...state, filter };
}

/** Clear ticks and notes of these items (a list's reset); the filter stays. */
export function resetItems(state: ChecklistState, ids: readonly string[]): ChecklistState {
  const items = { ...state.items };
  for (const id of ids) delete items[id];
  return { ...state, items };
}

/** Apply an imported file: each item in it replaces the current tick and notes; items not in it are kept. */
export function applyImportedItems(state: ChecklistState, imported: Record<string, ItemState>): ChecklistState {
  let next = state;
  for (const [id, value] of Object.entries(imported)) next = withItem(next, id, value);
  return next;
}

/** How much a reset would discard, for the confirmation text. */
export function countTouched(state: ChecklistState, ids: readonly string[]): { checked: number; notes: number } {
  let checked = 0;
  let notes = 0;
  for (const id of ids) {
    const value = itemState(state, id);
    if (value.checked) checked += 1;
    if (value.notes.trim() !== '') notes += 1;
  }
  return { checked, notes };
}
