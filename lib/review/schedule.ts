/**
 * FSRS scheduling with ts-fsrs (FSRS-6). Loaded only on the self-quiz pages and after a check-up's first answer.
 *
 * Rating mapping (correctness and the optional confidence):
 *   wrong (any confidence)   -> Again  (comes back soonest)
 *   right, "guessed"         -> Again  (a lucky guess is not recall: Hard let it wait up to 12 days)
 *   right, "unsure"          -> Good
 *   right, no confidence     -> Good
 *   right, "sure"            -> Easy
 * Fuzz is off, so the same answers on the same day always give the same schedule (tests and learners can rely on it).
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { Confidence } from '../questions/grade';
import { isReviewItem, MAX_LOG, type ReviewItem, type StoredCard } from '../learner/schema';

export { MAX_LOG } from '../learner/schema';

// Whole days only (no minute-long learning steps): a wrong answer comes back tomorrow, Hard in 2 days, Good in 3,
// Easy in 8 (first answers), and the learner's daily session holds exactly what is due.
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

export function ratingFor(correct: boolean, confidence?: Confidence): Grade {
  if (!correct) return Rating.Again;
  if (confidence === 'guessed') return Rating.Again;
  if (confidence === 'sure') return Rating.Easy;
  return Rating.Good;
}

function toStored(card: Card): StoredCard {
  const { due, last_review, ...rest } = card;
  return { ...rest, due: due.toISOString(), ...(last_review ? { last_review: last_review.toISOString() } : {}) };
}

function toCard(stored: StoredCard): Card {
  const { due, last_review, ...rest } = stored;
  return { ...rest, due: new Date(due), ...(last_review ? { last_review: new Date(last_review) } : {}) } as Card;
}

/** The item after one answer: a new card for a first answer, the next FSRS state otherwise, and a bounded log. */
export function reviewAnswer(previous: unknown, correct: boolean, confidence: Confidence | undefined, now: Date): ReviewItem {
  const item = isReviewItem(previous) ? previous : undefined;
  const card = item ? toCard(item.card) : createEmptyCard(now);
  const rating = ratingFor(correct, confidence);
  const next = scheduler.next(card, now, rating);
  const log = [...(item?.log ?? []), { at: now.toISOString(), rating, correct }].slice(-MAX_LOG);
  // A suspended item answered in a practice session it was counted in stays suspended until the learner says so.
  return { card: toStored(next.card), log, ...(item?.suspended ? { suspended: item.suspended } : {}) };
}

/** Probability of recall now (0-1); 0 for an item never answered right. */
export function retrievability(item: ReviewItem, now: Date): number {
  if (item.card.reps === 0) return 0;
  return scheduler.get_retrievability(toCard(item.card), now, false);
}
