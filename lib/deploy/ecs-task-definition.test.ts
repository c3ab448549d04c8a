import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseTaskDefinition } from './ecs-task-definition';

const FILE = 'docs/ecs-task-definition.json';
const example = JSON.parse(fs.readFileSync(path.join(process.cwd(), FILE), 'utf8'));

/** The example with one change to its first container (or to the task when `task` is given). */
function variant(container: Record<string, unknown>, task: Record<string, unknown> = {}) {
  const copy = structuredClone(example);
  Object.assign(copy.containerDefinitions[0], container);
  return Object.assign(copy, task);
}

function errorsOf(data: unknown): string[] {
  const result = parseTaskDefinition(FILE, data);
  return result.status === 'invalid' ? result.errors : [];
}

describe('docs/ecs-task-definition.json', () => {
  test('is a valid Fargate task definition that follows the security lessons', () => {
    const result = parseTaskDefinition(FILE, example);
    expect(result.status === 'invalid' ? result.errors : []).toEqual([]);
  });

  test('runs the image the Dockerfile builds: its port, user and health check route', () => {
    const dockerfile = fs.readFileSync(path.join(process.cwd(), 'Dockerfile'), 'utf8');
    const [site] = example.containerDefinitions;
    expect(dockerfile).toContain(`USER ${site.user}`);
    expect(dockerfile).toContain(`EXPOSE ${site.portMappings[0].containerPort}`);
    expect(site.healthCheck.command.join(' ')).toContain('/healthz');
    expect(fs.existsSync(path.join(process.cwd(), 'app', 'healthz', 'route.ts'))).toBe(true);
    for (const mount of site.mountPoints) expect(['/tmp', '/app/.next/cache']).toContain(mount.containerPath);
  });
});

describe('the schema rejects what the course warns against', () => {
  test('a secret in plain environment variables', () => {
    expect(errorsOf(variant({ environment: [{ name: 'DATABASE_PASSWORD', value: 'hunter2' }] }))).toEqual([
      expect.stringMatching(/containerDefinitions\.0\.environment\.0": looks like a secret: put it in "secrets" with valueFrom/),
    ]);
    expect(errorsOf(variant({ environment: [{ name: 'AWS_KEY', value: 'AKIAIOSFODNN7EXAMPLE' }] }))).toEqual([expect.stringContaining('AWS access key id')]);
  });

  test('a secret passed by reference is accepted', () => {
    const secrets = [{ name: 'DATABASE_PASSWORD', valueFrom: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:orders-api/db-AbCdEf' }];
    expect(errorsOf(variant({ secrets }))).toEqual([]);
    expect(errorsOf(variant({ secrets: [{ name: 'DATABASE_PASSWORD', valueFrom: 'hunter2' }] }))).toEqual([
      expect.stringContaining('expected a Secrets Manager secret or SSM parameter ARN'),
    ]);
  });

  test('root, a writable root filesystem, privileged mode and added capabilities', () => {
    expect(errorsOf(variant({ user: '0:0' }))).toEqual([expect.stringContaining('expected a non-root user')]);
    expect(errorsOf(variant({ user: 'root' }))).toEqual([expect.stringContaining('expected a non-root user')]);
    expect(errorsOf(variant({ readonlyRootFilesystem: false }))).toEqual([expect.stringContaining('"containerDefinitions.0.readonlyRootFilesystem"')]);
    expect(errorsOf(variant({ privileged: true }))).toEqual([expect.stringContaining('privileged')]);
    expect(errorsOf(variant({ linuxParameters: { capabilities: { add: ['NET_ADMIN'] } } }))).toEqual([expect.stringContaining('only SYS_PTRACE')]);
    const withoutUser = variant({});
    delete withoutUser.containerDefinitions[0].user;
    expect(errorsOf(withoutUser)).toEqual([expect.stringContaining('"containerDefinitions.0.user"')]);
  });

  test('a missing execution role, other log drivers, :latest images and misspelt fields', () => {
    const noRole = variant({});
    delete noRole.executionRoleArn;
    expect(errorsOf(noRole)).toEqual([expect.stringContaining('"executionRoleArn"')]);
    expect(errorsOf(variant({ logConfiguration: { logDriver: 'json-file', options: {} } })).join('\n')).toContain('expected awslogs');
    expect(errorsOf(variant({ image: '111122223333.dkr.ecr.us-east-1.amazonaws.com/containers-on-aws-site:latest' }))).toEqual([
      expect.stringContaining('not :latest'),
    ]);
    expect(errorsOf(variant({ readOnlyRootFilesystem: true }))).toEqual([
      expect.stringContaining('field "containerDefinitions.0.readOnlyRootFilesystem": not expected here'),
    ]);
  });

  test('task sizes Fargate does not offer, unknown volumes and host ports that differ', () => {
    expect(errorsOf(variant({}, { memory: '4096' }))).toEqual([expect.stringContaining('with 256 CPU units (512-2048 MiB)')]);
    expect(errorsOf(variant({}, { cpu: '300' }))).toEqual([expect.stringContaining('Fargate CPU sizes')]);
    expect(errorsOf(variant({ mountPoints: [{ sourceVolume: 'scratch', containerPath: '/scratch' }] }))).toEqual([
      expect.stringContaining('expected a volume declared in "volumes", got "scratch"'),
    ]);
    expect(errorsOf(variant({ portMappings: [{ containerPort: 3000, hostPort: 80 }] }))).toEqual([expect.stringContaining('hostPort equal to containerPort')]);
    expect(errorsOf(variant({}, { networkMode: 'bridge' }))).toEqual([expect.stringContaining('awsvpc')]);
  });
});
