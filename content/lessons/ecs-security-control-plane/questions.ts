/** Check-up questions for the lesson on securing the ECS control plane. Ids are stored in browsers: never reuse one. */
import type { QuestionInput } from '@/lib/questions/schema';

export const questions: QuestionInput[] = [
  {
    id: 'cp-enhanced-scanning',
    kind: 'single',
    prompt: 'Why is ECR enhanced scanning more useful than basic scanning for orders-api, whose risk sits in its dependency tree?',
    section: 'scanning-images-in-ecr',
    options: [
      {
        id: 'language',
        text: 'Enhanced scanning, through Amazon Inspector, also covers programming-language packages and rescans continuously',
        correct: true,
      },
      {
        id: 'snyk',
        text: 'Enhanced scanning adds Snyk\u2019s database to Inspector',
        feedback: 'Some guides say "Inspector + Snyk", but no AWS document confirms Snyk is part of enhanced scanning: it is an Inspector integration.',
      },
      {
        id: 'free',
        text: 'Enhanced scanning is free, basic scanning is billed',
        feedback: 'It is the other way round in practice: enhanced scanning is billed through Amazon Inspector.',
      },
      {
        id: 'clair',
        text: 'Basic scanning still uses Clair, which is deprecated',
        feedback: 'Clair was retired: by 2 February 2026 every account had been moved to AWS-native basic scanning. Basic still covers only OS packages.',
      },
    ],
    explanation: 'Basic scanning checks OS packages on push or on demand; enhanced scanning covers OS and language packages, on push and continuously.',
  },
  {
    id: 'cp-registry-filter',
    kind: 'scenario',
    scenario:
      'You set the registry scanning configuration to ENHANCED with one rule for repositories matching "orders-*". A week later, thumbnail-worker images have no findings at all.',
    prompt: 'Why?',
    section: 'scanning-images-in-ecr',
    options: [
      { id: 'replaced', text: 'The configuration replaced the old one, and no rule matches thumbnail-worker, so it is not scanned', correct: true },
      {
        id: 'clean',
        text: 'thumbnail-worker has no vulnerabilities',
        feedback: 'No findings can mean no scan. Check the scan status before reading an empty list as clean.',
      },
      {
        id: 'basic-fallback',
        text: 'Unmatched repositories fall back to basic scanning, which reports nothing for Python',
        feedback: 'A registry scanning configuration replaces the previous one: repositories no rule matches are not scanned at all.',
      },
    ],
    explanation: 'Include a rule for every repository, or a wildcard, whenever you set the registry scanning configuration.',
  },
  {
    id: 'cp-private-endpoints',
    kind: 'multiple',
    prompt:
      'orders-api runs on Fargate in private subnets with no NAT, logs with awslogs and reads a Secrets Manager secret. Which VPC endpoints does it need?',
    section: 'vpc-endpoints-for-private-tasks',
    options: [
      { id: 'ecr-api', text: 'ecr.api', correct: true },
      { id: 'ecr-dkr', text: 'ecr.dkr', correct: true },
      { id: 's3', text: 'An S3 gateway endpoint', correct: true },
      { id: 'logs', text: 'CloudWatch Logs (logs)', correct: true },
      { id: 'secrets', text: 'Secrets Manager', correct: true },
      { id: 'ecs-agent', text: 'ecs-agent and ecs-telemetry', feedback: 'Those serve the ECS container agent on EC2 hosts. On Fargate, AWS runs the agent.' },
    ],
    explanation:
      'Image pulls need ecr.api, ecr.dkr and the S3 gateway; awslogs needs the CloudWatch Logs endpoint or the task fails to start; secrets need Secrets Manager (or SSM for Parameter Store).',
  },
  {
    id: 'cp-sg-known-sources',
    kind: 'single',
    prompt: 'Which inbound rule should the orders-api security group have?',
    section: 'security-groups-with-known-sources',
    options: [
      { id: 'alb-sg', text: 'TCP 8080 from the load balancer\u2019s security group only', correct: true },
      {
        id: 'vpc-cidr',
        text: 'TCP 8080 from the whole VPC CIDR',
        feedback: 'Any host in the VPC could then bypass the load balancer. Name the load balancer\u2019s security group as the source.',
      },
      { id: 'anywhere', text: 'TCP 443 from 0.0.0.0/0', feedback: 'Only the load balancer should face the internet; the tasks accept traffic from it alone.' },
    ],
    explanation:
      'Per-task security groups let you name sources precisely: the ALB accepts 443 from the internet, orders-api accepts 8080 from the ALB\u2019s group only.',
  },
  {
    id: 'cp-scp-target',
    kind: 'single',
    prompt: 'A security plan asks for an SCP that stops ECS task deletion. What should the SCP guard instead?',
    section: 'guardrails-with-scps',
    options: [
      { id: 'apis', text: 'The service, cluster and task-definition APIs, such as DeleteService and DeregisterTaskDefinition', correct: true },
      { id: 'delete-task', text: 'ecs:DeleteTask', feedback: 'There is no such call: tasks are stopped, not deleted, and a service replaces a stopped task.' },
      {
        id: 'stop-task',
        text: 'ecs:StopTask for everyone, including the deploy pipeline',
        feedback: 'Deployments and scaling stop tasks all the time; blocking it breaks normal operations without protecting much.',
      },
    ],
    explanation:
      'ECS tasks are stopped, not deleted. Guard the calls that remove services, clusters and task definitions, with an exception for the platform role.',
  },
  {
    id: 'cp-eventbridge-trail',
    kind: 'scenario',
    scenario:
      'You created an EventBridge rule that alerts on "AWS API Call via CloudTrail" events for ecs:DeleteService in us-east-1. Someone deletes a service there and no alert arrives.',
    prompt: 'What is the most likely gap?',
    section: 'audit-trail-and-alerts',
    options: [
      { id: 'no-trail', text: 'No CloudTrail trail is logging in that Region', correct: true },
      {
        id: 'config',
        text: 'AWS Config is not recording ECS services',
        feedback: 'Config records resource state; the API-call event comes from CloudTrail, which must have a trail logging in that Region.',
      },
      {
        id: 'guardduty',
        text: 'GuardDuty Runtime Monitoring is off',
        feedback: 'GuardDuty watches workloads at runtime; it does not deliver API-call events to EventBridge.',
      },
    ],
    explanation: 'EventBridge receives "AWS API Call via CloudTrail" events only while a CloudTrail trail is logging in that Region.',
  },
  {
    id: 'cp-config-rules',
    kind: 'multiple',
    prompt: 'Which AWS Config rules flag risky ECS task definitions?',
    section: 'aws-config-rules-for-drift',
    options: [
      { id: 'nonprivileged', text: 'ecs-containers-nonprivileged', correct: true },
      { id: 'readonly', text: 'ecs-containers-readonly-access', correct: true },
      { id: 'non-root', text: 'ecs-task-definition-linux-user-non-root', correct: true },
      {
        id: 'signed',
        text: 'ecs-images-signed-by-guardduty',
        feedback: 'No such rule: GuardDuty does not sign images. Signing comes from ECR managed signing or your own tools.',
      },
    ],
    explanation: 'Config rules catch drift in task definitions: privileged containers, writable root file systems and containers running as root.',
  },
  {
    id: 'cp-guardduty-existing',
    kind: 'true-false',
    prompt: 'orders-api was already running when you enabled GuardDuty Runtime Monitoring, so it is protected from that moment on.',
    section: 'runtime-threats-with-guardduty',
    answer: false,
    why: 'On Fargate the GuardDuty sidecar is added only to tasks that start after enabling; redeploy the service.',
    wrongFeedback:
      'Enabling a detector feels like switching protection on everywhere, but running Fargate tasks are immutable and get the sidecar only when replaced.',
    explanation: 'Enable Runtime Monitoring, then force a new deployment and check the sidecar in the new tasks.',
  },
  {
    id: 'cp-private-repos',
    kind: 'single',
    prompt: 'A task definition points at a public image with the tag latest. What is the risk?',
    section: 'public-or-private-ecr',
    options: [
      { id: 'mutable', text: 'The tag can move, so tasks may start different code from one day to the next', correct: true },
      {
        id: 'slow',
        text: 'Public images pull more slowly, so tasks start late',
        feedback: 'Speed is not the concern: a mutable upstream tag means you do not control what runs.',
      },
      { id: 'blocked', text: 'Fargate refuses public images', feedback: 'Fargate runs any image the task can pull, public ones included.' },
    ],
    explanation: 'Copy base images into your private ECR repository, scan them, and pin a digest or immutable version tag.',
  },
];
