import { expect, it } from 'vitest';
import { buildStatement, isoDuration, statementProblems, VERBS, type StatementInput } from './xapi';

const input: StatementInput = {
  attemptId: '0b8c5a4e-3c1f-4d2a-9e6b-1f2a3b4c5d6e',
  objectId: 'https://course.example/embed/widgets/responsibility-quiz',
  name: 'Who manages what',
  kind: 'widget',
  score: 6,
  max: 8,
  passed: false,
  graded: true,
  completedAt: '2026-12-01T10:00:00.000Z',
  durationMs: 83_456,
};

it('xAPI 1.0.3 statement: a graded attempt is passed or failed, with a scaled score, success, completion and duration', () => {
  const failed = buildStatement(input);
  expect(failed.verb).toEqual({ id: VERBS.failed, display: { 'en-US': 'failed' } });
  expect(failed.result).toEqual({ score: { raw: 6, min: 0, max: 8, scaled: 0.75 }, success: false, completion: true, duration: 'PT1M23.46S' });
  expect(failed.object).toMatchObject({ objectType: 'Activity', id: input.objectId, definition: { type: 'http://adlnet.gov/expapi/activities/assessment' } });
  expect(failed).not.toHaveProperty('version');
  expect(failed.context.language).toBe('en-US');
  expect(failed).not.toHaveProperty('actor');
  expect(statementProblems(failed)).toEqual([]);
  const passed = buildStatement({ ...input, score: 8, passed: true });
  expect(passed.verb.id).toBe(VERBS.passed);
  expect(passed.result.success).toBe(true);
  expect(passed.result.score?.scaled).toBe(1);
});

it('xAPI 1.0.3 statement: an ungraded attempt (a chooser run, a checklist) is completed, without success', () => {
  const statement = buildStatement({
    ...input,
    graded: false,
    kind: 'lesson',
    objectId: 'https://course.example/lessons/launch-types',
    score: 1,
    max: 1,
    passed: true,
  });
  expect(statement.verb.id).toBe(VERBS.completed);
  expect(statement.result).not.toHaveProperty('success');
  expect(statement.result).not.toHaveProperty('score');
  expect(statement.object.definition.type).toBe('http://adlnet.gov/expapi/activities/lesson');
  expect(statementProblems(statement)).toEqual([]);
});

it('xAPI 1.0.3 statement: durations are ISO 8601 with centisecond precision', () => {
  expect(isoDuration(0)).toBe('PT0S');
  expect(isoDuration(1234)).toBe('PT1.23S');
  expect(isoDuration(60_000)).toBe('PT1M');
  expect(isoDuration(3_723_000)).toBe('PT1H2M3S');
  expect(isoDuration(-5)).toBe('PT0S');
});

it('xAPI 1.0.3 statement: the validator catches what would make an LRS refuse the statement', () => {
  const good = buildStatement(input);
  expect(statementProblems({ ...good, id: 'attempt-1' })).toContain('id must be a UUID');
  expect(statementProblems({ ...good, object: { ...good.object, id: '/lessons/x' } })).toContain('object must be an Activity with an IRI id');
  expect(statementProblems({ ...good, result: { ...good.result, duration: '83 s' } })).toContain('result.duration must be an ISO 8601 duration');
  expect(statementProblems({ ...good, result: { ...good.result, score: { raw: 9, min: 0, max: 8, scaled: 1.1 } } })).toHaveLength(2);
  expect(statementProblems({ ...good, timestamp: '2026-12-01 10:00' })).toHaveLength(1);
  expect(statementProblems({ ...good, actor: { mbox: 'mailto:a@b.c' } } as never)).toContain('actor must be left to the host');
  expect(statementProblems({ ...good, version: '1.0.3' } as never)).toContain('version must be left to the LRS');
});

it('a part of the embed (a quiz round) is its own activity, with the embedded thing as its parent', () => {
  const round = buildStatement({ ...input, part: { id: 'https://course.example/xapi/activities/quiz/fargate', name: 'Who manages what: round fargate' } });
  expect(round.object.id).toBe('https://course.example/xapi/activities/quiz/fargate');
  expect(round.object.definition.name['en-US']).toBe('Who manages what: round fargate');
  expect(round.context.contextActivities).toEqual({ parent: [{ objectType: 'Activity', id: input.objectId }] });
  expect(statementProblems(round)).toEqual([]);
  expect(buildStatement(input).context).not.toHaveProperty('contextActivities');
});
