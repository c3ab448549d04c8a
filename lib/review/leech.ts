/**
 * Leeches: a question the learner keeps getting wrong. More drilling rarely fixes one; rereading the section it
 * comes from usually does. So a leech is flagged with a "reread this section" prompt, and the learner can suspend it
 * (left out of due counts and sessions, lib/review/days.ts scheduled) until they unsuspend it.
 */
import type { ReviewItem } from './days';

/**
 * Wrong answers that make a question a leech. Anki's default is 8 lapses, tuned for decks studied for years; this
 * course has about 60 questions studied over a few weeks before an exam, where a question missed 4 times (a
 * learner who has been shown the right answer three times already) points at a gap in the reading, not at
 * forgetting, and the sooner they reread the better. Counted over the item's kept log (lib/learner/schema.ts
 * MAX_LOG answers) or FSRS's lapses, whichever is more, so a long history never hides one.
 */
export const LEECH_WRONG_ANSWERS = 4;

/** How many times the question was answered wrong, as far as the record knows. */
export function timesWrong(item: ReviewItem): number {
  return Math.max(item.card.lapses, item.log.filter((entry) => !entry.correct).length);
}

export function isLeech(item: ReviewItem | undefined): boolean {
  return item !== undefined && timesWrong(item) >= LEECH_WRONG_ANSWERS;
}

/** Question ids of leeches, most wrong answers first; suspended ones apart, so the page can list both. */
export function leeches(items: [string, ReviewItem][]): { active: string[]; suspended: string[] } {
  const found = items.filter(([id, item]) => id.startsWith('q:') && isLeech(item)).sort(([, a], [, b]) => timesWrong(b) - timesWrong(a));
  return {
    active: found.filter(([, item]) => !item.suspended).map(([id]) => id.slice(2)),
    suspended: found.filter(([, item]) => item.suspended).map(([id]) => id.slice(2)),
  };
}

/** Suspend an item (or any suspended item, see leeches) from now on; the schedule itself is kept as it is. */
export function suspend(item: ReviewItem, now = new Date()): ReviewItem {
  return item.suspended ? item : { ...item, suspended: now.toISOString() };
}

export function unsuspend(item: ReviewItem): ReviewItem {
  if (!item.suspended) return item;
  const { suspended: _gone, ...rest } = item;
  return rest;
}

/** Suspend or unsuspend a question in the record (unknown questions: the record is returned as it is). */
export function setQuestionSuspended<S extends { reviews: Record<string, ReviewItem> }>(state: S, questionId: string, on: boolean, now = new Date()): S {
  const id = `q:${questionId}`;
  const item = state.reviews[id];
  if (!item) return state;
  const next = on ? suspend(item, now) : unsuspend(item);
  return next === item ? state : { ...state, reviews: { ...state.reviews, [id]: next } };
}
