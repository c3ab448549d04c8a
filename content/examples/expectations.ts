/**
 * What the course says its policy examples allow and deny, and the few task definitions that are deliberately not
 * hardened, as data the content check tests (lib/examples/check.ts). Each case is a call some lesson names: when
 * an example changes, a case here fails if the text around it no longer holds.
 */
import type { RuleId } from '@/lib/taskdef/rules';

type Result = 'allowed' | 'explicit-deny' | 'implicit-deny';
export interface PolicyCase {
  principal: string;
  action: string;
  resource: string;
  region?: string;
  context?: Record<string, string>;
  result: Result;
  /** Why the lesson cares, shown when the case fails. */
  because: string;
}
export interface PolicyExpectation {
  /** The identity policy under test (or an administrator's `*` when the file under test is an SCP). */
  identity: string | 'administrator';
  scps?: string[];
  cases: PolicyCase[];
}

const ACCOUNT = '111122223333';
const PIPELINE = `arn:aws:iam::${ACCOUNT}:role/orders-api-pipeline`;
const ENGINEER = `arn:aws:iam::${ACCOUNT}:role/engineer-admin`;
const DEPLOYER = `arn:aws:iam::${ACCOUNT}:role/platform-deployer`;
const EXECUTION = `arn:aws:iam::${ACCOUNT}:role/orders-api-execution`;
const ORDERS_SERVICE = `arn:aws:ecs:us-east-1:${ACCOUNT}:service/prod/orders-api`;

export const policyExpectations: PolicyExpectation[] = [
  {
    identity: 'ecs-security-control-plane/deploy-orders-api.policy.json',
    scps: ['ecs-security-control-plane/prod-guardrails.scp.json'],
    cases: [
      { principal: PIPELINE, action: 'ecs:RegisterTaskDefinition', resource: '*', result: 'allowed', because: 'the pipeline registers a new revision on every release, and the SCP must not block it' },
      { principal: PIPELINE, action: 'ecs:UpdateService', resource: ORDERS_SERVICE, result: 'allowed', because: 'the pipeline redeploys orders-api' },
      { principal: PIPELINE, action: 'iam:PassRole', resource: EXECUTION, context: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' }, result: 'allowed', because: 'the new revision names the execution role' },
      { principal: PIPELINE, action: 'iam:PassRole', resource: `arn:aws:iam::${ACCOUNT}:role/admin`, context: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' }, result: 'implicit-deny', because: 'a stolen pipeline credential cannot hand an admin role to a task' },
      { principal: PIPELINE, action: 'ecs:UpdateService', resource: `arn:aws:ecs:us-east-1:${ACCOUNT}:service/prod/thumbnail-worker`, result: 'implicit-deny', because: 'the deploy role touches orders-api only' },
      { principal: PIPELINE, action: 'ecs:DeleteService', resource: ORDERS_SERVICE, result: 'explicit-deny', because: 'deleting is left to the platform-deployer role' },
      { principal: PIPELINE, action: 'ecs:UpdateService', resource: ORDERS_SERVICE, region: 'eu-west-1', result: 'explicit-deny', because: 'ECS is locked to us-east-1' },
    ],
  },
  {
    identity: 'administrator',
    scps: ['ecs-security-control-plane/prod-guardrails.scp.json'],
    cases: [
      { principal: ENGINEER, action: 'ecs:DeleteService', resource: ORDERS_SERVICE, result: 'explicit-deny', because: 'the lesson: an engineer with full ECS permissions gets an explicit deny from the SCP' },
      { principal: ENGINEER, action: 'ecs:CreateCluster', resource: '*', result: 'explicit-deny', because: 'creating clusters is the deployer’s job' },
      { principal: DEPLOYER, action: 'ecs:DeleteService', resource: ORDERS_SERVICE, result: 'allowed', because: 'the platform-deployer role is the exception' },
      { principal: ENGINEER, action: 'ecs:UpdateService', resource: ORDERS_SERVICE, result: 'allowed', because: '“What stays open”: UpdateService is not in the list' },
      { principal: ENGINEER, action: 'ecs:RegisterTaskDefinition', resource: '*', result: 'allowed', because: '“What stays open”: RegisterTaskDefinition is not in the list' },
      { principal: DEPLOYER, action: 'ecr:PutImage', resource: '*', region: 'eu-west-1', result: 'explicit-deny', because: 'ECR is locked to us-east-1 too' },
    ],
  },
  {
    identity: 'fargate-security/execution-role.policy.json',
    cases: [
      { principal: EXECUTION, action: 'ecr:BatchGetImage', resource: `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/orders-api`, result: 'allowed', because: 'the role pulls the orders-api image' },
      { principal: EXECUTION, action: 'ecr:BatchGetImage', resource: 'arn:aws:ecr:us-east-1:593207742271:repository/aws-guardduty-agent-fargate', result: 'allowed', because: 'the role pulls the GuardDuty sidecar' },
      { principal: EXECUTION, action: 'ecr:BatchGetImage', resource: `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/thumbnail-worker`, result: 'implicit-deny', because: 'it is scoped to one repository of ours' },
      { principal: EXECUTION, action: 'logs:PutLogEvents', resource: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/ecs/orders-api:log-stream:orders/orders-api/abc`, result: 'allowed', because: 'the hardened task definition sends awslogs output' },
    ],
  },
  {
    identity: 'ecs-security-application/thumbnail-worker-task-role.policy.json',
    cases: [
      { principal: 'task', action: 's3:GetObject', resource: 'arn:aws:s3:::media-111122223333/originals/cat.jpg', result: 'allowed', because: 'it reads originals' },
      { principal: 'task', action: 's3:PutObject', resource: 'arn:aws:s3:::media-111122223333/thumbnails/cat.jpg', result: 'allowed', because: 'it writes thumbnails' },
      { principal: 'task', action: 's3:GetObject', resource: 'arn:aws:s3:::media-111122223333/private/x', result: 'implicit-deny', because: 'it cannot read other prefixes' },
      { principal: 'task', action: 's3:DeleteBucket', resource: 'arn:aws:s3:::media-111122223333', result: 'implicit-deny', because: 'it cannot delete the bucket' },
    ],
  },
];

/** Task definitions shown on purpose before they are hardened: the rules they may break, and why. */
export const taskDefinitionAllowances: Record<string, { rules: RuleId[]; because: string }> = {
  'container-options/orders-api.taskdef.json': {
    rules: ['non-root-user', 'read-only-root', 'log-configuration'],
    because: 'the container-options lesson shows the least that runs; the security lessons harden the same task definition',
  },
};
