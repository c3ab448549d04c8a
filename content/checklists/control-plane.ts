/** The "control-plane" checklist: its items, in the order a review works through them. */
import type { ChecklistsContent } from '@/lib/checklists/types';
import { exampleText } from '@/lib/examples/text';
import { GUARDDUTY_UPDATE } from './shared';

export const controlPlaneList: ChecklistsContent['lists'][number] = {
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
          code: exampleText('checklists/cp-scoped-deploy-roles.statement.json'),
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
          code: exampleText('checklists/cp-private-ecr.sh'),
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
        steps:
          'Scanning is configured for the whole registry, and each call replaces the previous configuration: a repository that no rule matches is not scanned at all. Give every repository a rule, for example continuous scanning for production repositories and scan on push for everything else (`*`). Enhanced scanning is billed through Inspector. If you stay on basic scanning, make sure scan on push is on.',
        snippet: {
          language: 'bash',
          code: exampleText('ecs-security-control-plane/registry-scanning.sh'),
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
          code: exampleText('checklists/cp-vpc-endpoints.sh'),
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
          code: exampleText('checklists/cp-agent-endpoints.sh'),
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
          code: exampleText('ecs-security-control-plane/security-group-ingress.sh'),
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
      check: 'An SCP lets only the deployer role create or delete production services and clusters or delete task definitions, and locks ECS to your Regions.',
      why: 'A service control policy sets the most that IAM principals in an account can do: it grants nothing by itself, and an action it denies stays denied whatever IAM allows. ECS tasks are stopped, not deleted, so the calls worth guarding are the service, cluster and task-definition APIs; a Region lock stops resources from appearing where nobody would look.',
      how: {
        service: 'AWS Organizations',
        steps:
          'Attach the SCP to a non-production organizational unit first and run a full deploy and a rollback: a deny also blocks your own automation and incident responders. To control standalone tasks too, add `ecs:RunTask` to the first statement. Do not add `ecs:RegisterTaskDefinition` for everyone but the deployer: the release pipeline registers a new revision on every deployment, so deny it only to principals that are neither the deployer nor the pipeline role.',
        snippet: {
          language: 'json',
          code: exampleText('ecs-security-control-plane/prod-guardrails.scp.json'),
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
        steps:
          'Check that a trail is logging management events in the Region, then create a rule with this event pattern and send matches to your on-call channel. An `UpdateService` from the pipeline role is routine; the same call from a person at midnight is worth a look.',
        snippet: {
          language: 'json',
          code: exampleText('ecs-security-control-plane/ecs-changes.event-pattern.json'),
        },
      },
      appliesTo: 'both',
      severity: 'high',
      sources: ['ecs-cloudtrail', 'eventbridge-ecs-events'],
    },
    {
      id: 'cp-config-rules',
      check:
        'AWS Config checks task definitions with `ecs-containers-nonprivileged`, `ecs-containers-readonly-access` and `ecs-task-definition-linux-user-non-root`.',
      why: 'SCPs prevent; AWS Config detects. It records each change to a task definition and flags a revision that runs privileged, leaves the root file system writable or runs as root, and its compliance history becomes audit evidence.',
      how: {
        service: 'AWS Config',
        console: 'AWS Config console > Rules > Add rule',
        steps: 'Add the three managed rules, scoped to task definitions. This is the first of them:',
        snippet: {
          language: 'bash',
          code: exampleText('ecs-security-control-plane/config-rule-nonprivileged.sh'),
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
      caution:
        'As of December 2026 Runtime Monitoring does not support Windows tasks on Fargate, EKS clusters on Fargate or applications on ECS Managed Instances; workloads there need another detection plan.',
      updated: {
        ...GUARDDUTY_UPDATE,
        text: 'Material from early 2023 says GuardDuty had nothing for ECS and leans on AWS Config rules instead. In late November 2023 AWS launched GuardDuty ECS Runtime Monitoring, including Fargate. Keep Config for configuration drift.',
      },
      appliesTo: 'both',
      severity: 'high',
      sources: ['guardduty-runtime-monitoring', 'guardduty-fargate', 'guardduty-ecs-launch', 'guardduty-ecs-prereq'],
    },
  ],
};
