/**
 * A schema for the example ECS task definition in docs/ecs-task-definition.json. It checks the shape ECS expects
 * for a Fargate task and the rules the course teaches in its ECS security lessons: a task execution role, a non-root
 * user, a read-only root filesystem, no privileged mode and no added capability beyond SYS_PTRACE, secrets only
 * through `secrets`/`valueFrom` (never in `environment`), and logs through awslogs.
 * Strict objects: a misspelt field (readOnlyRootFilesystem) is an error, not silently ignored.
 */
import { z } from 'zod';
import { formatIssues } from '../content/errors';

const roleArn = z.string().regex(/^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/, 'expected an IAM role ARN (arn:aws:iam::<account>:role/<name>)');

// Secrets Manager secret or SSM Parameter Store parameter, by ARN (the task definition's valueFrom).
const secretSource = z
  .string()
  .regex(/^arn:aws[\w-]*:(secretsmanager:[\w-]+:\d{12}:secret:.+|ssm:[\w-]+:\d{12}:parameter\/.+)$/, 'expected a Secrets Manager secret or SSM parameter ARN');

const SECRET_NAME = /SECRET|PASSWORD|PASSWD|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL|ACCESS_?KEY/i;
const AWS_ACCESS_KEY_ID = /\b(AKIA|ASIA)[A-Z0-9]{16}\b/;

const environmentVariable = z
  .strictObject({ name: z.string().min(1), value: z.string() })
  .refine((variable) => !SECRET_NAME.test(variable.name), {
    message:
      'looks like a secret: put it in "secrets" with valueFrom (plain environment values are readable by anyone allowed to describe the task definition)',
  })
  .refine((variable) => !AWS_ACCESS_KEY_ID.test(variable.value), { message: 'contains an AWS access key id: never put credentials in a task definition' });

const nonRootUser = z
  .string()
  .regex(/^[^:]+(:[^:]+)?$/, 'expected "user" or "user:group"')
  .refine((user) => !/^(0|root)(:|$)/.test(user), { message: 'expected a non-root user (a uid other than 0)' });

// Fargate's task sizes: CPU units to the memory (MiB) each allows.
const FARGATE_SIZES: Record<string, number[]> = {
  '256': [512, 1024, 2048],
  '512': [1024, 2048, 3072, 4096],
  '1024': range(2048, 8192, 1024),
  '2048': range(4096, 16384, 1024),
  '4096': range(8192, 30720, 1024),
  '8192': range(16384, 61440, 4096),
  '16384': range(32768, 122880, 8192),
};

function range(from: number, to: number, step: number): number[] {
  return Array.from({ length: (to - from) / step + 1 }, (_, index) => from + index * step);
}

const container = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9_-]{1,255}$/, 'expected letters, digits, hyphens or underscores'),
  image: z
    .string()
    .regex(/^[\w.-]+(:\d+)?\/[\w./-]+(:[\w.-]+|@sha256:[a-f0-9]{64})$/, 'expected a registry image with a tag or digest')
    .refine((image) => !image.endsWith(':latest'), { message: 'expected a pinned tag or digest, not :latest' }),
  essential: z.boolean().optional(),
  user: nonRootUser,
  readonlyRootFilesystem: z.literal(true, 'expected true: the app writes only to mounted volumes'),
  privileged: z.literal(false, 'expected false (privileged is invalid on Fargate anyway)').optional(),
  linuxParameters: z
    .strictObject({
      initProcessEnabled: z.boolean().optional(),
      capabilities: z
        .strictObject({
          add: z.array(z.literal('SYS_PTRACE', 'Fargate allows adding only SYS_PTRACE')).optional(),
          drop: z.array(z.string()).optional(),
        })
        .optional(),
    })
    .optional(),
  portMappings: z
    .array(
      z.strictObject({
        name: z.string().optional(),
        containerPort: z.number().int().min(1).max(65535),
        hostPort: z.number().int().optional(),
        protocol: z.enum(['tcp', 'udp']).optional(),
        appProtocol: z.enum(['http', 'http2', 'grpc']).optional(),
      }),
    )
    .optional(),
  environment: z.array(environmentVariable).optional(),
  secrets: z.array(z.strictObject({ name: z.string().min(1), valueFrom: secretSource })).optional(),
  mountPoints: z.array(z.strictObject({ sourceVolume: z.string(), containerPath: z.string().startsWith('/'), readOnly: z.boolean().optional() })).optional(),
  healthCheck: z
    .strictObject({
      command: z.tuple([z.enum(['CMD', 'CMD-SHELL'])], z.string()).refine((command) => command.length > 1, { message: 'expected a command after CMD' }),
      interval: z.number().int().min(5).max(300).optional(),
      timeout: z.number().int().min(2).max(60).optional(),
      retries: z.number().int().min(1).max(10).optional(),
      startPeriod: z.number().int().min(0).max(300).optional(),
    })
    .optional(),
  logConfiguration: z.strictObject({
    logDriver: z.literal('awslogs', 'expected awslogs, so the logs reach CloudWatch Logs'),
    options: z
      .object({ 'awslogs-group': z.string().min(1), 'awslogs-region': z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/), 'awslogs-stream-prefix': z.string().min(1) })
      .catchall(z.string()),
  }),
  stopTimeout: z.number().int().min(2).max(120).optional(),
});

