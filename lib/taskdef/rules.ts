/**
 * The course's rules for an ECS task definition, as one pure function: what ECS refuses on Fargate (network mode,
 * CPU and memory pairs, privileged mode, added capabilities), what a task needs to start (an execution role for a
 * private ECR image, awslogs or secrets) and the hardening the security lessons teach (non-root user, read-only root
 * file system, secrets out of `environment`, logs shipped off the task). The content check runs it over every task
 * definition the course shows, and the task-definition lab runs it in the browser as the learner types: no AWS call,
 * no dependency. Each finding names the lesson section that teaches it and the AWS page that states it.
 */

export type RuleId =
  | 'fargate-network-mode'
  | 'fargate-cpu-memory'
  | 'execution-role'
  | 'no-privileged'
  | 'fargate-capabilities'
  | 'non-root-user'
  | 'read-only-root'
  | 'secrets-in-environment'
  | 'log-configuration';

export type LaunchType = 'FARGATE' | 'EC2';

export interface Finding {
  rule: RuleId;
  /** Where in the JSON, e.g. `containerDefinitions[0].user`; '' for the task definition as a whole. */
  path: string;
  message: string;
}

export interface RuleInfo {
  title: string;
  /** A lesson section, as a site path with its anchor. */
  lesson: string;
  source: { title: string; url: string };
  /** `required`: ECS refuses the task definition, or the task cannot start; `hardening`: the lessons' advice. */
  kind: 'required' | 'hardening';
}

