import { describe, expect, it } from 'vitest';
import { emptyState, isLearnerState, setLessonDone, type LearnerState } from '../learner-store';
import {
  answerCheckUp,
  checkUpKey,
  checkUpProgress,
  checkUpStatus,
  checkUpStatusText,
  lessonsDone,
  missedSections,
  readCheckUp,
  startNewAttempt,
} from './check-up-state';
import type { CheckUpSlice } from '../learner/schema';

const now = new Date('2026-12-01T10:00:00Z');
const ids = ['a', 'b', 'c', 'd', 'e'];
const answerAll = (slice: CheckUpSlice, right: string[]) =>
  ids.reduce((current, id) => answerCheckUp(current, { questionId: id, correct: right.includes(id), now }).slice, slice);

describe('check-up state', () => {
  it('saves each answer as given, with optional confidence, in a valid store', () => {
    const { slice, firstScored } = answerCheckUp(
      { answers: {} },
      { questionId: 'a', correct: true, confidence: 'sure', given: { kind: 'choice', optionIds: ['x'] }, now },
    );
    expect(firstScored).toBe(true);
    expect(slice.answers.a).toEqual({ correct: true, at: now.toISOString(), confidence: 'sure', given: { kind: 'choice', optionIds: ['x'] }, scored: true });
    expect(isLearnerState({ ...emptyState(), widgets: { [checkUpKey('l')]: slice } })).toBe(true);
  });

  it('scores the first try of an attempt; a later try changes what is shown, not the score', () => {
    const first = answerCheckUp({ answers: {} }, { questionId: 'a', correct: false, now });
    const second = answerCheckUp(first.slice, { questionId: 'a', correct: true, now });
    expect(second.firstScored).toBe(false);
    expect(second.slice.answers.a).toMatchObject({ correct: true, scored: false });
    expect(checkUpProgress(second.slice, ids)).toMatchObject({ answered: 1, right: 0 });
  });

  it('saves a pre-test answer as seen: not scored, and the first answer after reading is the scored one', () => {
    const pre = answerCheckUp({ answers: {} }, { questionId: 'a', correct: false, pretest: true, now });
    expect(pre.firstScored).toBe(false);
    expect(pre.slice.answers.a).toMatchObject({ pretest: true });
    expect(checkUpProgress(pre.slice, ids)).toMatchObject({ answered: 0, pretest: 1 });
    const after = answerCheckUp(pre.slice, { questionId: 'a', correct: true, now });
    expect(after.firstScored).toBe(true);
    expect(checkUpProgress(after.slice, ids)).toMatchObject({ answered: 1, right: 1, pretest: 0 });
    // A pre-test answer never unscored a scored one.
    expect(answerCheckUp(after.slice, { questionId: 'a', correct: false, pretest: true, now }).slice.answers.a).toMatchObject({ scored: true });
  });

  it('passes at 80 percent once every question has a scored answer', () => {
    expect(checkUpProgress(answerAll({ answers: {} }, ['a', 'b', 'c', 'd']), ids)).toMatchObject({ complete: true, passed: true, right: 4, total: 5 });
    expect(checkUpProgress(answerAll({ answers: {} }, ['a', 'b', 'c']), ids)).toMatchObject({ complete: true, passed: false });
    expect(checkUpProgress({ answers: {} }, [])).toMatchObject({ complete: false });
  });

  it('a new attempt is a choice: the current one moves to the past with its score, and the lesson stays done', () => {
    let state: LearnerState = {
      ...emptyState(),
      widgets: { [checkUpKey('l')]: { ...answerAll({ answers: {} }, ids), completed: { at: now.toISOString(), score: 5, max: 5, passed: true } } },
    };
    state = startNewAttempt(state, 'l', ids, new Date('2026-12-02T10:00:00Z'));
    const slice = readCheckUp(state, 'l');
    expect(slice.answers).toEqual({});
    expect(slice.past).toMatchObject([{ score: 5, max: 5, answered: 5, passed: true }]);
    expect(checkUpStatusText(checkUpStatus(slice))).toBe('Check-up: 5 of 5, passed');
    expect(lessonsDone(state, ['l', 'm'])).toEqual({ l: true });
    expect(isLearnerState(state)).toBe(true);
  });

  it('says how far an attempt is, or how the last finished one went', () => {
    const partial = answerCheckUp({ answers: {} }, { questionId: 'a', correct: true, now }).slice;
    expect(checkUpStatusText(checkUpStatus(partial, 9))).toBe('Check-up: 1 of 9 answered');
    expect(checkUpStatusText(checkUpStatus({ answers: {}, completed: { at: '2026-12-01T10:00:00Z', score: 7, max: 9, passed: false } }))).toBe(
      'Check-up: 7 of 9, not passed yet',
    );
    expect(checkUpStatus({ answers: {} })).toEqual({ kind: 'none' });
  });

  it('counts a lesson done when marked by hand or when its check-up passed', () => {
    const marked = setLessonDone(emptyState(), 'm', true, now);
    expect(lessonsDone(marked, ['l', 'm'])).toEqual({ m: true });
    const failed = { ...emptyState(), widgets: { [checkUpKey('l')]: { answers: {}, completed: { at: now.toISOString(), score: 1, max: 5, passed: false } } } };
    expect(lessonsDone(failed, ['l'])).toEqual({});
  });

  it('treats a damaged slice as empty', () => {
    const state = { ...emptyState(), widgets: { [checkUpKey('x')]: { answers: { a: { correct: 'yes' } } } } };
    expect(readCheckUp(state, 'x')).toEqual({ answers: {} });
  });

  it('reads a slice saved before attempts existed (latest answer only) and scores it by its result', () => {
    const old = { answers: { a: { correct: true, at: '2026-12-01T10:00:00.000Z' }, b: { correct: false, at: '2026-12-01T10:00:00.000Z' } } };
    const state = { ...emptyState(), widgets: { [checkUpKey('x')]: old } };
    expect(checkUpProgress(readCheckUp(state, 'x'), ids)).toMatchObject({ answered: 2, right: 1 });
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
