import { describe, expect, it } from 'vitest';
import { emptyState, isLearnerState } from '../learner-store';
import { scheduler } from '../review/record';
import { recordAttempt, type Attempt } from './attempt';
import { undoAnswer, undoPoint } from './undo';

const day1 = new Date('2026-12-01T10:00:00Z');
const day5 = new Date('2026-12-05T10:00:00Z');
const answer = (correct: boolean, counts = true): Attempt => ({ kind: 'session', questionId: 'a', correct, counts });
const answerAt = (state: ReturnType<typeof emptyState>, attempt: Attempt, at: Date) => {
  const after = recordAttempt(state, attempt, scheduler, at, 'UTC').state;
  return { after, point: undoPoint(state, after, 'q:a') };
};

describe('undoAnswer', () => {
  it('puts back the schedule and the log as they were before the answer', () => {
    const first = recordAttempt(emptyState(), answer(true), scheduler, day1, 'UTC').state;
    const { after, point } = answerAt(first, answer(false), day5);
    expect(after.reviews['q:a'].card.lapses).toBe(1);
    const undone = undoAnswer(after, point);
    expect(undone.status).toBe('undone');
    expect(undone.state.reviews['q:a']).toEqual(first.reviews['q:a']);
    expect(isLearnerState(undone.state)).toBe(true);
  });

  it('removes an item the answer created, so a first answer undone leaves the question unseen', () => {
    const { after, point } = answerAt(emptyState(), answer(false), day1);
    expect(Object.keys(after.reviews)).toEqual(['q:a']);
    expect(undoAnswer(after, point).state.reviews).toEqual({});
  });

  it('leaves everything else in the record alone', () => {
    const start = { ...emptyState(), lessons: { intro: { doneAt: day1.toISOString() } } };
    const other = recordAttempt(start, { kind: 'session', questionId: 'b', correct: true, counts: true }, scheduler, day1, 'UTC').state;
    const { after, point } = answerAt(other, answer(true), day5);
    const undone = undoAnswer(after, point).state;
    expect(undone.reviews['q:b']).toEqual(other.reviews['q:b']);
    expect(undone.lessons).toEqual(start.lessons);
  });

  it('is a no-op for a practice answer, which changed nothing', () => {
    const first = recordAttempt(emptyState(), answer(true), scheduler, day1, 'UTC').state;
    const { after, point } = answerAt(first, answer(false, false), day5);
    expect(after).toBe(first);
    expect(undoAnswer(after, point)).toEqual({ status: 'undone', state: { ...first, reviews: first.reviews } });
  });

  it('refuses when the item changed since (another tab answered it), keeping that change', () => {
    const { after, point } = answerAt(emptyState(), answer(true), day1);
    const elsewhere = recordAttempt(after, answer(false), scheduler, day5, 'UTC').state;
    const outcome = undoAnswer(elsewhere, point);
    expect(outcome.status).toBe('changed-since');
    expect(outcome.state).toBe(elsewhere);
  });

  it('undoes one level only: a second undo of the same answer is refused', () => {
    const first = recordAttempt(emptyState(), answer(true), scheduler, day1, 'UTC').state;
    const { after, point } = answerAt(first, answer(false), day5);
    const once = undoAnswer(after, point).state;
    expect(undoAnswer(once, point).status).toBe('changed-since');
  });
});
