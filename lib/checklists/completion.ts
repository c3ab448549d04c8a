/**
 * When a checklist counts as completed: every item the launch-type filter shows is ticked. A result is recorded
 * at the moment a tick completes it, not again while it stays complete, and never for an empty filtered list.
 */
import { filterItems, progressOf, type Progress } from './progress';
import type { ChecklistState } from './state';
import type { AppliesTo } from './types';

type Items = readonly { id: string; appliesTo: AppliesTo }[];

/** The progress of the items shown under the state's own filter. */
export function shownProgress(items: Items, state: ChecklistState): Progress {
  return progressOf(filterItems(items, state.filter), state);
}

export function isComplete(progress: Progress): boolean {
  return progress.total > 0 && progress.done === progress.total;
}

/** The progress to record when the change from `before` to `after` completed the list, else null. */
export function justCompleted(items: Items, before: ChecklistState, after: ChecklistState): Progress | null {
  const then = shownProgress(items, before);
  const now = shownProgress(items, after);
  return isComplete(now) && then.done < then.total ? now : null;
}
