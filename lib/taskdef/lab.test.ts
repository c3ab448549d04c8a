import fs from 'node:fs';
import { expect, it } from 'vitest';
import { LAB_START, PLANTED, labState, labSummary } from './lab';
import { RULES } from './rules';

const hardened = fs.readFileSync('content/examples/ecs-security-application/orders-api-hardened.taskdef.json', 'utf8');

it('the starting task definition has exactly the seven planted problems, one finding each', () => {
  const state = labState(LAB_START);
  expect(state.problem).toBeNull();
  expect(state.findings.map((finding) => finding.rule).sort()).toEqual([...PLANTED].sort());
  expect(state).toMatchObject({ score: 0, max: 7, solved: false });
  expect(labSummary(state)).toBe('7 findings left; 0 of 7 planted problems fixed.');
  for (const rule of PLANTED) expect(RULES[rule].lesson).toMatch(/^\/lessons\//);
});

it('fixing problems one at a time raises the score per fixed problem', () => {
  const start = JSON.parse(LAB_START);
  start.networkMode = 'awsvpc';
  delete start.containerDefinitions[0].privileged;
  const state = labState(JSON.stringify(start));
  expect(state.fixed).toEqual(['fargate-network-mode', 'no-privileged']);
  expect(state.score).toBe(2);
});

it('the course’s hardened task definition solves it', () => {
  const state = labState(hardened);
  expect(state).toMatchObject({ solved: true, score: 7, findings: [], problem: null });
  expect(labSummary(state)).toBe('Solved: no finding left. 7 of 7 planted problems fixed.');
});

it('half-typed JSON is a syntax problem, and deleting the container fixes nothing', () => {
  expect(labState(LAB_START.slice(0, 40))).toMatchObject({ problem: { kind: 'syntax' }, score: 0, solved: false });
  const gutted = JSON.parse(LAB_START);
  gutted.containerDefinitions = [];
  gutted.networkMode = 'awsvpc';
  expect(labState(JSON.stringify(gutted))).toMatchObject({ problem: { kind: 'shape' }, score: 0, solved: false });
  const ec2 = JSON.parse(hardened);
  ec2.requiresCompatibilities = ['EC2'];
  expect(labState(JSON.stringify(ec2)).solved).toBe(false);
});