export const TaskDefinitionSchema = z
  .strictObject({
    family: z.string().regex(/^[A-Za-z0-9_-]{1,255}$/),
    requiresCompatibilities: z.array(z.string()).refine((values) => values.includes('FARGATE'), { message: 'expected FARGATE among the compatibilities' }),
    networkMode: z.literal('awsvpc', 'expected awsvpc (the only network mode Fargate supports)'),
    runtimePlatform: z.strictObject({ operatingSystemFamily: z.literal('LINUX'), cpuArchitecture: z.enum(['X86_64', 'ARM64']) }).optional(),
    cpu: z.string(),
    memory: z.string(),
    executionRoleArn: roleArn,
    taskRoleArn: roleArn.optional(),
    containerDefinitions: z.array(container).min(1),
    volumes: z.array(z.strictObject({ name: z.string().min(1) })).optional(),
  })
  .superRefine((definition, context) => {
    const allowed = FARGATE_SIZES[definition.cpu];
    if (!allowed) {
      context.addIssue({ code: 'custom', path: ['cpu'], message: `expected one of the Fargate CPU sizes ${Object.keys(FARGATE_SIZES).join(', ')}` });
    } else if (!allowed.includes(Number(definition.memory))) {
      context.addIssue({
        code: 'custom',
        path: ['memory'],
        message: `expected a memory size Fargate allows with ${definition.cpu} CPU units (${allowed[0]}-${allowed.at(-1)} MiB)`,
      });
    }
    const volumes = new Set((definition.volumes ?? []).map((volume) => volume.name));
    definition.containerDefinitions.forEach((item, index) => {
      item.mountPoints?.forEach((mount, mountIndex) => {
        if (!volumes.has(mount.sourceVolume)) {
          context.addIssue({
            code: 'custom',
            path: ['containerDefinitions', index, 'mountPoints', mountIndex, 'sourceVolume'],
            message: `expected a volume declared in "volumes", got "${mount.sourceVolume}"`,
          });
        }
      });
      item.portMappings?.forEach((mapping, mappingIndex) => {
        if (mapping.hostPort !== undefined && mapping.hostPort !== mapping.containerPort) {
          context.addIssue({
            code: 'custom',
            path: ['containerDefinitions', index, 'portMappings', mappingIndex, 'hostPort'],
            message: 'expected hostPort equal to containerPort (awsvpc)',
          });
        }
      });
      const names = [...(item.environment ?? []), ...(item.secrets ?? [])].map((variable) => variable.name);
      const repeated = names.find((name, position) => names.indexOf(name) !== position);
      if (repeated) context.addIssue({ code: 'custom', path: ['containerDefinitions', index], message: `variable "${repeated}" is defined twice` });
    });
  });

export type TaskDefinition = z.infer<typeof TaskDefinitionSchema>;

export type TaskDefinitionResult = { status: 'ok'; value: TaskDefinition } | { status: 'invalid'; errors: string[] };

export function parseTaskDefinition(file: string, data: unknown): TaskDefinitionResult {
  const result = TaskDefinitionSchema.safeParse(data);
  if (result.success) return { status: 'ok', value: result.data };
  return { status: 'invalid', errors: formatIssues(file, result.error, data) };
}