export const RULES: Record<RuleId, RuleInfo> = {
  'fargate-network-mode': {
    title: 'Fargate needs the awsvpc network mode',
    lesson: '/lessons/fargate-security#worked-example-hardening-orders-api',
    source: {
      title: 'Amazon ECS task networking options for Fargate',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html',
    },
    kind: 'required',
  },
  'fargate-cpu-memory': {
    title: 'A task size Fargate offers',
    lesson: '/lessons/fargate-security#worked-example-hardening-orders-api',
    source: { title: 'Amazon ECS: task CPU and memory values', url: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/task-cpu-memory-error.html' },
    kind: 'required',
  },
  'execution-role': {
    title: 'A task execution role to pull from ECR, send logs and fetch secrets',
    lesson: '/lessons/ecs-security-application#three-roles-three-jobs',
    source: { title: 'Amazon ECS task execution IAM role', url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html' },
    kind: 'required',
  },
  'no-privileged': {
    title: 'No privileged containers',
    lesson: '/lessons/fargate-security#root-and-elevated-privileges',
    source: {
      title: 'Amazon ECS task definition differences for Fargate',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/fargate-tasks-services.html',
    },
    kind: 'required',
  },
  'fargate-capabilities': {
    title: 'SYS_PTRACE is the only capability Fargate adds',
    lesson: '/lessons/fargate-security#security-agents-on-fargate',
    source: {
      title: 'Amazon ECS API reference: KernelCapabilities',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html',
    },
    kind: 'required',
  },
  'non-root-user': {
    title: 'Run as a non-root user',
    lesson: '/lessons/fargate-security#root-and-elevated-privileges',
    source: {
      title: 'ECS task and container security best practices',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/security-tasks-containers.html',
    },
    kind: 'hardening',
  },
  'read-only-root': {
    title: 'A read-only root file system',
    lesson: '/lessons/ecs-security-application#harden-the-container-definition',
    source: {
      title: 'ECS task and container security best practices',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/security-tasks-containers.html',
    },
    kind: 'hardening',
  },
  'secrets-in-environment': {
    title: 'Secrets in "secrets", not in "environment"',
    lesson: '/lessons/ecs-security-application#keep-secrets-out-of-task-definitions',
    source: {
      title: 'Amazon ECS: pass sensitive data to a container',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html',
    },
    kind: 'hardening',
  },
  'log-configuration': {
    title: 'Logs shipped off the task',
    lesson: '/lessons/fargate-security#ephemeral-tasks-and-forensics',
    source: {
      title: 'Fargate security best practices in Amazon ECS',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-fargate.html',
    },
    kind: 'hardening',
  },
};

export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** Fargate's task sizes as of December 2026: CPU units to the memory values (MiB) allowed with them. */
const FARGATE_SIZES: Record<string, number[]> = {
  '256': [512, 1024, 2048],
  '512': range(1024, 4096, 1024),
  '1024': range(2048, 8192, 1024),
  '2048': range(4096, 16384, 1024),
  '4096': range(8192, 30720, 1024),
  '8192': range(16384, 61440, 4096),
  '16384': range(32768, 122880, 8192),
};

function range(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let value = from; value <= to; value += step) values.push(value);
  return values;
}

/** Names that say a value is a credential; `secrets` with `valueFrom` is the place for them. */
const SECRET_NAME = /pass(word)?|secret|token|api[_-]?key|private[_-]?key|credential/i;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The launch type a task definition is written for: Fargate when `requiresCompatibilities` names it. */
export function launchTypeOf(taskDefinition: unknown): LaunchType {
  const compat = isObject(taskDefinition) ? taskDefinition.requiresCompatibilities : undefined;
  return Array.isArray(compat) && compat.includes('FARGATE') ? 'FARGATE' : 'EC2';
}

/** Every finding for a parsed task definition (the JSON `register-task-definition --cli-input-json` takes). */
export function checkTaskDefinition(taskDefinition: unknown, launchType: LaunchType = launchTypeOf(taskDefinition)): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: RuleId, path: string, message: string) => findings.push({ rule, path, message });
  if (!isObject(taskDefinition)) return [{ rule: 'fargate-network-mode', path: '', message: 'Expected a JSON object: a task definition.' }];
  const fargate = launchType === 'FARGATE';
  const containers = Array.isArray(taskDefinition.containerDefinitions) ? taskDefinition.containerDefinitions.filter(isObject) : [];

  if (fargate && taskDefinition.networkMode !== 'awsvpc') {
    add(
      'fargate-network-mode',
      'networkMode',
      taskDefinition.networkMode === undefined
        ? 'Set "networkMode": "awsvpc": Fargate accepts no other mode.'
        : `"networkMode" is "${String(taskDefinition.networkMode)}"; Fargate accepts only "awsvpc".`,
    );
  }
  if (fargate) {
    const cpu = String(taskDefinition.cpu ?? '');
    const memory = Number(taskDefinition.memory);
    const allowed = FARGATE_SIZES[cpu];
    if (!allowed) add('fargate-cpu-memory', 'cpu', `Set the task's "cpu" to one of ${Object.keys(FARGATE_SIZES).join(', ')} units.`);
    else if (!allowed.includes(memory))
      add(
        'fargate-cpu-memory',
        'memory',
        `${cpu} CPU units go with ${allowed[0]} to ${allowed[allowed.length - 1]} MiB of memory in Fargate's steps; "memory" is ${taskDefinition.memory === undefined ? 'missing' : `"${String(taskDefinition.memory)}"`}.`,
      );
  }

  const needsRole: string[] = [];
  containers.forEach((container) => {
    if (typeof container.image === 'string' && /\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com/.test(container.image)) needsRole.push('pulls a private ECR image');
    const log = container.logConfiguration;
    if (isObject(log) && log.logDriver === 'awslogs') needsRole.push('sends logs with awslogs');
    if (Array.isArray(container.secrets) && container.secrets.length) needsRole.push('fetches secrets');
  });
  if (needsRole.length && typeof taskDefinition.executionRoleArn !== 'string') {
    add('execution-role', 'executionRoleArn', `The task ${[...new Set(needsRole)].join(', ')}: add "executionRoleArn", the role ECS uses to do that for it.`);
  }

  containers.forEach((container, index) => {
    const at = (field: string) => `containerDefinitions[${index}]${field ? `.${field}` : ''}`;
    const name = typeof container.name === 'string' ? container.name : `container ${index + 1}`;
    if (container.privileged === true)
      add('no-privileged', at('privileged'), `${name}: "privileged" is ${fargate ? 'invalid on Fargate' : 'full access to the host'}; remove it.`);
    const linux = isObject(container.linuxParameters) ? container.linuxParameters : undefined;
    const caps = linux && isObject(linux.capabilities) ? linux.capabilities : undefined;
    const added = caps && Array.isArray(caps.add) ? caps.add.filter((cap): cap is string => typeof cap === 'string') : [];
    const extra = added.filter((cap) => cap.replace(/^CAP_/, '') !== 'SYS_PTRACE');
    if (fargate && extra.length)
      add('fargate-capabilities', at('linuxParameters.capabilities.add'), `${name}: Fargate can add only SYS_PTRACE, not ${extra.join(', ')}.`);
    const user = typeof container.user === 'string' ? container.user.split(':')[0] : undefined;
    if (user === undefined || user === '' || user === '0' || user === 'root')
      add(
        'non-root-user',
        at('user'),
        `${name}: ${user ? `"user" is "${user}"` : 'no "user"'}, so it runs as root unless the image sets USER; set a non-root user such as "10001".`,
      );
    if (container.readonlyRootFilesystem !== true)
      add('read-only-root', at('readonlyRootFilesystem'), `${name}: set "readonlyRootFilesystem": true, and mount a volume where the app must write.`);
    const env = Array.isArray(container.environment) ? container.environment.filter(isObject) : [];
    env.forEach((variable, envIndex) => {
      if (typeof variable.name === 'string' && SECRET_NAME.test(variable.name)) {
        add(
          'secrets-in-environment',
          at(`environment[${envIndex}]`),
          `${name}: ${variable.name} is in plain "environment", readable by anyone who may describe the task definition; move it to "secrets" with "valueFrom".`,
        );
      }
    });
    if (container.essential !== false && !isObject(container.logConfiguration))
      add(
        'log-configuration',
        at('logConfiguration'),
        `${name}: no "logConfiguration", so its output stays on a task that disappears; ship it with awslogs or FireLens.`,
      );
  });
  return findings;
}

/** Parse then check; a syntax error is one finding-like problem the editor shows instead of findings. */
export function checkTaskDefinitionText(text: string): { ok: true; findings: Finding[] } | { ok: false; error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `Not valid JSON yet: ${(error as Error).message}` };
  }
  return { ok: true, findings: checkTaskDefinition(parsed) };
}
