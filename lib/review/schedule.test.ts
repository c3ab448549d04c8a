import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import { MAX_LOG, ratingFor, retrievability, reviewAnswer } from './schedule';
import { scheduler } from './record';
import { recordAttempt } from '../learner/attempt';
import { emptyState, isLearnerState } from '../learner-store';
import type { ReviewItem } from './days';

const day = 24 * 60 * 60 * 1000;
const start = new Date('2026-12-01T10:00:00Z');
const dueIn = (item: ReviewItem, from: Date) => (Date.parse(item.card.due) - from.getTime()) / day;

describe('ratingFor', () => {
  it('maps correctness and confidence to FSRS ratings', () => {
    expect(ratingFor(false, 'sure')).toBe(Rating.Again);
    expect(ratingFor(true, 'guessed')).toBe(Rating.Again);
    expect(ratingFor(true, 'unsure')).toBe(Rating.Good);
    expect(ratingFor(true)).toBe(Rating.Good);
    expect(ratingFor(true, 'sure')).toBe(Rating.Easy);
  });
});

describe('reviewAnswer', () => {
  it('brings a wrong answer back sooner than a right one', () => {
    const wrong = reviewAnswer(undefined, false, undefined, start);
    const right = reviewAnswer(undefined, true, undefined, start);
    const sure = reviewAnswer(undefined, true, 'sure', start);
    expect(dueIn(wrong, start)).toBeLessThan(dueIn(right, start));
    expect(dueIn(right, start)).toBeLessThanOrEqual(dueIn(sure, start));
    expect(dueIn(wrong, start)).toBe(1); // tomorrow
  });

  it('moves a question answered right several times out by weeks', () => {
    let item = reviewAnswer(undefined, true, 'sure', start);
    let now = start;
    for (let index = 0; index < 4; index += 1) {
      now = new Date(item.card.due);
      item = reviewAnswer(item, true, 'sure', now);
    }
    expect(dueIn(item, now)).toBeGreaterThan(21);
    expect(item.log).toHaveLength(5);
  });

  it('is deterministic (no fuzz) and keeps a bounded log', () => {
    expect(reviewAnswer(undefined, true, 'unsure', start)).toEqual(reviewAnswer(undefined, true, 'unsure', start));
    let item: ReviewItem | undefined;
    for (let index = 0; index < MAX_LOG + 5; index += 1) item = reviewAnswer(item, index % 2 === 0, undefined, new Date(start.getTime() + index * day));
    expect(item!.log).toHaveLength(MAX_LOG);
  });

  it('starts over from a stored item that no longer fits', () => {
    expect(reviewAnswer({ card: 'broken' }, true, undefined, start).log).toHaveLength(1);
  });

  it('gives retrievability that falls with time', () => {
    const item = reviewAnswer(undefined, true, undefined, start);
    expect(retrievability(item, new Date(start.getTime() + day))).toBeGreaterThan(retrievability(item, new Date(start.getTime() + 30 * day)));
  });
});

describe('the scheduler given to recordAttempt', () => {
  it('stores the item in the learner store under its queue id', () => {
    const { state } = recordAttempt(
      emptyState(),
      { kind: 'session', questionId: 'lt-spot-split', correct: true, confidence: 'sure', counts: true },
      scheduler,
      start,
    );
    expect(isLearnerState(state)).toBe(true);
    expect(Object.keys(state.reviews)).toEqual(['q:lt-spot-split']);
  });
});
