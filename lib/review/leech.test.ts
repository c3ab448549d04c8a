import { describe, expect, it } from 'vitest';
import { emptyState, isLearnerState } from '../learner-store';
import { dueToday, forecast, type ReviewItem } from './days';
import { isLeech, LEECH_WRONG_ANSWERS, leeches, setQuestionSuspended, timesWrong } from './leech';
import { reviewAnswer } from './schedule';
import { dueByDay, planSession } from './session';

const start = new Date('2026-12-01T10:00:00Z');
const dayMs = 86_400_000;
/** Answer an item on consecutive days: true = right, false = wrong. */
function answered(pattern: boolean[], item?: ReviewItem): ReviewItem {
  return pattern.reduce<ReviewItem | undefined>(
    (previous, correct, index) => reviewAnswer(previous, correct, 'sure', new Date(start.getTime() + index * dayMs)),
    item,
  )!;
}

describe('leeches', () => {
  it(`a question answered wrong ${LEECH_WRONG_ANSWERS} times is a leech; one fewer is not`, () => {
    expect(isLeech(answered([false, true, false, false]))).toBe(false);
    expect(isLeech(answered([false, true, false, false, false]))).toBe(true);
    expect(isLeech(undefined)).toBe(false);
  });

  it('counts FSRS lapses when they exceed the wrong answers still in the kept log', () => {
    const item = answered([true]);
    expect(timesWrong({ ...item, card: { ...item.card, lapses: 6 } })).toBe(6);
  });

  it('lists leeches (questions only, most wrong first), suspended ones apart', () => {
    const items: [string, ReviewItem][] = [
      ['q:a', answered([false, false, false, false])],
      ['q:b', answered([false, false, false, false, false])],
      ['q:c', answered([false])],
      ['round:ec2', answered([false, false, false, false])],
    ];
    expect(leeches(items)).toEqual({ active: ['b', 'a'], suspended: [] });
    const state = setQuestionSuspended({ reviews: Object.fromEntries(items) }, 'a', true, start);
    expect(leeches(Object.entries(state.reviews))).toEqual({ active: ['b'], suspended: ['a'] });
  });

  it('a suspended question is left out of due counts, the forecast and sessions, until unsuspended', () => {
    const leech = answered([false, false, false, false]);
    const later = new Date('2027-02-01T10:00:00Z');
    const base = { ...emptyState(), reviews: { 'q:a': leech } };
    const suspended = setQuestionSuspended(base, 'a', true, start);
    expect(isLearnerState(suspended)).toBe(true);
    const items = Object.entries(suspended.reviews);
    expect(dueToday(items, later, 'UTC')).toEqual([]);
    expect(forecast(items, later, 'UTC', 1)[0].count).toBe(0);
    expect(dueByDay(items, later, 'UTC')).toEqual([]);
    expect(
      planSession({ questions: [{ id: 'a', lesson: 'l' }], items, lessons: [], size: 5, now: later, timeZone: 'UTC', sources: ['due', 'new'] }).ids,
    ).toEqual([]);
    const back = setQuestionSuspended(suspended, 'a', false);
    expect(back.reviews['q:a']).toEqual(leech);
    expect(dueToday(Object.entries(back.reviews), later, 'UTC')).toEqual(['q:a']);
  });

  it('answering a suspended question keeps it suspended; suspending twice keeps the first date', () => {
    const suspended = setQuestionSuspended({ reviews: { 'q:a': answered([false]) } }, 'a', true, start);
    expect(setQuestionSuspended(suspended, 'a', true, new Date('2026-12-09T00:00:00Z'))).toBe(suspended);
    expect(reviewAnswer(suspended.reviews['q:a'], true, 'sure', new Date('2026-12-03T10:00:00Z')).suspended).toBe(start.toISOString());
    expect(setQuestionSuspended(suspended, 'unknown', true)).toBe(suspended);
  });
});
