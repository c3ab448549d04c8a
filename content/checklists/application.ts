/** The "application" checklist: its items, in the order a review works through them. */
import type { ChecklistsContent } from '@/lib/checklists/types';
import { exampleText } from '@/lib/examples/text';
import { MANAGED_SIGNING_UPDATE, EXEC_READ_ONLY_CAUTION } from './shared';

export const applicationList: ChecklistsContent['lists'][number] = {
  id: 'application',
  title: 'ECS tasks and containers',
  summary: 'The roles, container settings, secrets, images and access of each task definition, to check one real task definition at a time.',
  lesson: 'ecs-security-application',
  items: [
    {
      id: 'app-separate-roles',
      check: 'Each service has its own task execution role and task role, and the task role grants only what the code calls.',
      why: 'ECS uses the task execution role to start the task: pull the image, send logs, fetch secrets. The task role is what your code receives, so a compromised container holds its permissions. One broad role shared by several services hands every container the union of all permissions.',
      how: {
        service: 'AWS IAM',
        console: 'IAM console > Roles',
        steps:
          'Create one execution role and one task role per service, and scope the task role to the exact resources the code uses. The container instance role exists only on EC2 and external hosts.',
        snippet: {
          language: 'json',
          code: exampleText('checklists/app-separate-roles.statement.json'),
        },
      },
      appliesTo: 'both',
      severity: 'critical',
      sources: ['ecs-iam-roles'],
    },
    {
      id: 'app-current-agent',
      check: 'Every EC2 container instance runs a current ECS container agent, and instances are replaced regularly from a current image.',
      why: 'The ECS container agent registers each host with the cluster and starts and stops its tasks. On EC2 and external hosts you update it; on Fargate and ECS Managed Instances AWS does. Some features need a minimum agent version: ECS Exec needs 1.50.2 or later on EC2.',
      how: {
        service: 'Amazon ECS on EC2',
        steps:
          'A common practice is to replace instances regularly with ones built from a current image, so the operating system, container runtime and agent are updated together. Check the agent versions your hosts report.',
        snippet: {
          language: 'bash',
          code: exampleText('checklists/app-current-agent.sh'),
        },
      },
      handledOnFargate:
        'AWS manages the agent and the container runtime: they come with the platform version, which AWS patches, retiring tasks that run on a vulnerable revision.',
      appliesTo: 'ec2',
      severity: 'high',
      sources: ['ecs-manage-linux', 'fargate-platform-linux', 'ecs-exec-run', 'ecs-managed-instances'],
    },
    {
      id: 'app-non-root-user',
      check: 'Every container runs as a non-root user, set by `USER` in the image or `user` in the container definition.',
      why: 'A container runs as root unless the image sets `USER`; the container definition’s `user` field sets it explicitly. The user must be able to read the application files in the image.',
      how: {
        service: 'The task definition',
        steps: 'Set `user` on each container definition; the AWS Config rule `ecs-task-definition-linux-user-non-root` catches a revision that forgets it.',
        snippet: { language: 'json', code: '"user": "10001:10001"' },
      },
      appliesTo: 'both',
      severity: 'high',
      sources: ['ecs-task-container-security', 'config-ecs-rules'],
    },
    {
      id: 'app-read-only-root',
      check: '`readonlyRootFilesystem` is true, with a writable volume only where the app must write, such as `/tmp`.',
      why: 'It decides whether an attacker who finds a code-execution bug can rewrite your application files or only a scratch directory.',
      how: {
        service: 'The task definition',
        steps:
          'Declare a volume for the task and mount it where the app writes; the AWS Config rule `ecs-containers-readonly-access` flags containers whose root file system is writable.',
        snippet: {
          language: 'json',
          code: exampleText('checklists/app-read-only-root.container.json'),
        },
      },
      caution: EXEC_READ_ONLY_CAUTION,
      appliesTo: 'both',
      severity: 'medium',
      sources: ['ecs-task-container-security', 'config-ecs-rules', 'ecs-exec', 'exec-readonly-roadmap'],
    },
    {
      id: 'app-resource-limits',
      check: 'Every container has CPU and memory limits, so a runaway process cannot starve the other containers in its task.',
      why: 'A runaway or abused process competes with everything else in the task. Limits keep the damage inside one container.',
      how: {
        service: 'The task definition',
        steps: 'Set `cpu` and `memory` on each container definition, within the task’s own size.',
        snippet: {
          language: 'json',
          code: exampleText('checklists/app-resource-limits.container.json'),
        },
      },
      appliesTo: 'both',
      severity: 'medium',
      sources: ['ecs-task-container-security'],
    },
    {
      id: 'app-drop-capabilities',
      check: 'Every container drops the Linux capabilities it does not need; most web services need none.',
      why: 'Each capability the process keeps is one more thing an attacker can use after breaking in. Dropping them all costs nothing for a service that listens on a high port and calls APIs.',
      how: {
        service: 'The task definition',
        steps: 'Drop all capabilities, then add back only what a test shows the process needs.',
        snippet: { language: 'json', code: '"linuxParameters": { "capabilities": { "drop": ["ALL"] } }' },
      },
      handledOnFargate: 'Added capabilities: `SYS_PTRACE` is the only one a Fargate task definition may add.',
      appliesTo: 'both',
      severity: 'medium',
      sources: ['ecs-task-container-security', 'kernel-capabilities'],
    },
    {
      id: 'app-never-privileged',
      check: 'No container on EC2 capacity runs privileged, and the AWS Config rule `ecs-containers-nonprivileged` watches for it.',
      why: 'Privileged mode gives the container elevated privileges on its host, which outweighs every other setting on this list. On EC2 capacity it is possible, so something has to watch for it.',
      how: {
        service: 'The task definition and AWS Config',
        steps:
          'Leave `privileged` out of every container definition, and add the managed rule so a revision that sets it is flagged soon after it is registered.',
        snippet: {
          language: 'bash',
          code: exampleText('ecs-security-control-plane/config-rule-nonprivileged.sh'),
        },
      },
      handledOnFargate: 'Privileged mode: `privileged` is not a valid parameter in a Fargate task definition.',
      appliesTo: 'ec2',
      severity: 'critical',
      sources: ['fargate-task-definition-differences', 'config-ecs-rules'],
    },
    {
      id: 'app-secrets-from-stores',
      check: 'No secrets in images or in `environment` values: containers get them from Secrets Manager or Parameter Store through `secrets`.',
      why: 'A value baked into an image travels with every copy of it, and a plain `environment` value can be read by anyone allowed to call `DescribeTaskDefinition`. ECS fetches each `secrets` reference with the task execution role and injects it as an environment variable when the container starts.',
      how: {
        service: 'AWS Secrets Manager or Systems Manager Parameter Store',
        steps:
          'Reference each value by ARN in `valueFrom` and grant the execution role read access to exactly those items. If you encrypt one with your own AWS KMS key, reading it also takes permission to decrypt with that key.',
        snippet: {
          language: 'json',
          code: exampleText('checklists/app-secrets-from-stores.container.json'),
        },
      },
      appliesTo: 'both',
      severity: 'critical',
      sources: ['ecs-sensitive-data', 'ecs-api-secret', 'ecs-taskdef-envfiles'],
    },
    {
      id: 'app-redeploy-after-rotation',
      check: 'Every secret rotation is followed by a new deployment, unless the app fetches the secret itself with its task role.',
      why: 'ECS reads a secret once, when the container starts. After you rotate it, running tasks keep the old value until they are replaced.',
      how: {
        service: 'Amazon ECS',
        steps: 'Make a forced deployment the last step of your rotation runbook or automation.',
        snippet: {
          language: 'bash',
          code: 'aws ecs update-service --cluster prod --service orders-api --force-new-deployment',
        },
      },
      appliesTo: 'both',
      severity: 'medium',
      sources: ['ecs-sensitive-data'],
    },
    {
      id: 'app-scan-gate',
      check: 'The release pipeline stops an image with high or critical findings, and deploys the image by an immutable tag or digest.',
      why: '“Only trusted images with no high or critical vulnerabilities” needs a gate to be true. Deploying the exact tag or digest that passed means the image that was checked is the image that runs.',
      how: {
        service: 'Amazon ECR scan findings in your pipeline',
        steps:
          'After the push, poll the scan status until it is `COMPLETE` (basic scanning) or `ACTIVE` (continuous enhanced scanning), then read the severity counts and fail the step if any high or critical finding remains. Reading the findings straight after the push lets an unfinished scan pass the gate, and `aws ecr wait image-scan-complete` waits for `COMPLETE` only, so with continuous scanning it times out on every release.',
        snippet: {
          language: 'bash',
          code: exampleText('ecs-security-application/scan-gate.sh'),
        },
      },
      appliesTo: 'both',
      severity: 'high',
      sources: ['ecr-image-scanning', 'ecr-wait-scan', 'ecr-scan-status'],
    },
    {
      id: 'app-authorised-images',
      check: 'Only images your pipeline signed can be deployed: ECR managed signing, plus verification before each deployment.',
      why: 'A clean scan says an image has no known vulnerabilities; it does not prove your pipeline built it. ECS and Fargate run whatever image the task can pull unless you add signature verification.',
      how: {
        service: 'Amazon ECR, ECS lifecycle hooks and AWS Lambda (on EKS: admission controllers)',
        steps:
          'Sign every push with ECR managed signing. On ECS, a service deployment lifecycle hook calls a Lambda function that checks the signature before the deployment proceeds. On EKS, admission controllers such as Gatekeeper with Ratify, or Kyverno, reject unsigned images.',
      },
      updated: MANAGED_SIGNING_UPDATE,
      appliesTo: 'both',
      severity: 'high',
      sources: ['ecr-doc-history', 'ecr-signature-verification', 'eks-image-verification'],
    },
    {
      id: 'app-exec-not-ssh',
      check: 'Nobody uses SSH: engineers have read-only access, debug with ECS Exec, and only those who need it may call `ecs:ExecuteCommand`.',
      why: 'ECS Exec opens a shell or runs one command in a running container through Systems Manager Session Manager, with no inbound ports and no SSH keys. CloudTrail records each `ExecuteCommand` call; what was typed and printed follows the cluster’s `executeCommandConfiguration`: by default it goes to the task’s `awslogs` configuration (a task without one logs nothing), and `OVERRIDE` sends it to a log group or bucket you name.',
      how: {
        service: 'ECS Exec and AWS IAM',
        steps:
          'As of December 2026 it needs Fargate platform version 1.4.0 or later, or container agent 1.50.2 or later on EC2, plus this statement in the task role and, in private subnets, an `ssmmessages` endpoint. Turn it on for the service with `--enable-execute-command`, and give the task an `awslogs` log configuration, which the default `executeCommandConfiguration` uses for session logs; with `OVERRIDE` the task role also needs permission to write to the log group or bucket you name.',
        snippet: {
          language: 'json',
          code: exampleText('ecs-security-application/task-role-ecs-exec.statement.json'),
        },
      },
      caution: EXEC_READ_ONLY_CAUTION,
      appliesTo: 'both',
      severity: 'high',
      sources: ['ecs-exec', 'ecs-exec-run', 'exec-readonly-roadmap'],
    },
    {
      id: 'app-change-alerts',
      check: 'A new task definition revision or service update raises an alert, and AWS Config flags a revision that weakens these settings.',
      why: 'CloudWatch holds metrics, logs and alarms, but the record of who changed what comes from CloudTrail, alerts come from EventBridge rules on those records (while a trail is logging in the Region), and AWS Config tracks whether the resulting configuration still complies.',
      how: {
        service: 'AWS CloudTrail, Amazon EventBridge and AWS Config',
        console: 'EventBridge console > Rules > Create rule',
        steps:
          'Match the calls that change what runs and send them to the service’s owners; the AWS Config rules in this list flag a revision that drops a protection.',
        snippet: {
          language: 'json',
          code: exampleText('checklists/app-change-alerts.event-pattern.json'),
        },
      },
      appliesTo: 'both',
      severity: 'medium',
      sources: ['ecs-cloudtrail', 'eventbridge-ecs-events', 'config-ecs-rules'],
    },
  ],
};
