import { describe, expect, test } from 'vitest';
import { EMPTY_TALLY, attemptLabel, canStartAttempt, partOf, recordPart, requiredParts, scoreAttempt, type AttemptRules, type AttemptTally } from './attempt';
import { defaultGraded } from './settings';

const rules: AttemptRules = { required: ['check-up', 'round:ec2'], attempts: 2, passMark: 80 };

function run(results: [string, number, number][], tally: AttemptTally = EMPTY_TALLY, r = rules) {
  const outcomes = [];
  for (const [part, score, max] of results) {
    const outcome = recordPart(tally, part, { score, max }, r);
    outcomes.push(outcome);
    if (outcome.kind !== 'ignored') tally = outcome.tally;
  }
  return { tally, outcomes };
}

describe('requiredParts', () => {
  test('the check-up and the chosen rounds, in the target order', () => {
    const lesson = { checkUp: true, rounds: ['ec2', 'fargate', 'lambda'] };
    expect(requiredParts(defaultGraded(['check-up', 'quiz']), lesson)).toEqual(['check-up', 'round:ec2', 'round:fargate', 'round:lambda']);
    expect(requiredParts({ ...defaultGraded(['quiz']), rounds: ['lambda', 'ec2'] }, lesson)).toEqual(['round:ec2', 'round:lambda']);
    expect(requiredParts(defaultGraded(['check-up']), lesson)).toEqual(['check-up']);
  });
});

describe('partOf', () => {
  test('the check-up, a named round, or nothing', () => {
    expect(partOf({ widget: 'check-up' })).toBe('check-up');
    expect(partOf({ widget: 'responsibility-quiz', item: 'ec2' })).toBe('round:ec2');
    expect(partOf({ widget: 'responsibility-quiz' })).toBeNull();
    expect(partOf({ widget: 'launch-type-chooser' })).toBeNull();
  });
});

describe('one attempt over everything assigned', () => {
  test('the grade is the sum of the parts, not the best part', () => {
    const { outcomes } = run([
      ['check-up', 6, 6],
      ['round:ec2', 2, 11],
    ]);
    expect(outcomes[0]).toMatchObject({ kind: 'counted', remaining: ['round:ec2'] });
    expect(outcomes[1]).toMatchObject({ kind: 'submitted', attempt: { score: 8, max: 17, percent: 47.06, passed: false } });
  });

  test('a second result for the same part in the same attempt is ignored: no fixing a wrong answer', () => {
    const { outcomes, tally } = run([
      ['round:ec2', 2, 11],
      ['round:ec2', 11, 11],
    ]);
    expect(outcomes[1]).toEqual({ kind: 'ignored', reason: 'already-answered' });
    expect(tally.current['round:ec2']).toEqual({ score: 2, max: 11 });
  });

  test('what is not assigned does not count', () => {
    expect(recordPart(EMPTY_TALLY, 'round:lambda', { score: 5, max: 5 }, rules)).toEqual({ kind: 'ignored', reason: 'not-assigned' });
  });

  test('a new attempt starts after a submitted one while attempts remain; the best submitted attempt is the grade', () => {
    const { tally, outcomes } = run([
      ['check-up', 6, 6],
      ['round:ec2', 9, 11],
      ['check-up', 2, 6],
      ['round:ec2', 3, 11],
      ['check-up', 6, 6],
    ]);
    expect(outcomes[1]).toMatchObject({ kind: 'submitted', attempt: { percent: 88.24, passed: true } });
    expect(outcomes[3]).toMatchObject({ kind: 'submitted', attempt: { percent: 29.41, passed: false } });
    expect(outcomes[4]).toEqual({ kind: 'ignored', reason: 'no-attempts-left' });
    expect(tally).toMatchObject({ submitted: 2, best: { percent: 88.24 }, last: { percent: 29.41 }, current: {} });
    expect(canStartAttempt(tally, 2)).toBe(false);
    expect(canStartAttempt(tally, 'unlimited')).toBe(true);
  });

  test('one attempt allowed: wrong stays wrong', () => {
    const one = { ...rules, required: ['round:ec2'], attempts: 1 as const };
    const { tally, outcomes } = run(
      [
        ['round:ec2', 9, 11],
        ['round:ec2', 11, 11],
      ],
      EMPTY_TALLY,
      one,
    );
    expect(outcomes[1]).toEqual({ kind: 'ignored', reason: 'no-attempts-left' });
    expect(tally.best).toMatchObject({ score: 9, max: 11, percent: 81.82 });
  });

  test('scores are percentages against the pass mark; a score above max is capped', () => {
    expect(scoreAttempt([{ score: 4, max: 5 }], 80)).toEqual({ score: 4, max: 5, percent: 80, passed: true });
    expect(scoreAttempt([], 0).passed).toBe(false);
    const { tally } = run([['check-up', 9, 6]], EMPTY_TALLY, { ...rules, required: ['check-up'] });
    expect(tally.best).toMatchObject({ score: 6, max: 6 });
  });

  test('attempt labels', () => {
    expect(attemptLabel(EMPTY_TALLY, 2)).toBe('Attempt 1 of 2');
    expect(attemptLabel({ ...EMPTY_TALLY, submitted: 2 }, 2)).toBe('Attempt 2 of 2');
    expect(attemptLabel({ ...EMPTY_TALLY, submitted: 4 }, 'unlimited')).toBe('Attempt 5');
  });
});
