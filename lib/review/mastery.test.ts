import { describe, expect, it } from 'vitest';
import { createEmptyCard, fsrs } from 'ts-fsrs';
import { isReviewItem, type ReviewItem } from './days';
import { forgettingCurve, itemRecall, itemRetrievability, lessonMastery, MASTERY_DEFINITIONS, masteryWhy } from './mastery';
import { reviewAnswer } from './schedule';

const day = 86_400_000;
const start = new Date('2026-12-01T10:00:00Z');
const ids = ['a', 'b', 'c', 'd', 'e'];
const at = (days: number) => new Date(start.getTime() + days * day);

/** Answer each question `times` times, right or wrong, one review each due date. */
function answered(questionIds: string[], correct: (id: string, round: number) => boolean, times: number): Record<string, ReviewItem> {
  const reviews: Record<string, ReviewItem> = {};
  for (const id of questionIds) {
    let item: ReviewItem | undefined;
    let now = start;
    for (let round = 0; round < times; round += 1) {
      item = reviewAnswer(item, correct(id, round), 'sure', now);
      now = new Date(item.card.due);
    }
    reviews[`q:${id}`] = item!;
  }
  return reviews;
}
const lastReview = (reviews: Record<string, ReviewItem>) => new Date(Math.max(...Object.values(reviews).map((item) => Date.parse(item.log.at(-1)!.at))));

describe('forgettingCurve', () => {
  it('matches ts-fsrs retrievability', () => {
    const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });
    const card = scheduler.next(createEmptyCard(start), start, 3).card;
    for (const days of [1, 3, 10, 30]) {
      expect(forgettingCurve(days, card.stability)).toBeCloseTo(scheduler.get_retrievability(card, at(days), false), 4);
    }
    expect(forgettingCurve(0, 5)).toBeCloseTo(1, 6);
  });
});

describe('lessonMastery', () => {
  it('is Not started with no answers, Attempted after a few', () => {
    expect(lessonMastery(ids, {}, start, isReviewItem).level).toBe('not-started');
    expect(
      lessonMastery(
        ids,
        answered(['a'], () => false, 1),
        at(1),
        isReviewItem,
      ).level,
    ).toBe('attempted');
  });

  it('is Familiar with half answered, mostly right', () => {
    const reviews = answered(['a', 'b', 'c'], (id) => id !== 'c', 1);
    expect(lessonMastery(ids, reviews, at(1), isReviewItem)).toMatchObject({ level: 'familiar', coverage: 0.6 });
  });

  it('is Proficient when almost everything is right and remembered', () => {
    const reviews = answered(ids, () => true, 1);
    expect(lessonMastery(ids, reviews, at(1), isReviewItem).level).toBe('proficient');
  });

  it('is Mastered after repeated right reviews, right after the last one', () => {
    const reviews = answered(ids, () => true, 3);
    expect(lessonMastery(ids, reviews, lastReview(reviews), isReviewItem).level).toBe('mastered');
  });

  it('goes down when reviews are missed long past their due date', () => {
    const reviews = answered(ids, () => true, 3);
    const stability = Math.max(...Object.values(reviews).map((item) => item.card.stability));
    const later = new Date(lastReview(reviews).getTime() + 10 * stability * day);
    expect(['familiar', 'attempted']).toContain(lessonMastery(ids, reviews, later, isReviewItem).level);
  });

  it('goes down when a review is answered wrong', () => {
    const reviews = answered(ids, (id, round) => !(round === 3 && (id === 'a' || id === 'b')), 4);
    expect(lessonMastery(ids, reviews, lastReview(reviews), isReviewItem).level).toBe('familiar');
  });

  it('ignores damaged items and counts an unanswered item as zero recall', () => {
    const good = answered(['a'], () => true, 1);
    const reviews: Record<string, unknown> = { ...good, 'q:b': { card: 'broken' } };
    const figures = lessonMastery(ids, reviews, at(1), isReviewItem);
    expect(figures.coverage).toBeCloseTo(0.2);
    expect(itemRetrievability(good['q:a'], at(1))).toBeGreaterThan(0.8);
  });
});

describe('mastery from current recall, lapses and overdue reviews', () => {
  it('counts a question just answered wrong as not remembered', () => {
    const wrong = reviewAnswer(reviewAnswer(undefined, true, 'sure', start), false, undefined, at(8));
    expect(itemRetrievability(wrong, at(8))).toBeGreaterThan(0.9);
    expect(itemRecall(wrong, at(8))).toBe(0);
  });

  it('is not Proficient on day 2 with a question wrong twice', () => {
    const reviews = answered(ids, (id) => id !== 'a', 2);
    expect(lessonMastery(ids, reviews, at(2), isReviewItem).level).not.toBe('proficient');
  });

  it('is not Proficient on day 40 with most reviews overdue', () => {
    const reviews = answered(ids, () => true, 1);
    const figures = lessonMastery(ids, reviews, at(40), isReviewItem);
    expect(figures.overdue).toBe(5);
    expect(['familiar', 'attempted']).toContain(figures.level);
  });

  it('says why, and defines every level on the page', () => {
    const reviews = answered(['a', 'b', 'c'], (id) => id !== 'c', 1);
    expect(masteryWhy(lessonMastery(ids, reviews, at(1), isReviewItem), 5)).toMatch(/^3 of 5 answered, 1 wrong at the latest answer, recall now \d+%$/);
    expect(MASTERY_DEFINITIONS.proficient).toBe('At least 80% answered, 100% right at the latest answer, recall 80% or more, and no more than 20% overdue.');
  });
});
