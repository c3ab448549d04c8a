import { expect, test } from 'vitest';
import { testRounds } from './testing/quiz-rounds';
import { LtiError } from './errors';
import { parseTarget, QUIZ_ITEM_ID, quizItemId, roundsOfQuizItem } from './grading';
import { cardQuestionId, gradeQuizSubmission, quizSubmissionSchema, toPublicRound } from './quiz-grading';
import { quizContentItem } from './deep-linking';

const rounds = testRounds;
const at = '2026-12-06T10:00:00.000Z';
const now = new Date('2026-12-06T10:05:00.000Z');
const submission = (entries: Record<string, Record<string, string>>) =>
  quizSubmissionSchema.parse({
    kind: 'quiz',
    startedAt: at,
    rounds: Object.entries(entries).map(([roundId, placements]) => ({ roundId, placements, answeredAt: at })),
  });

test('quiz rounds are scored on the server from the round definitions: every card counts, unplaced is wrong', () => {
  const graded = gradeQuizSubmission(rounds, submission({ fargate: { application: 'you', plugins: 'aws', os: 'aws' }, ec2: { application: 'you' } }), now);
  expect(graded).toMatchObject({ correct: 3, total: 5, percent: 60 });
  expect(graded.answers.map((answer) => [answer.questionId, answer.chosen, answer.correct])).toEqual([
    ['fargate/application', ['you'], true],
    ['fargate/plugins', ['aws'], false],
    ['fargate/os', ['aws'], true],
    ['ec2/application', ['you'], true],
    ['ec2/os', [], false],
  ]);
  expect(graded.answers.map((answer) => answer.position)).toEqual([0, 1, 2, 3, 4]);
  expect(cardQuestionId('ec2', 'os')).toBe('ec2/os');
  // A round not sent at all: its cards are wrong, not missing.
  expect(gradeQuizSubmission(rounds, submission({}), now)).toMatchObject({ correct: 0, total: 5, percent: 0 });
});

test('a score the browser adds is not read: only placements count', () => {
  const forged = quizSubmissionSchema.parse({
    kind: 'quiz',
    startedAt: at,
    score: 100,
    correct: 5,
    rounds: [{ roundId: 'fargate', placements: {}, answeredAt: at, correct: 3 }],
  });
  expect(forged).not.toHaveProperty('score');
  expect(gradeQuizSubmission(rounds, forged, now)).toMatchObject({ correct: 0, percent: 0 });
});

test('a forged or stale page is refused: unknown round, round twice, unknown card, zone the round does not offer, bad zone', () => {
  const refuse = (value: Parameters<typeof submission>[0]) => () => gradeQuizSubmission(rounds, submission(value), now);
  expect(refuse({ eks: {} })).toThrow(/Round "eks" is not part of this activity/);
  expect(refuse({ fargate: { kernel: 'aws' } })).toThrow(/no card "kernel"/);
  // EC2 offers no "shared" zone.
  expect(refuse({ ec2: { os: 'shared' } })).toThrow(/does not offer the zone "shared"/);
  expect(refuse({ fargate: { os: 'aws' } })).not.toThrow();
  const twice = quizSubmissionSchema.parse({
    kind: 'quiz',
    startedAt: at,
    rounds: [
      { roundId: 'ec2', placements: {}, answeredAt: at },
      { roundId: 'ec2', placements: {}, answeredAt: at },
    ],
  });
  expect(() => gradeQuizSubmission(rounds, twice, now)).toThrow(LtiError);
  expect(
    quizSubmissionSchema.safeParse({ kind: 'quiz', startedAt: at, rounds: [{ roundId: 'ec2', placements: { os: 'nobody' }, answeredAt: at }] }).success,
  ).toBe(false);
});

test('an answer time in the future is clamped to the moment of grading', () => {
  const late = quizSubmissionSchema.parse({
    kind: 'quiz',
    startedAt: at,
    rounds: [{ roundId: 'ec2', placements: {}, answeredAt: '2030-01-01T00:00:00.000Z' }],
  });
  expect(gradeQuizSubmission(rounds, late, now).answers[3].answeredAt).toEqual(now);
});

test('the graded page gets cards and zones but no answer or explanation', () => {
  const shown = toPublicRound(rounds[0]);
  expect(shown).toEqual({
    id: 'fargate',
    title: 'Fargate',
    description: 'D',
    zones: ['you', 'shared', 'aws'],
    cards: [
      { id: 'application', label: 'L-application', hint: 'H-application' },
      { id: 'plugins', label: 'L-plugins', hint: 'H-plugins' },
      { id: 'os', label: 'L-os', hint: 'H-os' },
    ],
  });
  expect(JSON.stringify(shown)).not.toMatch(/E-|answer/);
});

test('a deep-linked quiz item names its rounds and reads back as a graded quiz target', () => {
  const item = quizContentItem('http://tool.test', {
    rounds: [
      { id: 'fargate', title: 'Fargate', cardCount: 3 },
      { id: 'ec2', title: 'EC2', cardCount: 2 },
    ],
    assignment: { v: 1, mode: 'graded', parts: ['check-up'], rounds: [], attempts: 2, feedback: 'none' },
    scoreMaximum: 10,
  });
  expect(item).toMatchObject({
    type: 'ltiResourceLink',
    title: 'Quiz: 2 rounds',
    url: 'http://tool.test/lti/launch',
    custom: { item_kind: 'quiz', item_id: QUIZ_ITEM_ID, score_maximum: '10' },
    lineItem: { scoreMaximum: 10, label: 'Quiz: 2 rounds', resourceId: 'quiz:fargate+ec2', tag: 'quiz' },
  });
  expect(parseTarget(item.custom)).toEqual({
    kind: 'quiz',
    // Its own item in class results: the quiz and the rounds it names.
    id: 'responsibility-quiz_fargate_ec2',
    rounds: ['fargate', 'ec2'],
    assignment: { v: 1, mode: 'graded', parts: ['quiz'], rounds: ['fargate', 'ec2'], attempts: 2, feedback: 'none' },
    scoreMaximum: 10,
  });
  const one = quizContentItem('http://tool.test', {
    rounds: [{ id: 'ec2', title: 'EC2', cardCount: 2 }],
    assignment: { v: 1, mode: 'graded', parts: ['quiz'], rounds: [], attempts: 'unlimited', feedback: 'right-wrong' },
    scoreMaximum: 5,
  });
  expect(one.title).toBe('Quiz round: EC2');
  // A quiz link without rounds, or whose assignment counts only the check-up, is refused with the field named.
  const custom = item.custom as Record<string, string>;
  const noRounds = { ...custom, assignment: JSON.stringify({ v: 1, mode: 'graded', parts: ['quiz'], rounds: [], attempts: 1, feedback: 'none' }) };
  expect(() => parseTarget(noRounds)).toThrow(/names no rounds/);
  const checkUpOnly = { ...custom, assignment: JSON.stringify({ v: 1, mode: 'graded', parts: ['check-up'], rounds: ['ec2'], attempts: 1, feedback: 'none' }) };
  expect(() => parseTarget(checkUpOnly)).toThrow(/not a graded quiz/);
});

test('a quiz item id names its rounds and reads back; other ids are not quiz items', () => {
  expect(quizItemId(['fargate', 'ec2'])).toBe('responsibility-quiz_fargate_ec2');
  expect(roundsOfQuizItem('responsibility-quiz_fargate_ec2')).toEqual(['fargate', 'ec2']);
  expect(roundsOfQuizItem(QUIZ_ITEM_ID)).toBeNull();
  expect(roundsOfQuizItem('launch-types')).toBeNull();
});
