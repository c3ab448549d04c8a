/** Check-up questions for the lesson on Fargate's security challenges. Ids are stored in browsers: never reuse one. */
import type { QuestionInput } from '@/lib/questions/schema';

export const questions: QuestionInput[] = [
  {
    id: 'fs-no-sidecar-yet',
    kind: 'scenario',
    scenario: 'You enabled GuardDuty Runtime Monitoring an hour ago. The orders-api tasks, running for two days, show no GuardDuty sidecar.',
    prompt: 'Why, and what do you do?',
    section: 'file-and-network-monitoring',
    options: [
      { id: 'redeploy', text: 'The sidecar is added only to new tasks: force a new deployment of the service', correct: true },
      {
        id: 'install',
        text: 'Install the GuardDuty agent in the image yourself',
        feedback: 'On Fargate GuardDuty manages the agent as a sidecar; installing or managing it yourself is not supported.',
      },
      {
        id: 'wait',
        text: 'Wait: GuardDuty attaches the sidecar to running tasks within a day',
        feedback: 'Tasks are immutable. A running task gets the sidecar only when it is replaced.',
      },
      {
        id: 'not-supported',
        text: 'Fargate is not covered by Runtime Monitoring',
        feedback: 'ECS on Fargate (Linux, platform 1.4.0 or LATEST) has been covered since late November 2023.',
      },
    ],
    explanation:
      'GuardDuty adds its managed sidecar to tasks when they start. Roll every service and restart long-running standalone tasks, then check the sidecar is there.',
  },
  {
    id: 'fs-coverage-gaps',
    kind: 'multiple',
    prompt:
      'After turning on GuardDuty Runtime Monitoring, the team lists what it runs. Which of these need another way to watch for runtime threats, as of December 2026?',
    section: 'file-and-network-monitoring',
    options: [
      { id: 'eks-fargate', text: 'A few EKS pods running on Fargate', correct: true },
      { id: 'managed-instances', text: 'A batch service on ECS Managed Instances', correct: true },
      { id: 'windows-fargate', text: 'A Windows service on ECS on Fargate', correct: true },
      {
        id: 'linux-fargate',
        text: 'orders-api, Linux tasks on ECS on Fargate, platform version 1.4.0',
        feedback: 'These are covered: Fargate Linux tasks on platform 1.4.0 or LATEST, with a task execution role that can pull the sidecar image.',
      },
    ],
    explanation:
      'Coverage follows how the agent gets in: GuardDuty adds a sidecar to ECS Fargate Linux tasks. Windows tasks on Fargate, EKS on Fargate and ECS Managed Instances are not supported, so plan other monitoring for them or move them.',
  },
  {
    id: 'fs-collect-before-stop',
    kind: 'scenario',
    scenario: 'An orders-api task is making outbound connections to an unknown address. ECS Exec was enabled when the service last deployed.',
    prompt: 'What do you do first?',
    section: 'ephemeral-tasks-and-forensics',
    options: [
      { id: 'exec', text: 'Open an ECS Exec session, collect processes, connections and changed files, then stop the task', correct: true },
      {
        id: 'stop',
        text: 'Stop the task at once to contain it',
        feedback:
          'Its ephemeral storage disappears with the task, taking the attacker\u2019s files with it. Collect first, or isolate it with a security group change.',
      },
      {
        id: 'ssh',
        text: 'SSH into the Fargate host and inspect the container',
        feedback: 'There is no host you can reach on Fargate. ECS Exec gives a shell in the container through Session Manager.',
      },
    ],
    explanation: 'Stopping a task destroys its ephemeral storage. Collect evidence first with ECS Exec, and keep logs flowing off the task all the time.',
  },
  {
    id: 'fs-unverified-images',
    kind: 'true-false',
    prompt: 'Fargate refuses to run container images that are unsigned or have known vulnerabilities.',
    section: 'unverified-images',
    answer: false,
    why: 'Fargate runs any image the task can pull; enforcing trusted images is your job: restrict sources, scan, sign and verify.',
    wrongFeedback: 'Some 2023 write-ups put it this way, but Fargate checks neither signatures nor scan results.',
    explanation:
      'Limit which repositories the execution role can pull from, scan in ECR, sign (ECR managed signing since 21 November 2025) and verify, for example with a Lambda called from ECS service lifecycle hooks.',
  },
  {
    id: 'fs-sys-ptrace',
    kind: 'scenario',
    scenario: 'A team wants to run Falco as a sidecar in its Fargate task, to trace the system calls of the application container.',
    prompt: 'What does the Falco container need in the task definition?',
    section: 'security-agents-on-fargate',
    options: [
      { id: 'ptrace', text: 'The SYS_PTRACE capability added to the Falco container only', correct: true },
      {
        id: 'sys-admin',
        text: 'SYS_ADMIN, as on a host install',
        feedback: 'Fargate does not hand out elevated privileges; SYS_PTRACE is the only capability you can add there.',
      },
      {
        id: 'net-admin',
        text: 'NET_ADMIN on every container in the task',
        feedback:
          'Tracing system calls needs SYS_PTRACE, not network administration, and Fargate does not let you add NET_ADMIN. Grant only what the one tool needs.',
      },
      {
        id: 'privileged',
        text: 'privileged: true on the Falco container',
        feedback: 'privileged is an invalid parameter on Fargate: ECS rejects the task definition.',
      },
    ],
    explanation:
      'A tracing agent in a sidecar needs to observe other processes, which is what SYS_PTRACE allows; it is the only capability Fargate lets you add. Give it to the agent\u2019s container alone.',
  },
  {
    id: 'fs-root-default',
    kind: 'single',
    prompt: 'Which user does a container on Fargate run as when neither the image nor the task definition sets one?',
    section: 'root-and-elevated-privileges',
    options: [
      { id: 'root', text: 'root', correct: true },
      {
        id: 'nobody',
        text: 'An unprivileged user Fargate picks',
        feedback: 'Fargate does not change the default: without USER in the image (or user in the container definition), the process runs as root.',
      },
      {
        id: 'refused',
        text: 'None: Fargate refuses to start it',
        feedback: 'Fargate starts it, as root. Make CI fail on a Dockerfile without a USER line instead.',
      },
    ],
    explanation:
      'Root is the default unless the image sets USER or the container definition sets user; elevated privileges, though, are not possible on Fargate.',
  },
  {
    id: 'fs-execution-role-guardduty',
    kind: 'scenario',
    scenario:
      'You scoped the orders-api task execution role to pull only from the orders-api repository. With GuardDuty Runtime Monitoring on, new tasks fail to start.',
    prompt: 'What is the likely cause?',
    section: 'unverified-images',
    options: [
      { id: 'agent-image', text: 'The execution role cannot pull the GuardDuty agent image from GuardDuty\u2019s ECR repository', correct: true },
      {
        id: 'task-role',
        text: 'The task role lacks GuardDuty permissions',
        feedback: 'The GuardDuty sidecar image is pulled like any image, by the task execution role, not by your code\u2019s task role.',
      },
      {
        id: 'ptrace',
        text: 'The sidecar needs SYS_PTRACE added to the application container',
        feedback: 'GuardDuty manages its own sidecar; you do not change your container\u2019s capabilities for it.',
      },
    ],
    explanation:
      'The execution role must also be allowed to pull the GuardDuty agent image (the ECR permissions can be limited to GuardDuty\u2019s repository). Leave CPU and memory headroom for the sidecar too.',
  },
  {
    id: 'fs-visibility-order',
    kind: 'multiple',
    prompt: 'You cannot see the Fargate host. Which of these still give you visibility of a task?',
    section: 'no-view-of-the-host',
    options: [
      { id: 'flow-logs', text: 'VPC Flow Logs for the task\u2019s network interface', correct: true },
      { id: 'cloudtrail', text: 'CloudTrail records of ECS API calls', correct: true },
      { id: 'app-logs', text: 'Application logs shipped off the task', correct: true },
      {
        id: 'host-agent',
        text: 'A monitoring agent installed on the host',
        feedback: 'There is no host you can install software on. Agents must run as a sidecar container in the task.',
      },
    ],
    explanation:
      'Plan visibility at task level: flow logs for traffic, CloudTrail for control-plane actions, shipped logs, and GuardDuty Runtime Monitoring for behaviour.',
  },
  {
    id: 'fs-harden-order',
    kind: 'order',
    prompt: 'Put the steps of turning on runtime monitoring for an existing Fargate service in order.',
    section: 'file-and-network-monitoring',
    steps: [
      { id: 'enable', text: 'Enable GuardDuty Runtime Monitoring for ECS on Fargate' },
      { id: 'roll', text: 'Force a new deployment of the service' },
      { id: 'confirm', text: 'Confirm the GuardDuty sidecar appears in the new tasks' },
    ],
    explanation: 'Enabled is not covered: only tasks started after enabling get the sidecar, so roll the service and then check.',
  },
];
