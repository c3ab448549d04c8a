/** Check-up questions for the lesson on securing ECS tasks and containers. Ids are stored in browsers: never reuse one. */
import type { QuestionInput } from '@/lib/questions/schema';

export const questions: QuestionInput[] = [
  {
    id: 'app-s3-task-role',
    kind: 'scenario',
    scenario:
      'thumbnail-worker must write resized images to an S3 bucket. A teammate adds s3:PutObject to its task execution role, and the writes fail with AccessDenied.',
    prompt: 'Which role should get the permission?',
    section: 'three-roles-three-jobs',
    options: [
      { id: 'task-role', text: 'The task role, which the application code uses', correct: true },
      {
        id: 'execution',
        text: 'The task execution role, with a wider resource',
        feedback: 'The execution role is used by ECS to start the task (pull, logs, secrets). Your code never receives its credentials.',
      },
      {
        id: 'instance',
        text: 'The container instance role',
        feedback: 'That role exists only on EC2 and external hosts, for the agent. thumbnail-worker\u2019s code should not share the host\u2019s identity.',
      },
    ],
    explanation:
      'The task role is what your code uses to call AWS APIs; the execution role is for ECS while it starts the task. Give each only what its job needs.',
  },
  {
    id: 'app-roles-match',
    kind: 'multiple',
    prompt: 'Which jobs belong to the task execution role?',
    section: 'three-roles-three-jobs',
    options: [
      { id: 'pull', text: 'Pulling the image from private ECR', correct: true },
      { id: 'logs', text: 'Sending the container\u2019s logs to CloudWatch Logs', correct: true },
      { id: 'secrets', text: 'Fetching the secrets referenced in the task definition', correct: true },
      { id: 'sqs', text: 'Reading jobs from the SQS queue', feedback: 'Reading a queue is something your code does, so it belongs in the task role.' },
      {
        id: 'register',
        text: 'Registering the host with the cluster',
        feedback: 'That is the container instance role\u2019s job, on EC2 and external hosts only.',
      },
    ],
    explanation:
      'Three roles: the execution role starts the task (pull, logs, secrets), the task role is your code, the container instance role is the agent on EC2/external hosts.',
  },
  {
    id: 'app-env-password',
    kind: 'single',
    prompt: 'Why is a database password in the environment list of a task definition a problem?',
    section: 'keep-secrets-out-of-task-definitions',
    options: [
      { id: 'describe', text: 'It is plain text to anyone allowed to call DescribeTaskDefinition', correct: true },
      {
        id: 'size',
        text: 'Environment values are limited to 32 characters',
        feedback: 'Length is not the issue: the value is stored and shown in plain text with the task definition.',
      },
      {
        id: 'encrypted',
        text: 'ECS encrypts it with a key your code cannot read',
        feedback: 'Nothing encrypts environment values for you; that is exactly why they are unsafe for secrets.',
      },
    ],
    explanation:
      'Store the value in Secrets Manager or Parameter Store and reference it in the container\u2019s secrets list with valueFrom; the execution role reads it at start.',
  },
  {
    id: 'app-rotation',
    kind: 'scenario',
    scenario: 'You rotated the orders-api database password in Secrets Manager. An hour later some requests still fail to authenticate to the database.',
    prompt: 'What fixes it?',
    section: 'keep-secrets-out-of-task-definitions',
    options: [
      { id: 'deploy', text: 'Start a new deployment so tasks start with the new value', correct: true },
      {
        id: 'wait',
        text: 'Wait: ECS refreshes secrets in running tasks every few hours',
        feedback: 'ECS injects the secret once, when the container starts. Running tasks keep the old value.',
      },
      {
        id: 'env',
        text: 'Move the password into the environment list so it updates',
        feedback: 'That puts the password in plain text in the task definition, and it still needs a new deployment.',
      },
    ],
    explanation: 'Secrets are read at container start; after each rotation, start a new deployment.',
  },
  {
    id: 'app-agent-update',
    kind: 'true-false',
    prompt: 'On ECS Managed Instances you update the ECS container agent yourself, as on an Auto Scaling group.',
    section: 'the-ecs-container-agent',
    answer: false,
    why: 'On Managed Instances AWS patches the instances and the agent; you update it yourself only on EC2 and external hosts you manage.',
    wrongFeedback: 'Managed Instances are EC2 instances, which makes this sound right, but AWS provisions, scales and patches them, agent included.',
    explanation: 'You keep the agent current on your own EC2 and ECS Anywhere hosts; on Fargate and Managed Instances AWS does it.',
  },
  {
    id: 'app-hardening',
    kind: 'multiple',
    prompt: 'Which settings harden the orders-api container definition?',
    section: 'harden-the-container-definition',
    options: [
      { id: 'user', text: 'user set to a non-root ID', correct: true },
      { id: 'readonly', text: 'readonlyRootFilesystem: true, with a writable volume only where needed', correct: true },
      { id: 'drop', text: 'Dropping Linux capabilities the process does not use', correct: true },
      {
        id: 'ptrace',
        text: 'Adding SYS_PTRACE so you can debug it later',
        feedback: 'Grant SYS_PTRACE only to a tracing sidecar that needs it; an API needs no extra capabilities.',
      },
      {
        id: 'privileged',
        text: 'privileged: false written explicitly so Fargate runs it faster',
        feedback: 'There is nothing to gain: privileged is simply not valid on Fargate. Leave it out.',
      },
    ],
    explanation: 'Non-root user, read-only root file system, CPU and memory limits, dropped capabilities and never privileged.',
  },
  {
    id: 'app-scan-gate-order',
    kind: 'order',
    prompt: 'Put the steps of a CI gate that blocks images with HIGH or CRITICAL findings in order.',
    section: 'run-only-trusted-images',
    steps: [
      { id: 'push', text: 'Push the image with a version tag you never reuse' },
      { id: 'wait', text: 'Wait until the scan status is COMPLETE or, with continuous enhanced scanning, ACTIVE' },
      { id: 'read', text: 'Read the findings and fail the step on HIGH or CRITICAL counts' },
      { id: 'deploy', text: 'Register the task definition and deploy that exact tag or digest' },
    ],
    explanation:
      'Reading findings straight after the push can pass on an unfinished scan, so wait for the scan first. The image-scan-complete waiter waits for COMPLETE only, while a continuous enhanced scan ends ACTIVE, so a gate on such a repository polls the status itself. Then deploy the very image that passed.',
  },
  {
    id: 'app-authorised',
    kind: 'single',
    prompt: 'A clean vulnerability scan is not enough to call an image authorised. What else is needed?',
    section: 'only-authorised-images',
    options: [
      { id: 'sign-verify', text: 'A signature from your pipeline, verified before the deployment proceeds', correct: true },
      {
        id: 'two-scans',
        text: 'A second scan with a different scanner',
        feedback: 'More scanning still says nothing about who built the image. Signing proves it came from your pipeline.',
      },
      {
        id: 'fargate-check',
        text: 'Nothing: Fargate checks signatures when it pulls',
        feedback: 'Fargate runs any image the task can pull unless you add verification.',
      },
    ],
    explanation:
      'Sign images (ECR managed signing since 21 November 2025) and verify them: a Lambda from ECS service lifecycle hooks, or admission controllers on EKS.',
  },
  {
    id: 'app-exec-needs',
    kind: 'scenario',
    scenario: 'You run aws ecs execute-command against an orders-api task on Fargate in a private subnet with no NAT. The command fails.',
    prompt: 'Which of these could be the missing piece?',
    section: 'debug-with-ecs-exec-not-ssh',
    options: [
      {
        id: 'ssmmessages',
        text: 'A VPC endpoint for ssmmessages, plus the task role\u2019s SSM permissions and enable-execute-command on the service',
        correct: true,
      },
      {
        id: 'port22',
        text: 'An inbound rule for port 22 on the task\u2019s security group',
        feedback: 'ECS Exec needs no inbound ports or SSH keys; it works through Session Manager.',
      },
      {
        id: 'instance-role',
        text: 'A container instance role with SSM permissions',
        feedback: 'On Fargate there is no container instance role; the permissions go on the task role.',
      },
    ],
    explanation:
      'ECS Exec needs platform 1.4.0+ (or agent 1.50.2+ on EC2), task-role permissions, execute-command enabled before the task starts, and in private subnets the ssmmessages endpoint.',
  },
  {
    id: 'app-exec-audit',
    kind: 'true-false',
    prompt: 'CloudTrail records every command typed in an ECS Exec session.',
    section: 'debug-with-ecs-exec-not-ssh',
    answer: false,
    why: 'CloudTrail records the ExecuteCommand call. The commands and their output follow the cluster\u2019s executeCommandConfiguration: by default they go to the task\u2019s awslogs log configuration, so a task without one logs nothing.',
    wrongFeedback: 'Sessions are audited, which makes this easy to believe, but CloudTrail sees only the API call, not what was typed.',
    explanation:
      'For a record of the commands, give the task an awslogs log configuration (the DEFAULT setting uses it), or set executeCommandConfiguration to OVERRIDE with a log group or bucket and the task role permissions to write there.',
  },
];
