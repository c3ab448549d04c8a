/**
 * Loads the AWS service models the CLI check needs, offline, from the `aws-sdk` (v2) package's `apis/` folder:
 * each operation's input members become its CLI options, and `waiters2.json` gives each waiter's acceptors. The
 * AWS CLI is generated from the same service models. Node only (content check and unit tests).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { kebab, type ServiceModel } from './cli';

/** CLI service name -> model file prefix in aws-sdk/apis. */
const MODEL_PREFIX: Record<string, string> = {
  ecs: 'ecs-2014-11-13',
  ecr: 'ecr-2015-09-21',
  ec2: 'ec2-2016-11-15',
  logs: 'logs-2014-03-28',
  lambda: 'lambda-2015-03-31',
  configservice: 'config-2014-11-12',
  iam: 'iam-2010-05-08',
  ssm: 'ssm-2014-11-06',
  secretsmanager: 'secretsmanager-2017-10-17',
  sqs: 'sqs-2012-11-05',
  s3api: 's3-2006-03-01',
  guardduty: 'guardduty-2017-11-28',
  organizations: 'organizations-2016-11-28',
};

interface RawModel {
  operations: Record<string, { input?: { shape?: string; members?: Record<string, unknown> } }>;
  shapes: Record<string, { members?: Record<string, unknown> }>;
}

function apisDir(): string {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  return path.join(path.dirname(require.resolve('aws-sdk/package.json')), 'apis');
}

let cache: Record<string, ServiceModel> | undefined;

/** Every CLI service the course uses, as command and waiter tables. */
export function loadServiceModels(): Record<string, ServiceModel> {
  if (cache) return cache;
  const dir = apisDir();
  const models: Record<string, ServiceModel> = {};
  for (const [service, prefix] of Object.entries(MODEL_PREFIX)) {
    const raw = JSON.parse(fs.readFileSync(path.join(dir, `${prefix}.min.json`), 'utf8')) as RawModel;
    const commands: ServiceModel['commands'] = {};
    for (const [name, operation] of Object.entries(raw.operations)) {
      const input = operation.input;
      const members = input?.members ?? (input?.shape ? raw.shapes[input.shape]?.members : undefined) ?? {};
      commands[kebab(name)] = Object.keys(members).map(kebab);
    }
    const waiters: ServiceModel['waiters'] = {};
    const waiterFile = path.join(dir, `${prefix}.waiters2.json`);
    if (fs.existsSync(waiterFile)) {
      const rawWaiters = JSON.parse(fs.readFileSync(waiterFile, 'utf8')) as {
        waiters: Record<string, { operation: string; acceptors: { state: string; expected: unknown }[] }>;
      };
      for (const [name, waiter] of Object.entries(rawWaiters.waiters)) {
        const states = (state: string) => waiter.acceptors.filter((acceptor) => acceptor.state === state).map((acceptor) => String(acceptor.expected));
        waiters[kebab(name)] = { command: kebab(waiter.operation), success: states('success'), failure: states('failure') };
      }
    }
    models[service] = { commands, waiters };
  }
  cache = models;
  return models;
}

/** The API actions a service offers, for checking the actions an IAM policy names (`ecs:UpdateService`). */
export function apiActions(iamPrefix: string): string[] | undefined {
  const service = { config: 'configservice', s3: 's3api' }[iamPrefix] ?? iamPrefix;
  const prefix = MODEL_PREFIX[service];
  if (!prefix) return undefined;
  const raw = JSON.parse(fs.readFileSync(path.join(apisDir(), `${prefix}.min.json`), 'utf8')) as RawModel;
  return Object.keys(raw.operations);
}
