/** Which items a launch-type filter shows, and how many of them are ticked. */
import { itemState, type ChecklistState } from './state';
import type { AppliesTo, LaunchFilter } from './types';

/** "EC2" shows items for EC2 or both launch types; "Fargate" likewise; "All" shows everything. */
export function matchesFilter(appliesTo: AppliesTo, filter: LaunchFilter): boolean {
  return filter === 'all' || appliesTo === 'both' || appliesTo === filter;
}

export function filterItems<T extends { appliesTo: AppliesTo }>(items: readonly T[], filter: LaunchFilter): T[] {
  return items.filter((item) => matchesFilter(item.appliesTo, filter));
}

export type Progress = { done: number; total: number; percent: number };

/** Ticked items out of the given ones; percent is rounded down so 100 means every item is done. */
export function progressOf(items: readonly { id: string }[], state: ChecklistState): Progress {
  const total = items.length;
  const done = items.filter((item) => itemState(state, item.id).checked).length;
  return { done, total, percent: total === 0 ? 0 : Math.floor((done / total) * 100) };
}

/** Progress of each list and of all of them together, counting only the items the filter shows. */
export function checklistProgress<L extends { id: string; items: readonly { id: string; appliesTo: AppliesTo }[] }>(
  lists: readonly L[],
  state: ChecklistState,
  filter: LaunchFilter = state.filter,
): { lists: Record<string, Progress>; overall: Progress } {
  const perList: Record<string, Progress> = {};
  const shown: { id: string }[] = [];
  for (const list of lists) {
    const items = filterItems(list.items, filter);
    perList[list.id] = progressOf(items, state);
    shown.push(...items);
  }
  return { lists: perList, overall: progressOf(shown, state) };
}
