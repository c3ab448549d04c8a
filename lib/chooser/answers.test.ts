import { describe, expect, it } from 'vitest';
import { confirmMulti, firstUnanswered, isComplete, normaliseAnswers, withAnswer, type QuestionShape } from './answers';

const questions: QuestionShape[] = [
  { id: 'os', kind: 'single', options: [{ id: 'linux' }, { id: 'windows' }] },
  { id: 'team', kind: 'multi', options: [{ id: 'ecs' }, { id: 'lambda' }, { id: 'ec2' }] },
];

describe('answers helpers', () => {
  it('normalises to known questions and options, checkboxes in option order', () => {
    expect(normaliseAnswers({ os: 'beos', team: ['ec2', 'nope', 'ecs'], other: 'x' }, questions)).toEqual({ team: ['ecs', 'ec2'] });
    expect(normaliseAnswers({ os: ['linux'], team: 'ecs' }, questions)).toEqual({});
  });

  it('replaces a single answer and toggles checkboxes', () => {
    const single = withAnswer({ os: 'linux' }, questions[0], 'windows');
    expect(single).toEqual({ os: 'windows' });
    const ticked = withAnswer(withAnswer({}, questions[1], 'ec2'), questions[1], 'ecs');
    expect(ticked).toEqual({ team: ['ecs', 'ec2'] });
    expect(withAnswer(ticked, questions[1], 'ecs', false)).toEqual({ team: ['ec2'] });
  });

  it('marks a checkbox question answered with nothing ticked, without touching ticked ones', () => {
    expect(confirmMulti({}, questions[1])).toEqual({ team: [] });
    expect(confirmMulti({ team: ['ecs'] }, questions[1])).toEqual({ team: ['ecs'] });
    expect(confirmMulti({}, questions[0])).toEqual({});
  });

  it('finds the first open question and knows when all are answered', () => {
    expect(firstUnanswered({}, questions)).toBe(0);
    expect(firstUnanswered({ os: 'linux' }, questions)).toBe(1);
    expect(firstUnanswered({ os: 'linux', team: [] }, questions)).toBe(-1);
    expect(isComplete({ os: 'linux', team: [] }, questions)).toBe(true);
    expect(isComplete({ team: [] }, questions)).toBe(false);
  });
});
