/**
 * The three security checklists, as data. Each item is a check a team can tick in a real review, with why it
 * matters, how to do it, the launch types it applies to, a severity (this course's suggested priority) and the
 * AWS pages behind it. Facts come from /work/shared/reference/aws-facts.md; anything marked unverified there is
 * left out. Validated at build time by lib/checklists/schema.ts (`npm run check:content`).
 * Item ids are stored in learners' browsers and in exported files: never rename one, add a new id instead.
 */
import type { ChecklistsContent } from '@/lib/checklists/types';

const sources = {
  'ecs-shared-responsibility': {
    title: 'AWS shared responsibility model for Amazon ECS',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-shared-model.html',
  },
  'fargate-security-considerations': {
    title: 'Fargate security considerations for Amazon ECS',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/fargate-security-considerations.html',
  },
  'fargate-security-best-practices': {
    title: 'Fargate security best practices in Amazon ECS',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-fargate.html',
  },
  'fargate-task-networking': {
    title: 'Amazon ECS task networking options for Fargate',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html',
  },
  'fargate-task-definition-differences': {
    title: 'Amazon ECS task definition differences for Fargate',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/fargate-tasks-services.html',
  },
  'fargate-platform-linux': {
    title: 'Fargate Linux platform versions for Amazon ECS',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-linux-fargate.html',
  },
  'kernel-capabilities': {
    title: 'Amazon ECS API reference: KernelCapabilities',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html',
  },
  'ecs-task-container-security': {
    title: 'ECS task and container security best practices',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/security-tasks-containers.html',
  },
  'ecs-iam-roles': {
    title: 'IAM roles for Amazon ECS',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-iam-roles.html',
  },
  'ecs-cloudtrail': {
    title: 'Logging Amazon ECS API calls using AWS CloudTrail',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/logging-using-cloudtrail.html',
  },
  'eventbridge-ecs-events': {
    title: 'Amazon EventBridge: Amazon ECS events',
    url: 'https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-ecs.html',
  },
  'config-ecs-rules': {
    title: 'AWS Config managed rule: ecs-containers-nonprivileged',
    url: 'https://docs.aws.amazon.com/config/latest/developerguide/ecs-containers-nonprivileged.html',
  },
  'config-readonly-access': {
    title: 'AWS Config managed rule: ecs-containers-readonly-access',
    url: 'https://docs.aws.amazon.com/config/latest/developerguide/ecs-containers-readonly-access.html',
  },
  'config-linux-user-non-root': {
    title: 'AWS Config managed rule: ecs-task-definition-linux-user-non-root',
    url: 'https://docs.aws.amazon.com/config/latest/developerguide/ecs-task-definition-linux-user-non-root.html',
  },
  'ecr-vpc-endpoints': {
    title: 'Amazon ECR interface VPC endpoints (AWS PrivateLink)',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html',
  },
  'guardduty-ecs-prereq': {
    title: 'GuardDuty: prerequisites for AWS Fargate (Amazon ECS only) support',
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/prereq-runtime-monitoring-ecs-support.html',
  },
  'guardduty-agent-repository': {
    title: 'GuardDuty: ECR repository for the GuardDuty agent on AWS Fargate (Amazon ECS only)',
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/ecs-runtime-agent-ecr-image-uri.html',
  },
  'ecr-wait-scan': {
    title: 'AWS CLI reference: aws ecr wait image-scan-complete',
    url: 'https://docs.aws.amazon.com/cli/latest/reference/ecr/wait/image-scan-complete.html',
  },
  'guardduty-runtime-monitoring': {
    title: 'Amazon GuardDuty Runtime Monitoring',
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html',
  },
  'guardduty-fargate': {
    title: 'How GuardDuty Runtime Monitoring works with Fargate (Amazon ECS only)',
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/how-runtime-monitoring-works-ecs-fargate.html',
  },
  'guardduty-ecs-launch': {
    title: 'AWS News Blog: Amazon GuardDuty ECS Runtime Monitoring, including AWS Fargate',
    url: 'https://aws.amazon.com/blogs/aws/introducing-amazon-guardduty-ecs-runtime-monitoring-including-aws-fargate/',
  },
  'ecs-exec': {
    title: 'Monitor Amazon ECS containers with ECS Exec',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/ecs-exec.html',
  },
  'ecs-exec-run': {
    title: 'Running commands using ECS Exec',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec-run.html',
  },
  'exec-readonly-roadmap': {
    title: 'containers-roadmap issue 1359: ECS Exec with readonlyRootFilesystem',
    url: 'https://github.com/aws/containers-roadmap/issues/1359',
  },
  'ecr-image-scanning': {
    title: 'Amazon ECR: scan images for software vulnerabilities',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
  },
  'ecr-doc-history': {
    title: 'Amazon ECR document history',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/doc-history.html',
  },
  'inspector-ecr': {
    title: 'Amazon Inspector: scanning Amazon ECR container images',
    url: 'https://docs.aws.amazon.com/inspector/latest/user/scanning-ecr.html',
  },
  'ecr-signature-verification': {
    title: 'Amazon ECR: signature verification',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-signing-verification.html',
  },
  'eks-image-verification': {
    title: 'Amazon EKS: validate container image signatures during deployment',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/image-verification.html',
  },
  'ecs-platform-version-migration': {
    title: 'Amazon ECS: migrating to Fargate Linux platform version 1.4.0 (VPC endpoints)',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-version-migration.html',
  },
  'ecs-vpc-endpoints': {
    title: 'Amazon ECS interface VPC endpoints (AWS PrivateLink)',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/vpc-endpoints.html',
  },
  'ecs-managed-instances': {
    title: 'Amazon ECS Managed Instances',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ManagedInstances.html',
  },
  'ecs-manage-linux': {
    title: 'Amazon ECS: managing Linux container instances',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/manage-linux.html',
  },
  'ecs-sensitive-data': {
    title: 'Amazon ECS: pass sensitive data to a container',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html',
  },
  'ecs-api-secret': {
    title: 'Amazon ECS API reference: Secret',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Secret.html',
  },
  'ecs-taskdef-envfiles': {
    title: 'Amazon ECS: pass environment variables to a container',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/taskdef-envfiles.html',
  },
} as const;


