import { expect, it } from 'vitest';
import { checkTaskDefinition, checkTaskDefinitionText, launchTypeOf, RULES, RULE_IDS, type RuleId } from './rules';

const hardened = () => ({
  family: 'orders-api',
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  cpu: '512',
  memory: '1024',
  executionRoleArn: 'arn:aws:iam::111122223333:role/orders-api-execution',
  containerDefinitions: [
    {
      name: 'orders-api',
      image: '111122223333.dkr.ecr.us-east-1.amazonaws.com/orders-api:1.4.2',
      essential: true,
      user: '10001',
      readonlyRootFilesystem: true,
      logConfiguration: {
        logDriver: 'awslogs',
        options: { 'awslogs-group': '/ecs/orders-api', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'orders' },
      },
      secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:orders/db-AbCdEf' }],
    },
  ],
});

const rulesOf = (td: unknown) => checkTaskDefinition(td).map((finding) => finding.rule);
type Td = ReturnType<typeof hardened>;
const broken = (change: (td: Td & Record<string, unknown>) => void) => {
  const td = hardened() as Td & Record<string, unknown>;
  change(td);
  return rulesOf(td);
};
const container = (td: Td) => td.containerDefinitions[0] as Record<string, unknown>;

it('a hardened Fargate task definition has no finding', () => {
  expect(checkTaskDefinition(hardened())).toEqual([]);
});

it('fargate-network-mode: a missing or non-awsvpc network mode on Fargate, but not on EC2', () => {
  expect(broken((td) => delete (td as Record<string, unknown>).networkMode)).toEqual(['fargate-network-mode']);
  expect(broken((td) => (td.networkMode = 'bridge'))).toEqual(['fargate-network-mode']);
  expect(
    broken((td) => {
      td.networkMode = 'bridge';
      td.requiresCompatibilities = ['EC2'];
    }),
  ).toEqual([]);
});

it('fargate-cpu-memory: only the sizes Fargate offers', () => {
  expect(broken((td) => (td.memory = '3000'))).toEqual(['fargate-cpu-memory']);
  expect(broken((td) => (td.cpu = '384'))).toEqual(['fargate-cpu-memory']);
  expect(
    broken((td) => {
      td.cpu = '16384';
      td.memory = '122880';
    }),
  ).toEqual([]);
  expect(
    broken((td) => {
      td.cpu = '16384';
      td.memory = '126976';
    }),
  ).toEqual(['fargate-cpu-memory']);
  expect(
    broken((td) => {
      td.cpu = '256';
      td.memory = '512';
    }),
  ).toEqual([]);
});

it('execution-role: needed for a private ECR image, awslogs or secrets; not for a public image without them', () => {
  expect(broken((td) => delete (td as Record<string, unknown>).executionRoleArn)).toEqual(['execution-role']);
  const message = checkTaskDefinition({ ...hardened(), executionRoleArn: undefined })[0].message;
  expect(message).toContain('pulls a private ECR image, sends logs with awslogs, fetches secrets');
  const publicImage = hardened() as Record<string, unknown> & Td;
  delete (publicImage as Record<string, unknown>).executionRoleArn;
  Object.assign(container(publicImage), { image: 'public.ecr.aws/nginx/nginx:1.27', logConfiguration: { logDriver: 'awsfirelens' }, secrets: [] });
  expect(rulesOf(publicImage)).toEqual([]);
});

it('no-privileged and fargate-capabilities: privileged anywhere, added capabilities other than SYS_PTRACE on Fargate', () => {
  expect(broken((td) => (container(td).privileged = true))).toEqual(['no-privileged']);
  expect(broken((td) => (container(td).linuxParameters = { capabilities: { add: ['SYS_PTRACE'] } }))).toEqual([]);
  expect(broken((td) => (container(td).linuxParameters = { capabilities: { add: ['CAP_SYS_PTRACE', 'NET_ADMIN'] } }))).toEqual(['fargate-capabilities']);
  expect(
    broken((td) => {
      td.requiresCompatibilities = ['EC2'];
      container(td).linuxParameters = { capabilities: { add: ['NET_ADMIN'] } };
    }),
  ).toEqual([]);
});

it('non-root-user: no user, root or uid 0 (with or without a group)', () => {
  expect(broken((td) => delete container(td).user)).toEqual(['non-root-user']);
  expect(broken((td) => (container(td).user = 'root'))).toEqual(['non-root-user']);
  expect(broken((td) => (container(td).user = '0:0'))).toEqual(['non-root-user']);
  expect(broken((td) => (container(td).user = '10001:10001'))).toEqual([]);
});

it('read-only-root, secrets-in-environment and log-configuration', () => {
  expect(broken((td) => (container(td).readonlyRootFilesystem = false))).toEqual(['read-only-root']);
  expect(
    broken(
      (td) =>
        (container(td).environment = [
          { name: 'LOG_LEVEL', value: 'info' },
          { name: 'STRIPE_API_KEY', value: 'sk_live_x' },
        ]),
    ),
  ).toEqual(['secrets-in-environment']);
  const finding = checkTaskDefinition({
    ...hardened(),
    containerDefinitions: [{ ...container(hardened()), environment: [{ name: 'DB_PASSWORD', value: 'x' }] }],
  })[0];
  expect(finding.path).toBe('containerDefinitions[0].environment[0]');
  expect(broken((td) => delete container(td).logConfiguration)).toEqual(['log-configuration']);
  expect(
    broken((td) => {
      delete container(td).logConfiguration;
      container(td).essential = false;
    }),
  ).toEqual([]);
});

it('launchTypeOf reads requiresCompatibilities; text that is not JSON is an error, not a crash', () => {
  expect(launchTypeOf(hardened())).toBe('FARGATE');
  expect(launchTypeOf({ requiresCompatibilities: ['EC2'] })).toBe('EC2');
  expect(launchTypeOf(null)).toBe('EC2');
  expect(checkTaskDefinitionText('{ "family": ')).toMatchObject({ ok: false });
  expect(checkTaskDefinitionText(JSON.stringify(hardened()))).toEqual({ ok: true, findings: [] });
  expect(checkTaskDefinition([])).toHaveLength(1);
});

it('every rule has a lesson section and an AWS page', () => {
  for (const id of RULE_IDS as RuleId[]) {
    expect(RULES[id].lesson).toMatch(/^\/lessons\/[a-z-]+#[a-z0-9-]+$/);
    expect(RULES[id].source.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  }
});
