import { describe, expect, it } from 'vitest';
import { emptyState, isLearnerState, parseStoredState } from '../learner-store';
import { exportProgress } from '../progress/format';
import { importProgress } from '../progress/import';
import { disputedIds, disputeQuestion, readDispute, withdrawDispute } from './disputes';
import { MAX_DISPUTE_NOTE, type LearnerState } from './schema';

const day1 = new Date('2026-12-01T10:00:00Z');
const day2 = new Date('2026-12-02T10:00:00Z');
const saved = (state: LearnerState, id: string, note: string, at = day1) => {
  const outcome = disputeQuestion(state, id, note, at);
  if (outcome.status !== 'saved') throw new Error('not saved');
  return outcome.state;
};

describe('disputed questions', () => {
  it('keeps the flag with the learner’s note, trimmed, in a valid record', () => {
    const state = saved(emptyState(), 'lt-spot-warning', '  Fargate Spot gives a two-minute warning too. ');
    expect(readDispute(state, 'lt-spot-warning')).toEqual({ at: day1.toISOString(), note: 'Fargate Spot gives a two-minute warning too.' });
    expect(isLearnerState(state)).toBe(true);
  });

  it('refuses a note over the limit and leaves the record as it was', () => {
    const outcome = disputeQuestion(emptyState(), 'a', 'x'.repeat(MAX_DISPUTE_NOTE + 1), day1);
    expect(outcome).toMatchObject({ status: 'too-long', max: MAX_DISPUTE_NOTE });
    expect(outcome.state).toEqual(emptyState());
  });

  it('lists flagged questions oldest first, and withdrawing drops the flag (and the field when none is left)', () => {
    const two = saved(saved(emptyState(), 'b', 'later', day2), 'a', 'first', day1);
    expect(disputedIds(two)).toEqual(['a', 'b']);
    const one = withdrawDispute(two, 'a');
    expect(disputedIds(one)).toEqual(['b']);
    expect('disputes' in withdrawDispute(one, 'b')).toBe(false);
    expect(withdrawDispute(one, 'unknown')).toBe(one);
  });

  it('travels in the progress export and back through the import', () => {
    const state = saved(emptyState(), 'lt-spot-warning', 'Is this still true?');
    const imported = importProgress(exportProgress(state, day2).text);
    expect(imported).toMatchObject({ status: 'ok', state: { disputes: { 'lt-spot-warning': { note: 'Is this still true?' } } } });
  });

  it('a stored record from before disputes still loads as it is; a bad dispute is dropped by name, the rest kept', () => {
    const old = { ...emptyState(), lessons: { intro: { doneAt: day1.toISOString() } } };
    expect(parseStoredState(JSON.stringify(old))).toMatchObject({ status: 'ok', state: old });
    const bad = { ...old, disputes: { good: { at: day1.toISOString(), note: 'ok' }, 'Bad Id': { at: day1.toISOString(), note: 'x' } } };
    const parsed = parseStoredState(JSON.stringify(bad));
    expect(parsed.status).toBe('recovered');
    expect(parsed.state.disputes).toEqual({ good: { at: day1.toISOString(), note: 'ok' } });
    expect(parsed.state.lessons).toEqual(old.lessons);
    expect(parsed.problems.join(' ')).toMatch(/disputes/);
  });
});
