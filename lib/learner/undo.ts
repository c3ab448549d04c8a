/**
 * Undo of the last answer in a /quiz session (one level). Before an answer is saved, the item's entry is noted as it
 * was; undo puts that entry back (or removes the item if the answer created it), so the schedule and the log are
 * exactly as before the answer. Undo applies only while the item still holds the answer being undone: if another tab
 * (or a later answer) changed it since, undoing would throw that change away, so it is refused and the caller says so.
 */
import type { LearnerState, ReviewItem } from './schema';

/** What an answer changed: the item before it and after it (undefined: the item did not exist / was not scheduled). */
export type UndoPoint = { itemId: string; before: ReviewItem | undefined; after: ReviewItem | undefined };

export type UndoOutcome = { status: 'undone'; state: LearnerState } | { status: 'changed-since'; state: LearnerState };

/** Note what an answer changed, from the record before and after it. */
export function undoPoint(before: LearnerState, after: LearnerState, itemId: string): UndoPoint {
  return { itemId, before: before.reviews[itemId], after: after.reviews[itemId] };
}

/** Same entry: same schedule and same log (the store keeps plain JSON, so a structural compare is enough). */
const sameItem = (a: ReviewItem | undefined, b: ReviewItem | undefined) => JSON.stringify(a) === JSON.stringify(b);

/** Restore the item as it was before the answer, unless it has changed since the answer was saved. */
export function undoAnswer(state: LearnerState, point: UndoPoint): UndoOutcome {
  if (!sameItem(state.reviews[point.itemId], point.after)) return { status: 'changed-since', state };
  const reviews = { ...state.reviews };
  if (point.before) reviews[point.itemId] = point.before;
  else delete reviews[point.itemId];
  return { status: 'undone', state: { ...state, reviews } };
}
