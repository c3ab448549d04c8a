import { describe, expect, test } from 'vitest';
import {
  PRACTICE,
  assignmentFits,
  attemptsLeft,
  defaultGraded,
  encodeAssignment,
  isGradedQuery,
  parseAssignment,
  parseAssignmentQuery,
  readMasteryScore,
  resolvePassMark,
  type GradedAssignment,
} from './settings';

const graded: GradedAssignment = { v: 1, mode: 'graded', parts: ['check-up', 'quiz'], rounds: ['ec2', 'fargate'], attempts: 2, feedback: 'none', passMark: 70 };

describe('parseAssignment', () => {
  test('accepts practice and a full graded assignment', () => {
    expect(parseAssignment(PRACTICE)).toEqual({ ok: true, assignment: PRACTICE });
    expect(parseAssignment(graded)).toEqual({ ok: true, assignment: graded });
    expect(parseAssignment({ ...graded, attempts: 'unlimited', passMark: undefined })).toMatchObject({ ok: true });
  });

  test.each([
    ['no parts', { ...graded, parts: [] }, 'parts'],
    ['a part twice', { ...graded, parts: ['quiz', 'quiz'] }, 'parts'],
    ['an unknown part', { ...graded, parts: ['essay'] }, 'parts.0'],
    ['zero attempts', { ...graded, attempts: 0 }, 'attempts'],
    ['21 attempts', { ...graded, attempts: 21 }, 'attempts'],
    ['a fractional pass mark', { ...graded, passMark: 70.5 }, 'passMark'],
    ['a pass mark over 100', { ...graded, passMark: 101 }, 'passMark'],
    ['an unknown feedback level', { ...graded, feedback: 'answers' }, 'feedback'],
    ['a round id with spaces', { ...graded, rounds: ['ec 2'] }, 'rounds.0'],
    ['another version', { ...graded, v: 2 }, 'v'],
  ])('refuses %s, naming the field', (_name, value, field) => {
    const parsed = parseAssignment(value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.join('\n')).toContain(`${field}:`);
  });

  test('refuses what is not an assignment at all', () => {
    expect(parseAssignment(null).ok).toBe(false);
    expect(parseAssignment({ mode: 'exam' }).ok).toBe(false);
  });
});

describe('the embed URL', () => {
  test('practice adds nothing to the URL', () => {
    expect(encodeAssignment(PRACTICE)).toBe('');
    expect(parseAssignmentQuery('', ['check-up'])).toEqual({ assignment: PRACTICE, problems: [] });
  });

  test('a graded assignment survives the round trip', () => {
    const query = encodeAssignment(graded);
    expect(query).toBe('mode=graded&count=check-up%2Cquiz&rounds=ec2%2Cfargate&attempts=2&feedback=none&pass=70');
    expect(parseAssignmentQuery(query, ['check-up'])).toEqual({ assignment: graded, problems: [] });
    const unlimited = { ...defaultGraded(['quiz']), attempts: 'unlimited' as const };
    expect(parseAssignmentQuery(encodeAssignment(unlimited), ['quiz']).assignment).toEqual(unlimited);
  });

  test('missing graded fields take the defaults: the target parts, one attempt, right/wrong', () => {
    expect(parseAssignmentQuery('mode=graded', ['check-up', 'quiz']).assignment).toEqual(defaultGraded(['check-up', 'quiz']));
  });

  test('a graded URL that does not validate stays graded, at its strictest, and says why', () => {
    const { assignment, problems } = parseAssignmentQuery('mode=graded&attempts=lots&feedback=full', ['check-up']);
    expect(assignment).toEqual({ ...defaultGraded(['check-up']), feedback: 'none' });
    expect(problems.join(' ')).toMatch(/attempts/);
    expect(parseAssignmentQuery('mode=exam', ['quiz']).assignment.mode).toBe('graded');
  });

  test('assignment keys without mode=graded are reported, not applied', () => {
    expect(parseAssignmentQuery('attempts=3', ['quiz'])).toEqual({ assignment: PRACTICE, problems: ['attempts: only read with mode=graded'] });
  });

  test('isGradedQuery sees graded before the schema loads', () => {
    expect(isGradedQuery('?mode=graded')).toBe(true);
    expect(isGradedQuery('?mode=practice')).toBe(false);
    expect(isGradedQuery('?theme=dark')).toBe(false);
  });
});

describe('pass mark and attempts', () => {
  test("the assignment's pass mark wins, then the LMS's mastery score, then 80", () => {
    expect(resolvePassMark(graded, 50)).toBe(70);
    expect(resolvePassMark({ ...graded, passMark: undefined }, 50)).toBe(50);
    expect(resolvePassMark({ ...graded, passMark: undefined }, null)).toBe(80);
    expect(resolvePassMark({ ...graded, passMark: undefined }, 140)).toBe(80);
  });

  test('reads SCORM 1.2 mastery_score text', () => {
    expect(readMasteryScore('')).toBeNull();
    expect(readMasteryScore('75')).toBe(75);
    expect(readMasteryScore('62.5')).toBe(62.5);
    expect(readMasteryScore('abc')).toBeNull();
    expect(readMasteryScore('200')).toBeNull();
  });

  test('attempts left', () => {
    expect(attemptsLeft(graded, 0)).toBe(2);
    expect(attemptsLeft(graded, 2)).toBe(0);
    expect(attemptsLeft(graded, 5)).toBe(0);
    expect(attemptsLeft({ ...graded, attempts: 'unlimited' }, 99)).toBe('unlimited');
  });
});

describe('assignmentFits', () => {
  const lesson = { checkUp: true, quiz: false, rounds: [] };
  test('a lesson without the quiz cannot count it', () => {
    expect(assignmentFits(defaultGraded(['check-up', 'quiz']), lesson)).toEqual(['parts: this target has no quiz']);
    expect(assignmentFits(defaultGraded(['check-up']), lesson)).toEqual([]);
    expect(assignmentFits(PRACTICE, lesson)).toEqual([]);
  });
  test('rounds must exist and need the quiz', () => {
    const quiz = { checkUp: false, quiz: true, rounds: ['ec2'] };
    expect(assignmentFits({ ...defaultGraded(['quiz']), rounds: ['ec2', 'mainframe'] }, quiz)).toEqual(['rounds: no round mainframe']);
    expect(assignmentFits({ ...defaultGraded(['check-up']), rounds: ['ec2'] }, { ...quiz, checkUp: true })).toEqual([
      'rounds: given, but the quiz does not count',
    ]);
  });
});
