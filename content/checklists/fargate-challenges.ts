/** The "fargate-challenges" checklist: its items, in the order a review works through them. */
import type { ChecklistsContent } from '@/lib/checklists/types';
import { exampleText } from '@/lib/examples/text';
import { GUARDDUTY_UPDATE, MANAGED_SIGNING_UPDATE, EXEC_READ_ONLY_CAUTION, ROOT_CHALLENGE, IMAGE_CHALLENGE } from './shared';

export const fargateChallengesList: ChecklistsContent['lists'][number] = {
  id: 'fargate-challenges',
  title: 'Fargate security challenges',
  summary: 'Nine checks that answer the six security challenges of running on Fargate, with what Fargate already prevents where it applies.',
  lesson: 'fargate-security',
  items: [
    {
      id: 'fargate-task-telemetry',
      challenge: { name: 'No view of the host', stillTrue: 'Still true, by design: Fargate has never let you reach the host.' },
      check: 'Each service has task-level telemetry: VPC Flow Logs for its subnets, CloudTrail for ECS API calls, and logs shipped off the task.',
      why: 'You cannot log in to the host under a Fargate task, list its processes or install software on it: AWS supplies and patches the kernel and container runtime as a platform version. Visibility has to come from the task, its network interface and the AWS API instead.',
      how: {
        service: 'Amazon VPC, AWS CloudTrail and the task definition',
        steps:
          'Each task has its own network interface, so turn on VPC Flow Logs for the subnets your tasks use. Keep a CloudTrail trail that records ECS API calls. Give every container a `logConfiguration` so its output leaves the task as it is written.',
        snippet: {
          language: 'json',
          code: exampleText('checklists/fargate-task-telemetry.container.json'),
        },
      },
      appliesTo: 'fargate',
      severity: 'high',
      sources: ['fargate-platform-linux', 'fargate-task-networking', 'ecs-cloudtrail'],
    },
    {
      id: 'fargate-triage-ready',
      challenge: { name: 'Ephemeral tasks and forensics', stillTrue: 'Still true: a task’s storage goes when the task stops.' },
      check: 'ECS Exec is enabled on the service before any incident, and the runbook collects evidence before a suspicious task is stopped.',
      why: 'A task’s ephemeral storage exists only as long as the task, so stopping a suspicious task destroys the files an attacker dropped. ECS Exec is switched on when a task starts, so it cannot be added to a task that is already running.',
      how: {
        service: 'ECS Exec (through AWS Systems Manager Session Manager)',
        steps:
          'ECS Exec runs a command or opens a shell in a running container with no inbound ports or SSH keys, and CloudTrail records each `ExecuteCommand` call. As of December 2026, on Fargate it needs platform version 1.4.0 or later and task role permissions. Enable it and roll the service now; in an incident, copy out processes, connections and changed files before you stop the task.',
        snippet: {
          language: 'bash',
          code: exampleText('checklists/fargate-triage-ready.sh'),
        },
      },
      caution: EXEC_READ_ONLY_CAUTION,
      appliesTo: 'fargate',
      severity: 'high',
      sources: ['fargate-security-best-practices', 'ecs-exec', 'ecs-exec-run', 'exec-readonly-roadmap'],
    },
    {
      id: 'fargate-runtime-monitoring',
      challenge: {
        name: 'File and network monitoring',
        stillTrue: 'Guides from early 2023 say Fargate has no file or network monitoring. That is no longer true.',
      },
      check: 'GuardDuty Runtime Monitoring is on for ECS on Fargate, and every running Linux task carries the GuardDuty sidecar.',
      why: 'Runtime Monitoring observes file access, process execution and network connections inside your tasks and raises a finding when they look like a threat. Tasks are immutable, so the GuardDuty sidecar is added only to tasks that start after you enable it.',
      how: {
        service: 'Amazon GuardDuty',
        console: 'GuardDuty console > Runtime Monitoring',
        steps:
          'Enable Runtime Monitoring and let GuardDuty manage the agent for Fargate: installing or managing it yourself is not supported there. Then roll every service, restart long-running standalone tasks and confirm the sidecar appears in the running tasks.',
        snippet: {
          language: 'bash',
          code: exampleText('checklists/fargate-runtime-monitoring.sh'),
        },
      },
      caution:
        'As of December 2026 Runtime Monitoring covers Linux tasks on Fargate platform version 1.4.0 or later, and not Windows tasks on Fargate, EKS clusters on Fargate or applications on ECS Managed Instances; workloads there need another detection plan.',
      updated: GUARDDUTY_UPDATE,
      appliesTo: 'fargate',
      severity: 'high',
      sources: ['guardduty-runtime-monitoring', 'guardduty-fargate', 'guardduty-ecs-launch', 'guardduty-ecs-prereq'],
    },
    {
      id: 'fargate-sidecar-agents',
      challenge: {
        name: 'Security agents on Fargate',
        stillTrue: 'Guides from early 2023 say traditional security agents cannot run on Fargate. That holds only for agents installed on the host.',
      },
      check: 'Any third-party runtime agent runs as a sidecar container, and only that container adds the `SYS_PTRACE` capability.',
      why: 'There is no host you can reach to install an agent on, but an agent that runs as a container in your task works: that is how GuardDuty’s own agent runs. `SYS_PTRACE` is the one Linux capability Fargate lets you add, and it is enough for tools that trace system calls, such as Falco.',
      how: {
        service: 'The task definition',
        steps:
          'Add the agent as its own container and grant `SYS_PTRACE` to that container only. Before you add one, check whether GuardDuty already covers what you need: every sidecar adds CPU, memory and another image to patch.',
        snippet: {
          language: 'json',
          code: exampleText('fargate-security/sys-ptrace.container.json'),
        },
      },
      appliesTo: 'fargate',
      severity: 'medium',
      sources: ['fargate-security-best-practices', 'kernel-capabilities', 'fargate-security-considerations'],
    },
    {
      id: 'fargate-image-sources',
      challenge: IMAGE_CHALLENGE,
      check: 'The task execution role pulls only from your ECR repositories (plus GuardDuty’s agent repository), and your repositories are scanned.',
      why: 'Fargate does not check signatures or vulnerability status: it runs any image the task is allowed to pull. The task execution role is what pulls the image, so scoping it limits where images can come from, and scanning tells you what is inside them. The same role pulls the GuardDuty sidecar, so a role scoped to your repository alone stops the sidecar from starting.',
      how: {
        service: 'AWS IAM and Amazon ECR',
        steps:
          'Scope the execution role’s pull permissions to your repositories and, with GuardDuty Runtime Monitoring on, to GuardDuty’s agent repository for your Region (the second ARN below is us-east-1’s). Leave CPU and memory headroom in the task for the sidecar. Basic ECR scanning covers operating-system packages; enhanced scanning, through Amazon Inspector, also covers language packages and can rescan continuously.',
        snippet: {
          language: 'json',
          code: exampleText('checklists/fargate-image-sources.policy.json'),
        },
      },
      appliesTo: 'fargate',
      severity: 'high',
      sources: ['ecs-iam-roles', 'ecr-image-scanning', 'guardduty-ecs-prereq', 'guardduty-agent-repository'],
    },
    {
      id: 'fargate-image-signatures',
      challenge: IMAGE_CHALLENGE,
      check: 'Images are signed, and each service deployment verifies the signatures before new tasks start.',
      why: 'Signing proves an image came from your pipeline and has not changed since. Fargate will not check signatures for you: verification is a step you add to the deployment.',
      how: {
        service: 'Amazon ECR managed signing, ECS service lifecycle hooks and AWS Lambda',
        steps:
          'Let ECR sign your images. Add a deployment lifecycle hook to each service that calls a Lambda function to check the signatures before the service starts new tasks. The hooks run only during service deployments, so also limit who may call `ecs:RunTask` to start standalone tasks.',
      },
      updated: MANAGED_SIGNING_UPDATE,
      appliesTo: 'both',
      severity: 'medium',
      sources: ['ecr-doc-history', 'ecr-signature-verification'],
    },
    {
      id: 'fargate-non-root',
      challenge: ROOT_CHALLENGE,
      check: 'Every image sets a non-root `USER`, and CI fails a Dockerfile that has no `USER` line.',
      why: 'A container runs as root unless its image sets a `USER`. Fargate changes nothing here.',
      how: {
        service: 'The Dockerfile and your CI pipeline',
        steps:
          'Create a user with a fixed UID in the image and switch to it. Setting `user` in the container definition as well protects you when a future base image forgets.',
        snippet: {
          language: 'dockerfile',
          code: exampleText('checklists/fargate-non-root.Dockerfile'),
        },
      },
      handledOnFargate:
        'Privileged mode: `privileged` (like `gpu`) is not a valid parameter in a Fargate task definition, and `SYS_PTRACE` is the only capability you can add.',
      appliesTo: 'both',
      severity: 'high',
      sources: ['ecs-task-container-security', 'fargate-task-definition-differences', 'kernel-capabilities'],
    },
    {
      id: 'fargate-drop-capabilities',
      challenge: ROOT_CHALLENGE,
      check: 'Every container drops the Linux capabilities it does not need, for a typical web service all of them.',
      why: 'Fargate already rules out privileged mode and every added capability except `SYS_PTRACE`. Dropping what the process does not use narrows what an attacker can do inside the container, and an API listening on a port such as 8080 needs none.',
      how: {
        service: 'The task definition',
        steps: 'Drop all capabilities in the container definition, then add back only what a test shows the process needs.',
        snippet: {
          language: 'json',
          code: exampleText('checklists/fargate-drop-capabilities.container.json'),
        },
      },
      appliesTo: 'both',
      severity: 'medium',
      sources: ['kernel-capabilities', 'fargate-task-definition-differences', 'ecs-task-container-security'],
    },
    {
      id: 'fargate-read-only-root',
      challenge: ROOT_CHALLENGE,
      check: 'The root file system is read-only, with a small writable volume only where the app must write.',
      why: 'A read-only root file system decides whether an attacker who finds a code-execution bug can rewrite your application files or only a scratch directory.',
      how: {
        service: 'The task definition',
        steps: 'Set `readonlyRootFilesystem` and mount a volume where the app genuinely writes, such as `/tmp`.',
        snippet: {
          language: 'json',
          code: exampleText('checklists/fargate-read-only-root.container.json'),
        },
      },
      caution: EXEC_READ_ONLY_CAUTION,
      appliesTo: 'both',
      severity: 'medium',
      sources: ['ecs-task-container-security', 'ecs-exec', 'exec-readonly-roadmap'],
    },
  ],
};
