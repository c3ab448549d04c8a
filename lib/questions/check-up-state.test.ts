import { describe, expect, it } from 'vitest';
import { emptyState, isLearnerState } from '../learner-store';
import { checkUpKey, firstAnswers, missedSections, readCheckUp, recordCheckUpAnswer } from './check-up-state';

const now = new Date('2026-12-01T10:00:00Z');

describe('check-up state', () => {
  it('records the latest answer per question, with optional confidence, in a valid store', () => {
    let state = recordCheckUpAnswer(emptyState(), 'launch-types', 'lt-a', false, undefined, now);
    state = recordCheckUpAnswer(state, 'launch-types', 'lt-a', true, 'sure', now);
    expect(isLearnerState(state)).toBe(true);
    expect(readCheckUp(state, 'launch-types').answers).toEqual({ 'lt-a': { correct: true, at: now.toISOString(), confidence: 'sure' } });
  });

  it('treats a damaged slice as empty', () => {
    const state = { ...emptyState(), widgets: { [checkUpKey('x')]: { answers: { a: { correct: 'yes' } } } } };
    expect(readCheckUp(state, 'x')).toEqual({ answers: {} });
  });

  it('keeps the first answer of a visit for the score', () => {
    const once = firstAnswers({}, 'a', false);
    expect(firstAnswers(once, 'a', true)).toEqual({ a: false });
  });

  it('lists the sections of missed questions once', () => {
    const slice = { answers: { a: { correct: false, at: '' }, b: { correct: false, at: '' }, c: { correct: true, at: '' } } };
    const questions = [
      { id: 'a', section: 'one' },
      { id: 'b', section: 'one' },
      { id: 'c', section: 'two' },
      { id: 'd', section: 'three' },
    ];
    expect(missedSections(slice, questions)).toEqual(['one']);
  });
});