const GUARDDUTY_UPDATE = {
  date: '2023-11',
  text: 'Material from early 2023 says Fargate has no file or network monitoring and that GuardDuty does not cover ECS. In late November 2023 AWS announced GuardDuty ECS Runtime Monitoring, including Fargate.',
  source: 'guardduty-ecs-launch',
} as const;

const MANAGED_SIGNING_UPDATE = {
  date: '2025-11-21',
  text: 'In 2023 signing images meant running your own signing tools in every pipeline. Since 21 November 2025 Amazon ECR offers managed signing: the registry signs your images for you.',
  source: 'ecr-doc-history',
} as const;

const EXEC_READ_ONLY_CAUTION =
  'ECS Exec and `readonlyRootFilesystem` have clashed: support for the combination is a long-open request on the AWS containers roadmap. Check the current ECS Exec documentation and test the combination in staging before you rely on both.';

const ROOT_CHALLENGE = { name: 'Root and elevated privileges', stillTrue: 'Guides from early 2023 say containers on Fargate can run as root and with elevated privileges. Root: yes. Elevated privileges: not on Fargate.' };
const IMAGE_CHALLENGE = { name: 'Unverified images', stillTrue: 'Guides from early 2023 say users cannot run unverified images on Fargate. That was misstated: Fargate runs any image the task can pull.' };

