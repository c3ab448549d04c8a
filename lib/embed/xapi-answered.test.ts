import { describe, expect, it } from 'vitest';
import validateStatement from '@learninglocker/xapi-validation';
import { ANSWERED_VERB, CMI_INTERACTION, buildAnsweredStatements, type AnsweredStatement } from './xapi-answered';
import { buildStatement } from './xapi';
import type { Interaction } from '../lms/interactions';
import { allRounds } from '../quiz/matrix';
import { scoreRound } from '../quiz/scoring';
import { cardInteractions } from '../quiz/interaction';
import { randomUuid } from './ids';

const origin = 'https://course.example';
const at = '2026-12-01T10:00:00.000Z';
/** What a host does before sending to its LRS: add the learner. Learning Locker's validator then sees a whole statement. */
const withActor = (statement: object) => ({ ...statement, actor: { objectType: 'Agent', mbox: 'mailto:student@example.edu' } });
const problems = (statement: object) => validateStatement(withActor(statement)).map((warning) => `${warning.path.join('.')}: ${warning.constructor.name}`);

const checkUp: Interaction[] = [
  {
    id: 'check-up.launch-types.fargate-kind',
    type: 'choice',
    description: 'What kind of service is AWS Fargate?',
    choices: [
      { id: 'a', text: 'A serverless compute engine for containers' },
      { id: 'b', text: 'A third orchestrator' },
    ],
    response: ['b'],
    correct: ['a'],
    result: 'wrong',
    latencyMs: 12_340,
    at,
  },
  {
    id: 'check-up.launch-types.ec2-patching',
    type: 'true-false',
    description: 'On EC2 you patch the instances.',
    choices: [],
    response: ['true'],
    correct: ['true'],
    result: 'correct',
    latencyMs: 4_000,
    at,
  },
  {
    id: 'check-up.launch-types.request-path',
    type: 'sequencing',
    description: 'Put the steps in order.',
    choices: [
      { id: 'a', text: 'Load balancer' },
      { id: 'b', text: 'Task' },
    ],
    response: ['a', 'b'],
    correct: ['a', 'b'],
    result: 'correct',
    latencyMs: 9_000,
    at,
  },
];

describe('xAPI "answered" statements', () => {
  const statements = buildAnsweredStatements({ origin, lesson: 'launch-types', parentName: 'Check-up: launch types', interactions: checkUp, uuid: randomUuid });

  it("are valid xAPI statements by Learning Locker's validator once the host adds the actor, one per question", () => {
    expect(statements).toHaveLength(checkUp.length);
    for (const statement of statements) expect(problems(statement)).toEqual([]);
    expect(new Set(statements.map((statement) => statement.id)).size).toBe(statements.length);
  });

  it('give each question its own activity id, the check-up as parent, the lesson and the course as grouping', () => {
    const [choice] = statements;
    expect(choice.verb.id).toBe(ANSWERED_VERB);
    expect(choice.object.id).toBe('https://course.example/xapi/activities/check-up/launch-types/fargate-kind');
    expect(choice.context.contextActivities.parent.map((activity) => activity.id)).toEqual(['https://course.example/xapi/activities/check-up/launch-types']);
    expect(choice.context.contextActivities.grouping.map((activity) => activity.id)).toEqual([
      'https://course.example/lessons/launch-types',
      'https://course.example/',
    ]);
    expect(new Set(statements.map((statement) => statement.object.id)).size).toBe(statements.length);
  });

  it('carry the cmi.interaction definition and the response in xAPI patterns', () => {
    const [choice, trueFalse, order] = statements;
    expect(choice.object.definition).toMatchObject({
      type: CMI_INTERACTION,
      interactionType: 'choice',
      correctResponsesPattern: ['a'],
      choices: [{ id: 'a' }, { id: 'b' }],
    });
    expect(choice.result).toEqual({ success: false, response: 'b', duration: 'PT12.34S' });
    expect(trueFalse.object.definition).not.toHaveProperty('choices');
    expect(trueFalse.object.definition.correctResponsesPattern).toEqual(['true']);
    expect(order.object.definition.correctResponsesPattern).toEqual(['a[,]b']);
    for (const statement of statements) {
      expect(statement).not.toHaveProperty('version');
      expect(statement).not.toHaveProperty('actor');
      expect(statement.context.language).toBe('en-US');
    }
  });

  it("a quiz round's cards: one statement per card, each under its round", () => {
    const round = allRounds()[0];
    const placements = Object.fromEntries(round.cards.map((card) => [card.id, card.answer]));
    const interactions = cardInteractions(round, scoreRound(round.cards, placements).results, 60_000, at);
    const cards = buildAnsweredStatements({ origin, lesson: 'shared-responsibility', parentName: round.title, interactions, uuid: randomUuid });
    expect(cards).toHaveLength(round.cards.length);
    for (const card of cards) {
      expect(problems(card)).toEqual([]);
      expect(card.context.contextActivities.parent[0].id).toBe(`https://course.example/xapi/activities/quiz/${round.id}`);
      expect(card.result.success).toBe(true);
    }
  });

  it('the validator is not a rubber stamp: it finds what a broken statement gets wrong', () => {
    const [statement] = statements;
    const broken = {
      ...statement,
      verb: { id: 'answered' },
      object: { ...statement.object, definition: { ...statement.object.definition, interactionType: 'essay-ish' } },
    } as unknown as AnsweredStatement;
    expect(problems(broken).length).toBeGreaterThanOrEqual(2);
    const result = buildStatement({
      attemptId: randomUuid(),
      objectId: `${origin}/embed/widgets/check-up/launch-types`,
      name: 'Check-up',
      kind: 'widget',
      score: 2,
      max: 3,
      passed: false,
      graded: true,
      completedAt: at,
      durationMs: 25_340,
    });
    expect(problems(result)).toEqual([]);
  });
});
