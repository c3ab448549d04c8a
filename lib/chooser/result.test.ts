import { expect, test } from 'vitest';
import { chooserResult, queryFromRecord } from './result';
import { chooserCollection } from './schema';

const data = chooserCollection.get();

test('a query record becomes search params, repeated keys in order and missing values left out', () => {
  expect(queryFromRecord({ workload: 'web', team: ['ecs', 'eks'], gone: undefined }).toString()).toBe('workload=web&team=ecs&team=eks');
});

test('the answers in the query are ranked, and the query comes back in canonical form', () => {
  const result = chooserResult({ gpu: 'yes', workload: 'web', utm_source: 'mail', os: 'beos' }, data);
  expect(result.answers).toEqual({ workload: 'web', gpu: 'yes' });
  expect(result.query).toBe('workload=web&gpu=yes');
  expect(result.answeredAny).toBe(true);
  expect(result.ranking.excluded.map((item) => item.target)).toContain('ecs-fargate');
});

test('no answers: nothing answered, an empty query', () => {
  const result = chooserResult({ utm_source: 'mail' }, data);
  expect(result).toMatchObject({ answers: {}, query: '', answeredAny: false });
});