export const checklistContent: ChecklistsContent = {
  sources,
  lists: [
    {
      id: 'fargate-challenges',
      title: 'Fargate security challenges',
      summary:
        'Nine checks that answer the six security challenges of running on Fargate, with what Fargate already prevents where it applies.',
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
              code: `"logConfiguration": {
  "logDriver": "awslogs",
  "options": {
    "awslogs-group": "/ecs/orders-api",
    "awslogs-region": "us-east-1",
    "awslogs-stream-prefix": "orders-api"
  }
}`,
            },
          },
          appliesTo: 'fargate',
          severity: 'high',
          sources: ['fargate-platform-linux', 'fargate-task-networking', 'ecs-cloudtrail'],
        },
        {
          id: 'fargate-triage-ready',
          challenge: { name: 'Ephemeral tasks hinder forensics', stillTrue: 'Still true: a task’s storage goes when the task stops.' },
          check: 'ECS Exec is enabled on the service before any incident, and the runbook collects evidence before a suspicious task is stopped.',
          why: 'A task’s ephemeral storage exists only as long as the task, so stopping a suspicious task destroys the files an attacker dropped. ECS Exec is switched on when a task starts, so it cannot be added to a task that is already running.',
          how: {
            service: 'ECS Exec (through AWS Systems Manager Session Manager)',
            steps:
              'ECS Exec runs a command or opens a shell in a running container with no inbound ports or SSH keys, and CloudTrail records each `ExecuteCommand` call. As of November 2026, on Fargate it needs platform version 1.4.0 or later and task role permissions. Enable it and roll the service now; in an incident, copy out processes, connections and changed files before you stop the task.',
            snippet: {
              language: 'bash',
              code: `aws ecs update-service --cluster prod --service orders-api \\
  --enable-execute-command --force-new-deployment --region us-east-1`,
            },
          },
          caution: EXEC_READ_ONLY_CAUTION,
          appliesTo: 'fargate',
          severity: 'high',
          sources: ['fargate-security-best-practices', 'ecs-exec', 'ecs-exec-run', 'exec-readonly-roadmap'],
        },
        {
          id: 'fargate-runtime-monitoring',
          challenge: { name: 'File and network monitoring', stillTrue: 'Guides from early 2023 say Fargate has no file or network monitoring. That is no longer true.' },
          check: 'GuardDuty Runtime Monitoring is on for ECS on Fargate, and every running Linux task carries the GuardDuty sidecar.',
          why: 'Runtime Monitoring observes file access, process execution and network connections inside your tasks and raises a finding when they look like a threat. Tasks are immutable, so the GuardDuty sidecar is added only to tasks that start after you enable it.',
          how: {
            service: 'Amazon GuardDuty',
            console: 'GuardDuty console > Runtime Monitoring',
            steps:
              'Enable Runtime Monitoring and let GuardDuty manage the agent for Fargate: installing or managing it yourself is not supported there. Then roll every service, restart long-running standalone tasks and confirm the sidecar appears in the running tasks.',
            snippet: {
              language: 'bash',
              code: `aws ecs update-service --cluster prod --service orders-api \\
  --force-new-deployment --region us-east-1`,
            },
          },
          caution: 'As of December 2026 Runtime Monitoring covers Linux tasks on Fargate platform version 1.4.0 or later, and not Windows tasks on Fargate, EKS clusters on Fargate or applications on ECS Managed Instances; workloads there need another detection plan.',
          updated: GUARDDUTY_UPDATE,
          appliesTo: 'fargate',
          severity: 'high',
          sources: ['guardduty-runtime-monitoring', 'guardduty-fargate', 'guardduty-ecs-launch', 'guardduty-ecs-prereq'],
        },
        {
          id: 'fargate-sidecar-agents',
          challenge: { name: 'Security agents', stillTrue: 'Guides from early 2023 say traditional security agents cannot run on Fargate. That holds only for agents installed on the host.' },
          check: 'Any third-party runtime agent runs as a sidecar container, and only that container adds the `SYS_PTRACE` capability.',
          why: 'There is no host you can reach to install an agent on, but an agent that runs as a container in your task works: that is how GuardDuty’s own agent runs. `SYS_PTRACE` is the one Linux capability Fargate lets you add, and it is enough for tools that trace system calls, such as Falco.',
          how: {
            service: 'The task definition',
            steps:
              'Add the agent as its own container and grant `SYS_PTRACE` to that container only. Before you add one, check whether GuardDuty already covers what you need: every sidecar adds CPU, memory and another image to patch.',
            snippet: {
              language: 'json',
              code: `"linuxParameters": {
  "capabilities": { "add": ["SYS_PTRACE"] }
}`,
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
              code: `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": "ecr:GetAuthorizationToken", "Resource": "*" },
    {
      "Effect": "Allow",
      "Action": [
        "ecr:BatchCheckLayerAvailability",
        "ecr:GetDownloadUrlForLayer",
        "ecr:BatchGetImage"
      ],
      "Resource": [
        "arn:aws:ecr:us-east-1:111122223333:repository/orders-api",
        "arn:aws:ecr:us-east-1:593207742271:repository/aws-guardduty-agent-fargate"
      ]
    }
  ]
}`,
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
            steps: 'Create a user with a fixed UID in the image and switch to it. Setting `user` in the container definition as well protects you when a future base image forgets.',
            snippet: {
              language: 'dockerfile',
              code: `RUN useradd --uid 10001 --no-create-home worker
USER 10001`,
            },
          },
          handledOnFargate: 'Privileged mode: `privileged` (like `gpu`) is not a valid parameter in a Fargate task definition, and `SYS_PTRACE` is the only capability you can add.',
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
              code: `"linuxParameters": {
  "capabilities": { "drop": ["ALL"] }
}`,
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
              code: `"readonlyRootFilesystem": true,
"mountPoints": [{ "sourceVolume": "tmp", "containerPath": "/tmp" }]`,
            },
          },
          caution: EXEC_READ_ONLY_CAUTION,
          appliesTo: 'both',
          severity: 'medium',
          sources: ['ecs-task-container-security', 'ecs-exec', 'exec-readonly-roadmap'],
        },
      ],
    },
    {
      id: 'control-plane',
      title: 'ECS control plane',
      summary: 'Who may change your ECS services, which images they run, how traffic reaches them, and how fast you hear about a change or a threat.',
      lesson: 'ecs-security-control-plane',
      items: [
        {
          id: 'cp-scoped-deploy-roles',
          check: 'Deploy roles are scoped to the services they deploy, and people have read-only access to production.',
          why: 'Every change to an ECS workload is an API call. If a pipeline credential leaks, a role scoped to one service lets the attacker redeploy that service and nothing else. ECS itself separates the role that starts a task from the role your code uses; apply the same idea to people and pipelines.',
          how: {
            service: 'AWS IAM',
            console: 'IAM console > Roles > your deploy role > Permissions',
            steps:
              'Give each pipeline its own role and name the cluster and service in the resource ARN. Keep the statements that register task definitions and pass the task’s roles just as narrow.',
            snippet: {
              language: 'json',
              code: `{
  "Sid": "DeployOrdersApiOnly",
  "Effect": "Allow",
  "Action": ["ecs:UpdateService", "ecs:DescribeServices"],
  "Resource": "arn:aws:ecs:us-east-1:111122223333:service/prod/orders-api"
}`,
            },
          },
          appliesTo: 'both',
          severity: 'critical',
          sources: ['ecs-iam-roles', 'ecs-cloudtrail'],
        },
        {
          id: 'cp-private-ecr',
          check: 'Production task definitions reference only private ECR repositories, by digest or an immutable version tag.',
          why: 'Anyone can pull from a public repository, and a mutable public tag such as `latest` can start different code on Monday than on Friday. When your own private copies are the only images you run, nothing changes when an upstream tag does.',
          how: {
            service: 'Amazon ECR',
            steps:
              'Copy or rebuild third-party base images into private repositories, which need IAM permission to pull, and scan them there. Turn on tag immutability so a version tag can never point at a different image.',
            snippet: {
              language: 'bash',
              code: `aws ecr put-image-tag-mutability --repository-name orders-api \\
  --image-tag-mutability IMMUTABLE`,
            },
          },
          appliesTo: 'both',
          severity: 'high',
          sources: ['ecs-iam-roles', 'ecr-image-scanning'],
        },
        {
          id: 'cp-enhanced-scanning',
          check: 'ECR enhanced scanning is on, with continuous rescans for the repositories you run in production.',
          why: 'Basic scanning checks only operating-system packages, on push or on demand. Enhanced scanning uses Amazon Inspector to check operating-system and programming-language packages, and can rescan continuously, so an image already in production is re-evaluated when a new CVE is published.',
          how: {
            service: 'Amazon ECR and Amazon Inspector',
            steps: 'Scanning is configured for the whole registry, and each call replaces the previous configuration: a repository that no rule matches is not scanned at all. Give every repository a rule, for example continuous scanning for production repositories and scan on push for everything else (`*`). Enhanced scanning is billed through Inspector. If you stay on basic scanning, make sure scan on push is on.',
            snippet: {
              language: 'bash',
              code: `aws ecr put-registry-scanning-configuration \\
  --scan-type ENHANCED \\
  --rules '[
    {"scanFrequency":"CONTINUOUS_SCAN","repositoryFilters":[{"filter":"orders-*","filterType":"WILDCARD"}]},
    {"scanFrequency":"SCAN_ON_PUSH","repositoryFilters":[{"filter":"*","filterType":"WILDCARD"}]}
  ]'`,
            },
          },
          updated: {
            date: '2026-02-02',
            text: 'In 2023 basic scanning ran on the open-source Clair scanner. Clair-based scanning has been deprecated, and by 2 February 2026 every ECR account had been moved to AWS-native basic scanning. There is nothing to migrate.',
            source: 'ecr-doc-history',
          },
          appliesTo: 'both',
          severity: 'high',
          sources: ['ecr-image-scanning', 'inspector-ecr', 'ecr-doc-history'],
        },
        {
          id: 'cp-vpc-endpoints',
          check: 'Private-subnet tasks reach ECR, S3, CloudWatch Logs, their secret stores and, for ECS Exec, `ssmmessages` through VPC endpoints.',
          why: 'A task in a private subnet with no NAT device has no path to public AWS endpoints. Without the ECR and S3 endpoints it cannot pull its own image; without the CloudWatch Logs endpoint a task that logs with `awslogs` fails to start; ECS Exec sessions need `ssmmessages`; and the GuardDuty sidecar is pulled from an AWS-owned ECR repository, so it needs the ECR endpoints too.',
          how: {
            service: 'Amazon VPC',
            steps:
              'For Fargate platform version 1.4.0 or later: interface endpoints `ecr.api` and `ecr.dkr`, the S3 gateway endpoint, `logs` when containers use the `awslogs` driver, `secretsmanager` or `ssm` when the task definition references secrets or parameters, and `ssmmessages` when ECS Exec is enabled. The security groups on the tasks and the endpoints must allow HTTPS (443) between them.',
            snippet: {
              language: 'bash',
              code: `aws ec2 create-vpc-endpoint --vpc-id vpc-0123456789abcdef0 \\
  --vpc-endpoint-type Interface \\
  --service-name com.amazonaws.us-east-1.logs \\
  --subnet-ids subnet-0a1b2c3d4e5f60718 \\
  --security-group-ids sg-0fedcba9876543210 --private-dns-enabled`,
            },
          },
          appliesTo: 'both',
          severity: 'high',
          sources: ['ecs-platform-version-migration', 'ecr-vpc-endpoints', 'ecs-exec', 'guardduty-ecs-prereq'],
        },
        {
          id: 'cp-agent-endpoints',
          check: 'EC2 container instances in private subnets reach ECS through the `ecs`, `ecs-agent` and `ecs-telemetry` endpoints.',
          why: 'The ECS container agent on each EC2 host talks to ECS to register the host and to start and stop tasks. In a private subnet it needs these endpoints in addition to the ones for ECR.',
          how: {
            service: 'Amazon VPC',
            steps: 'Create the three interface endpoints in the subnets of your container instances, with a security group that allows HTTPS from the hosts.',
            snippet: {
              language: 'bash',
              code: `for svc in ecs ecs-agent ecs-telemetry; do
  aws ec2 create-vpc-endpoint --vpc-id vpc-0123456789abcdef0 \\
    --vpc-endpoint-type Interface \\
    --service-name "com.amazonaws.us-east-1.$svc" \\
    --subnet-ids subnet-0a1b2c3d4e5f60718 \\
    --security-group-ids sg-0fedcba9876543210 --private-dns-enabled
done`,
            },
          },
          appliesTo: 'ec2',
          severity: 'medium',
          sources: ['ecs-vpc-endpoints'],
        },
        {
          id: 'cp-known-sources',
          check: 'Every security group names its sources: only the load balancer accepts internet traffic, and tasks accept only known security groups.',
          why: 'In `awsvpc` network mode, which Fargate requires, each task has its own network interface and security groups, so rules can be written per service. Naming a security group as the source, rather than an IP range, lets only that tier connect; a temporary 0.0.0.0/0 rule lets traffic bypass the load balancer.',
          how: {
            service: 'Amazon VPC security groups',
            steps:
              'Allow the service port only from the load balancer’s security group and the database port only from the service’s; a worker that pulls its jobs needs no inbound rule. VPC Flow Logs show which sources actually connected.',
            snippet: {
              language: 'bash',
              code: `aws ec2 authorize-security-group-ingress \\
  --group-id sg-0123456789abcdef0 \\
  --protocol tcp --port 8080 \\
  --source-group sg-0aa11bb22cc33dd44 \\
  --region us-east-1`,
            },
          },
          appliesTo: 'both',
          severity: 'high',
          sources: ['fargate-task-networking', 'ecs-platform-version-migration'],
        },
        {
          id: 'cp-compliance-evidence',
          check: 'Each requirement of your compliance standard maps to evidence you can show: CloudTrail history, AWS Config results or scan findings.',
          why: 'The standard comes from your business, such as a payment-card standard or a customer’s audit. AWS secures the infrastructure, but the configuration you choose, including IAM, networking, the image and your data, stays your responsibility, so the proof comes from your account.',
          how: {
            service: 'AWS CloudTrail, AWS Config and Amazon ECR scan findings',
            steps:
              'List the requirements that touch your containers and write next to each the control that meets it and where its evidence lives. The notes field and the Markdown export of this checklist can serve as the review record.',
          },
          appliesTo: 'both',
          severity: 'medium',
          sources: ['ecs-shared-responsibility'],
        },
        {
          id: 'cp-scp-guardrails',
          check: 'An SCP lets only the deployer role delete production services, clusters or task definitions, and locks ECS to your Regions.',
          why: 'A service control policy sets the most that IAM principals in an account can do: it grants nothing by itself, and an action it denies stays denied whatever IAM allows. ECS tasks are stopped, not deleted, so the calls worth guarding are the service, cluster and task-definition APIs; a Region lock stops resources from appearing where nobody would look.',
          how: {
            service: 'AWS Organizations',
            steps:
              'Attach the SCP to a non-production organizational unit first and run a full deploy and a rollback: a deny also blocks your own automation and incident responders. To control creation too, add `ecs:CreateService`, `ecs:RunTask` and `ecs:RegisterTaskDefinition` to the first statement.',
            snippet: {
              language: 'json',
              code: `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ProtectProdEcs",
      "Effect": "Deny",
      "Action": ["ecs:DeleteService", "ecs:DeleteCluster",
                 "ecs:DeregisterTaskDefinition", "ecs:DeleteTaskDefinitions"],
      "Resource": "*",
      "Condition": {
        "ArnNotLike": { "aws:PrincipalArn": "arn:aws:iam::*:role/platform-deployer" }
      }
    },
    {
      "Sid": "EcsOnlyInUsEast1",
      "Effect": "Deny",
      "Action": ["ecs:*", "ecr:*"],
      "Resource": "*",
      "Condition": { "StringNotEquals": { "aws:RequestedRegion": "us-east-1" } }
    }
  ]
}`,
            },
          },
          appliesTo: 'both',
          severity: 'high',
          sources: ['ecs-cloudtrail'],
        },
        {
          id: 'cp-change-alerts',
          check: 'A CloudTrail trail logs each Region you use, and an EventBridge rule alerts on-call about ECS deletes, service updates and setting changes.',
          why: 'CloudTrail is the recorder, not the alarm: it records every ECS API call, from the console, the CLI or a pipeline. EventBridge receives those calls as “AWS API Call via CloudTrail” events only while a trail is logging in that Region, alongside the events ECS sends itself, such as task state changes, and sends the matches of your rules to your alerting.',
          how: {
            service: 'AWS CloudTrail and Amazon EventBridge',
            console: 'EventBridge console > Rules > Create rule',
            steps: 'Check that a trail is logging management events in the Region, then create a rule with this event pattern and send matches to your on-call channel. An `UpdateService` from the pipeline role is routine; the same call from a person at midnight is worth a look.',
            snippet: {
              language: 'json',
              code: `{
  "source": ["aws.ecs"],
  "detail-type": ["AWS API Call via CloudTrail"],
  "detail": {
    "eventSource": ["ecs.amazonaws.com"],
    "eventName": ["DeleteService", "DeleteCluster", "UpdateService", "PutAccountSetting"]
  }
}`,
            },
          },
          appliesTo: 'both',
          severity: 'high',
          sources: ['ecs-cloudtrail', 'eventbridge-ecs-events'],
        },
        {
          id: 'cp-config-rules',
          check: 'AWS Config checks task definitions with `ecs-containers-nonprivileged`, `ecs-containers-readonly-access` and `ecs-task-definition-linux-user-non-root`.',
          why: 'SCPs prevent; AWS Config detects. It records each change to a task definition and flags a revision that runs privileged, leaves the root file system writable or runs as root, and its compliance history becomes audit evidence.',
          how: {
            service: 'AWS Config',
            console: 'AWS Config console > Rules > Add rule',
            steps: 'Add the three managed rules, scoped to task definitions. This is the first of them:',
            snippet: {
              language: 'bash',
              code: `aws configservice put-config-rule --config-rule '{
  "ConfigRuleName": "ecs-containers-nonprivileged",
  "Source": { "Owner": "AWS", "SourceIdentifier": "ECS_CONTAINERS_NONPRIVILEGED" },
  "Scope": { "ComplianceResourceTypes": ["AWS::ECS::TaskDefinition"] }
}'`,
            },
          },
          appliesTo: 'both',
          severity: 'medium',
          sources: ['config-ecs-rules', 'config-readonly-access', 'config-linux-user-non-root'],
        },
        {
          id: 'cp-guardduty',
          check: 'GuardDuty Runtime Monitoring covers your ECS workloads, and services that were running before you enabled it have been redeployed.',
          why: 'Configuration checks cannot see behaviour. Runtime Monitoring observes file access, process execution and network connections inside your workloads and raises a finding when they look like a threat. On Fargate its sidecar is added only to tasks that start after you enable it.',
          how: {
            service: 'Amazon GuardDuty',
            console: 'GuardDuty console > Runtime Monitoring',
            steps: 'Enable Runtime Monitoring and let GuardDuty manage the agent on Fargate, then force a new deployment of each service.',
            snippet: {
              language: 'bash',
              code: 'aws ecs update-service --cluster prod --service orders-api --force-new-deployment',
            },
          },
          caution: 'As of December 2026 Runtime Monitoring does not support Windows tasks on Fargate, EKS clusters on Fargate or applications on ECS Managed Instances; workloads there need another detection plan.',
          updated: {
            ...GUARDDUTY_UPDATE,
            text: 'Material from early 2023 says GuardDuty had nothing for ECS and leans on AWS Config rules instead. In late November 2023 AWS launched GuardDuty ECS Runtime Monitoring, including Fargate. Keep Config for configuration drift.',
          },
          appliesTo: 'both',
          severity: 'high',
          sources: ['guardduty-runtime-monitoring', 'guardduty-fargate', 'guardduty-ecs-launch', 'guardduty-ecs-prereq'],
        },
      ],
    },
    {
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
            steps: 'Create one execution role and one task role per service, and scope the task role to the exact resources the code uses. The container instance role exists only on EC2 and external hosts.',
            snippet: {
              language: 'json',
              code: `{
  "Sid": "WriteThumbnails",
  "Effect": "Allow",
  "Action": "s3:PutObject",
  "Resource": "arn:aws:s3:::media-111122223333/thumbnails/*"
}`,
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
            steps: 'A common practice is to replace instances regularly with ones built from a current image, so the operating system, container runtime and agent are updated together. Check the agent versions your hosts report.',
            snippet: {
              language: 'bash',
              code: `aws ecs describe-container-instances --cluster prod \\
  --container-instances $(aws ecs list-container-instances --cluster prod \\
      --query 'containerInstanceArns' --output text) \\
  --query 'containerInstances[].[ec2InstanceId,versionInfo.agentVersion]' \\
  --output table`,
            },
          },
          handledOnFargate: 'AWS manages the agent and the container runtime: they come with the platform version, which AWS patches, retiring tasks that run on a vulnerable revision.',
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
            steps: 'Declare a volume for the task and mount it where the app writes; the AWS Config rule `ecs-containers-readonly-access` flags containers whose root file system is writable.',
            snippet: {
              language: 'json',
              code: `"volumes": [{ "name": "tmp" }],
"containerDefinitions": [{
  "name": "orders-api",
  "readonlyRootFilesystem": true,
  "mountPoints": [{ "sourceVolume": "tmp", "containerPath": "/tmp" }]
}]`,
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
              code: `"cpu": 512,
"memory": 1024`,
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
            steps: 'Leave `privileged` out of every container definition, and add the managed rule so a revision that sets it is flagged soon after it is registered.',
            snippet: {
              language: 'bash',
              code: `aws configservice put-config-rule --config-rule '{
  "ConfigRuleName": "ecs-containers-nonprivileged",
  "Source": { "Owner": "AWS", "SourceIdentifier": "ECS_CONTAINERS_NONPRIVILEGED" },
  "Scope": { "ComplianceResourceTypes": ["AWS::ECS::TaskDefinition"] }
}'`,
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
              code: `"secrets": [
  {
    "name": "DB_PASSWORD",
    "valueFrom": "arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/orders-api/db-AbCdEf"
  },
  {
    "name": "PAYMENTS_API_KEY",
    "valueFrom": "arn:aws:ssm:us-east-1:111122223333:parameter/prod/orders-api/payments-key"
  }
]`,
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
            steps: 'After the push, wait for the scan to finish, then read the severity counts and fail the step if any high or critical finding remains. Reading the findings straight after the push lets an unfinished scan pass the gate.',
            snippet: {
              language: 'bash',
              code: `aws ecr wait image-scan-complete \\
  --repository-name orders-api --image-id imageTag=1.4.2
read -r HIGH CRITICAL < <(aws ecr describe-image-scan-findings \\
  --repository-name orders-api --image-id imageTag=1.4.2 \\
  --query 'imageScanFindings.findingSeverityCounts.[HIGH, CRITICAL]' --output text)
if [ "$HIGH" != "None" ] || [ "$CRITICAL" != "None" ]; then
  echo "orders-api:1.4.2 has high or critical findings" >&2; exit 1
fi`,
            },
          },
          appliesTo: 'both',
          severity: 'high',
          sources: ['ecr-image-scanning', 'ecr-wait-scan'],
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
          why: 'ECS Exec opens a shell or runs one command in a running container through Systems Manager Session Manager, with no inbound ports and no SSH keys. CloudTrail records each `ExecuteCommand` call; what was typed and printed is kept only if the cluster’s `executeCommandConfiguration` sends session logs to CloudWatch Logs or S3.',
          how: {
            service: 'ECS Exec and AWS IAM',
            steps:
              'As of December 2026 it needs Fargate platform version 1.4.0 or later, or container agent 1.50.2 or later on EC2, plus this statement in the task role and, in private subnets, an `ssmmessages` endpoint. Turn it on for the service with `--enable-execute-command`, and set the cluster’s `executeCommandConfiguration` to log sessions if you need a record of the commands.',
            snippet: {
              language: 'json',
              code: `{
  "Sid": "AllowEcsExec",
  "Effect": "Allow",
  "Action": [
    "ssmmessages:CreateControlChannel",
    "ssmmessages:CreateDataChannel",
    "ssmmessages:OpenControlChannel",
    "ssmmessages:OpenDataChannel"
  ],
  "Resource": "*"
}`,
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
            steps: 'Match the calls that change what runs and send them to the service’s owners; the AWS Config rules in this list flag a revision that drops a protection.',
            snippet: {
              language: 'json',
              code: `{
  "source": ["aws.ecs"],
  "detail-type": ["AWS API Call via CloudTrail"],
  "detail": {
    "eventSource": ["ecs.amazonaws.com"],
    "eventName": ["RegisterTaskDefinition", "UpdateService"]
  }
}`,
            },
          },
          appliesTo: 'both',
          severity: 'medium',
          sources: ['ecs-cloudtrail', 'eventbridge-ecs-events', 'config-ecs-rules'],
        },
      ],
    },
  ],
};
