import { describe, expect, it } from 'vitest';
import { chooserContent as data } from '@/content/chooser';
import { describeAnswer, describeAnswerRef, formatAsOf, summariseRanking } from './describe';
import { rankTargets } from './engine';

describe('chooser wording', () => {
  it('formats the as-of month in English', () => {
    expect(formatAsOf('2026-11')).toBe('November 2026');
    expect(formatAsOf('2026-13')).toBe('2026-13');
  });

  it('describes answers and answer references', () => {
    const gpu = data.questions.find((question) => question.id === 'gpu')!;
    const access = data.questions.find((question) => question.id === 'access')!;
    expect(describeAnswer(gpu, { gpu: 'yes' })).toBe('Yes');
    expect(describeAnswer(gpu, {})).toBe('Not answered');
    expect(describeAnswer(access, { access: [] })).toBe('None ticked');
    expect(describeAnswer(access, { access: ['host-agent', 'privileged'] })).toBe('Privileged mode or Docker-in-Docker, An agent on every host');
    expect(describeAnswerRef(data, { question: 'gpu', option: 'yes', negated: false })).toBe('GPU: Yes');
    expect(describeAnswerRef(data, { question: 'team', option: 'apprunner', negated: true })).toBe('Team experience: App Runner not ticked');
  });

  it('sums up a ranking in one sentence, including the all-excluded case', () => {
    const base = {
      workload: 'event',
      traffic: 'spiky',
      kubernetes: 'no',
      gpu: 'no',
      os: 'linux',
      access: [],
      host: 'none',
      size: 'small',
      monitoring: 'no',
      ops: 'zero',
      cost: 'no',
      team: [],
    };
    expect(summariseRanking(data, rankTargets(base, data))).toBe(
      'Top pick: AWS Lambda (container image), a strong fit. 5 more targets fit, and 2 targets are ruled out.',
    );
    const conflict = rankTargets({ ...base, workload: 'web', os: 'windows', gpu: 'yes' }, data);
    expect(summariseRanking(data, conflict)).toBe('No target fits every answer: all 8 are ruled out. Nearest option: Amazon ECS on EC2.');
  });
});

it('adds the conflict to the one-line summary when answers conflict', () => {
  const ranking = rankTargets({ workload: 'event', access: ['privileged'], host: 'none' }, data);
  expect(summariseRanking(data, ranking)).toMatch(/^Top pick: .*\. Some of your answers conflict\.$/);
  expect(summariseRanking(data, rankTargets({ workload: 'event', access: ['privileged'], host: 'instance' }, data))).not.toMatch(/conflict/);
});
