import validateStatement from '@learninglocker/xapi-validation';
import { expect, test } from 'vitest';
import { testRounds } from '../testing/quiz-rounds';
import { ANSWERED_VERB } from '../../embed/xapi-answered';
import { quizContentItem } from '../deep-linking';
import { parseTarget } from '../grading';
import { gradeQuizSubmission, quizSubmissionSchema } from '../quiz-grading';
import { quizAttemptStatements, type XapiActor } from './lrs';

const rounds = testRounds;
const actor: XapiActor = { objectType: 'Agent', name: 'Ada', account: { homePage: 'https://lms.test', name: 'sub-1' } };
const startedAt = new Date('2026-12-06T10:00:00.000Z');
const now = new Date('2026-12-06T10:05:00.000Z');

test("a quiz attempt's statements: one valid 'answered' per card (parent the round, the zone chosen), then the result", () => {
  const target = parseTarget(
    quizContentItem('https://tool.test', {
      rounds: rounds.map((round) => ({ id: round.id, title: round.title, cardCount: round.cards.length })),
      assignment: { v: 1, mode: 'graded', parts: ['quiz'], rounds: [], attempts: 2, feedback: 'none' },
      scoreMaximum: 10,
    }).custom,
  );
  if (target.kind !== 'quiz') throw new Error('expected a quiz target');
  const submission = quizSubmissionSchema.parse({
    kind: 'quiz',
    startedAt: startedAt.toISOString(),
    rounds: [
      { roundId: 'fargate', placements: { application: 'you', plugins: 'aws' }, answeredAt: '2026-12-06T10:02:00.000Z' },
      { roundId: 'ec2', placements: { application: 'you', os: 'you' }, answeredAt: '2026-12-06T10:04:00.000Z' },
    ],
  });
  const graded = gradeQuizSubmission(rounds, submission, now);
  let n = 0;
  const statements = quizAttemptStatements({
    origin: 'https://tool.test',
    actor,
    attemptId: '00000000-0000-4000-8000-00000000000a',
    target,
    itemName: 'Responsibility quiz: Fargate, EC2',
    lesson: 'shared-responsibility',
    rounds,
    graded,
    startedAt,
    now,
    uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  }) as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

  for (const statement of statements) expect(validateStatement(statement), JSON.stringify(statement)).toEqual([]);
  const answered = statements.filter((statement) => statement.verb.id === ANSWERED_VERB);
  expect(answered).toHaveLength(5);
  const plugins = answered.find((statement) => statement.object.id === 'https://tool.test/xapi/activities/quiz/fargate/plugins');
  expect(plugins?.result).toMatchObject({ success: false, response: 'a' });
  expect(plugins?.object.definition.correctResponsesPattern).toEqual(['s']);
  expect(plugins?.context.contextActivities.parent[0].id).toBe('https://tool.test/xapi/activities/quiz/fargate');
  // The unplaced card is answered with no response, and wrong.
  const os = answered.find((statement) => statement.object.id === 'https://tool.test/xapi/activities/quiz/fargate/os');
  expect(os?.result).toMatchObject({ success: false, response: '' });
  expect(answered.every((statement) => statement.actor === actor || statement.actor.account.name === 'sub-1')).toBe(true);

  const result = statements.at(-1)!;
  expect(result.verb.id).not.toBe(ANSWERED_VERB);
  expect(result.object.id).toBe('https://tool.test/xapi/activities/quiz/responsibility-quiz_fargate_ec2');
  expect(result.result.score).toMatchObject({ raw: 3, max: 5 });
  expect(result).not.toHaveProperty('version');
});
