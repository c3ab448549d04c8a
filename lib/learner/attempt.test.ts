import { describe, expect, it } from 'vitest';
import { emptyState, isLearnerState } from '../learner-store';
import { scheduler } from '../review/record';
import { readCheckUp } from '../questions/check-up-state';
import { needsScheduler, recordAttempt, type Attempt, type Scheduler } from './attempt';

const now = new Date('2026-12-01T10:00:00Z');
const ids = ['a', 'b'];
const checkUp = (questionId: string, correct: boolean, extra: Partial<Extract<Attempt, { kind: 'check-up' }>> = {}): Attempt => ({
  kind: 'check-up',
  lesson: 'l',
  questionIds: ids,
  questionId,
  correct,
  ...extra,
});
/** Counts its calls, so a test sees exactly which answers were scheduled. */
const counting = () => {
  const calls: string[] = [];
  const schedule: Scheduler = (previous, correct, confidence, at) => {
    calls.push(`${correct}`);
    return scheduler(previous, correct, confidence, at);
  };
  return { calls, schedule };
};

describe('recordAttempt', () => {
  it('saves a check-up answer, schedules it and leaves a valid store in one update', () => {
    const { calls, schedule } = counting();
    const { state, results } = recordAttempt(emptyState(), checkUp('a', true, { given: { kind: 'true-false', value: true } }), schedule, now);
    expect(isLearnerState(state)).toBe(true);
    expect(readCheckUp(state, 'l').answers.a).toMatchObject({ correct: true, given: { kind: 'true-false', value: true } });
    expect(Object.keys(state.reviews)).toEqual(['q:a']);
    expect(calls).toEqual(['true']);
    expect(results).toEqual([]);
  });

  it('schedules only the first scored answer of an attempt, not a retry', () => {
    const { calls, schedule } = counting();
    const once = recordAttempt(emptyState(), checkUp('a', false), schedule, now).state;
    recordAttempt(once, checkUp('a', true), schedule, now);
    expect(calls).toEqual(['false']);
    expect(needsScheduler(once, checkUp('a', true))).toBe(false);
  });

  it('keeps a pre-test answer out of the FSRS history; the first answer after reading is the first review', () => {
    const { calls, schedule } = counting();
    const pre = recordAttempt(emptyState(), checkUp('a', false, { pretest: true }), undefined, now).state;
    expect(pre.reviews).toEqual({});
    expect(needsScheduler(pre, checkUp('a', true))).toBe(true);
    const after = recordAttempt(pre, checkUp('a', true), schedule, now).state;
    expect(after.reviews['q:a'].log).toEqual([{ at: now.toISOString(), rating: 3, correct: true, day: expect.stringMatching(/^2026-12-0[12]$/) }]);
    expect(after.reviews['q:a'].card.difficulty).toBe(recordAttempt(emptyState(), checkUp('a', true), scheduler, now).state.reviews['q:a'].card.difficulty);
    expect(calls).toEqual(['true']);
  });

  it('records the check-up result once, in the same update as the answer that completes it', () => {
    let state = recordAttempt(emptyState(), checkUp('a', true), scheduler, now).state;
    const done = recordAttempt(state, checkUp('b', true), scheduler, now);
    expect(done.results).toMatchObject([{ widget: 'check-up', lesson: 'l', score: 2, max: 2, passed: true }]);
    expect(done.state.results).toHaveLength(1);
    state = recordAttempt(done.state, checkUp('b', false), scheduler, now).state;
    expect(state.results).toHaveLength(1);
  });

  it('leaves the schedule alone for a practice session answer, and schedules one that counts', () => {
    expect(recordAttempt(emptyState(), { kind: 'session', questionId: 'a', correct: false, counts: false }, undefined, now).state).toEqual(emptyState());
    expect(Object.keys(recordAttempt(emptyState(), { kind: 'session', questionId: 'a', correct: false, counts: true }, scheduler, now).state.reviews)).toEqual([
      'q:a',
    ]);
  });

  it('records a round as a result and a review item (every card right = right)', () => {
    const { state, results } = recordAttempt(
      emptyState(),
      { kind: 'round', lesson: 'l', roundId: 'fargate', widget: 'responsibility-quiz', score: 5, max: 5 },
      scheduler,
      now,
    );
    expect(results).toMatchObject([{ widget: 'responsibility-quiz', score: 5, passed: true }]);
    expect(state.reviews['round:fargate'].log).toMatchObject([{ correct: true }]);
  });

  it('refuses to schedule without a scheduler rather than drop the schedule', () => {
    expect(() => recordAttempt(emptyState(), checkUp('a', true), undefined, now)).toThrow(/needs the scheduler/);
  });
});

describe('the learning day of an answer', () => {
  it('is noted in the learner\u2019s zone at answer time, with the 4 am boundary', () => {
    const at = new Date('2026-12-01T06:30:00Z'); // 01:30 in New York: still 30 November there; 15:30 in Tokyo
    const entry = (zone: string) =>
      recordAttempt(emptyState(), { kind: 'session', questionId: 'a', correct: true, counts: true }, scheduler, at, zone).state.reviews['q:a'].log[0];
    expect(entry(`America/New_York`).day).toBe('2026-11-30');
    expect(entry('Asia/Tokyo').day).toBe('2026-12-01');
  });
});
