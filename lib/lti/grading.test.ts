import { describe, expect, test } from 'vitest';
import { LtiError } from './errors';
import { gradeSubmission, parseTarget, reportedScore } from './grading';
import { toPublicQuestion } from './public-questions';
import type { BankQuestion } from '../questions/schema';

const single: BankQuestion = {
  lesson: 'l',
  id: 'q-single',
  kind: 'single',
  prompt: 'Pick one',
  explanation: 'Because.',
  section: 's',
  options: [
    { id: 'a', text: 'A', correct: true },
    { id: 'b', text: 'B', feedback: 'Not B.' },
  ],
};
const order: BankQuestion = {
  lesson: 'l',
  id: 'q-order',
  kind: 'order',
  prompt: 'Order',
  explanation: 'E.',
  section: 's',
  steps: [
    { id: 'one', text: '1' },
    { id: 'two', text: '2' },
    { id: 'three', text: '3' },
  ],
};
const tf: BankQuestion = {
  lesson: 'l',
  id: 'q-tf',
  kind: 'true-false',
  prompt: 'True?',
  explanation: 'E.',
  section: 's',
  answer: false,
  why: 'No.',
  wrongFeedback: 'It is false.',
};
const questions = [single, order, tf];
const now = new Date('2026-12-06T09:00:00Z');
const at = '2026-12-06T08:59:00.000Z';

describe('gradeSubmission', () => {
  test('recomputes every mark from the choices; an unanswered question is wrong', () => {
    const result = gradeSubmission(
      questions,
      {
        startedAt: at,
        answers: [
          { questionId: 'q-single', answer: { kind: 'choice', optionIds: ['a'] }, answeredAt: at },
          { questionId: 'q-order', answer: { kind: 'order', stepIds: ['two', 'one', 'three'] }, answeredAt: at },
        ],
      },
      now,
    );
    expect(result.answers.map((answer) => [answer.questionId, answer.correct, answer.chosen])).toEqual([
      ['q-single', true, ['a']],
      ['q-order', false, ['two', 'one', 'three']],
      ['q-tf', false, []],
    ]);
    expect(result).toMatchObject({ correct: 1, total: 3, percent: 33.33 });
  });

  test('a forged or stale page is refused: a question from elsewhere, an option that does not exist, a question twice', () => {
    const check = (answers: Parameters<typeof gradeSubmission>[1]['answers']) => {
      try {
        gradeSubmission(questions, { startedAt: at, answers }, now);
      } catch (error) {
        return error instanceof LtiError ? error.check : 'other';
      }
      return 'accepted';
    };
    expect(check([{ questionId: 'q-elsewhere', answer: { kind: 'choice', optionIds: ['a'] }, answeredAt: at }])).toBe('request');
    expect(check([{ questionId: 'q-single', answer: { kind: 'choice', optionIds: ['z'] }, answeredAt: at }])).toBe('request');
    expect(
      check([
        { questionId: 'q-tf', answer: { kind: 'true-false', value: false }, answeredAt: at },
        { questionId: 'q-tf', answer: { kind: 'true-false', value: true }, answeredAt: at },
      ]),
    ).toBe('request');
  });

  test('an answer time in the future is clamped to now', () => {
    const result = gradeSubmission(
      questions,
      { startedAt: at, answers: [{ questionId: 'q-tf', answer: { kind: 'true-false', value: false }, answeredAt: '2030-01-01T00:00:00.000Z' }] },
      now,
    );
    expect(result.answers[2]).toMatchObject({ correct: true, chosen: ['false'], answeredAt: now });
  });
});

test('the gradebook gets the best attempt, scaled to the maximum', () => {
  expect(reportedScore([40, 75, 50], 10)).toBe(7.5);
  expect(reportedScore([], 10)).toBe(0);
});

test('parseTarget reads a deep-linked check-up and refuses anything else', () => {
  const custom = {
    item_kind: 'check-up',
    item_id: 'launch-types',
    assignment: JSON.stringify({ v: 1, mode: 'graded', parts: ['check-up'], rounds: [], attempts: 2, feedback: 'none' }),
    score_maximum: '10',
  };
  expect(parseTarget(custom)).toMatchObject({ lesson: 'launch-types', scoreMaximum: 10, assignment: { attempts: 2 } });
  expect(() => parseTarget({ ...custom, assignment: '{"v":1,"mode":"practice"}' })).toThrow(LtiError);
  expect(() => parseTarget({ ...custom, item_id: '../etc' })).toThrow(LtiError);
  expect(() => parseTarget(undefined)).toThrow(LtiError);
});

test('the page gets no answer: no correct flag, feedback, explanation, and steps out of order', () => {
  const shown = questions.map(toPublicQuestion);
  const text = JSON.stringify(shown);
  for (const secret of ['correct', 'feedback', 'explanation', 'Not B.', 'Because.', 'It is false.', 'No.']) expect(text).not.toContain(secret);
  expect(shown[1].choices.map((choice) => choice.id)).not.toEqual(['one', 'two', 'three']);
});
