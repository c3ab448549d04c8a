/** The chooser's question "monitoring" and the rules that connect its answers to targets (Runtime monitoring). */
import type { ChooserInput } from '@/lib/chooser/types';

export const monitoringQuestion: ChooserInput['questions'][number] = {
  id: 'monitoring',
  kind: 'single',
  short: 'Runtime monitoring',
  prompt: 'Must GuardDuty Runtime Monitoring watch this workload?',
  whyWeAsk:
    'As of December 2026, GuardDuty Runtime Monitoring covers Amazon ECS on EC2 and Linux tasks on Fargate, but not EKS on Fargate or ECS Managed Instances. Its agent runs on Linux only, so no target can watch Windows containers with it.',
  sources: ['guardduty-ecs-prereq', 'guardduty-runtime', 'guardduty-ecs-fargate', 'guardduty-ecs-launch', 'guardduty-os-support'],
  options: [
    { id: 'no', label: 'No' },
    { id: 'yes', label: 'Yes', description: 'Security requires runtime threat detection: file access, process execution and network connections.' },
  ],
};

export const monitoringRules: ChooserInput['rules'] = [
  {
    id: 'monitoring-not-managed-instances',
    effect: 'exclude',
    when: [{ question: 'monitoring', is: 'yes' }],
    targets: ['ecs-managed-instances'],
    reason: 'GuardDuty Runtime Monitoring is required, and it does not cover ECS Managed Instances',
    limit: 'guardduty-gaps',
  },
  {
    id: 'monitoring-not-eks-fargate',
    effect: 'exclude',
    when: [{ question: 'monitoring', is: 'yes' }],
    targets: ['eks/fargate'],
    reason: 'GuardDuty Runtime Monitoring is required, and it does not cover EKS on Fargate',
    limit: 'guardduty-gaps',
  },
  {
    id: 'monitoring-not-windows-fargate',
    effect: 'exclude',
    when: [
      { question: 'monitoring', is: 'yes' },
      { question: 'os', is: 'windows' },
    ],
    targets: ['ecs-fargate', 'ecs-express'],
    reason: 'GuardDuty Runtime Monitoring is required, and on Fargate it covers Linux tasks only, not Windows',
    limit: 'guardduty-fargate-linux',
  },
  {
    id: 'monitoring-fits-ecs',
    effect: 'score',
    when: [
      { question: 'monitoring', is: 'yes' },
      { question: 'os', is: 'linux' },
    ],
    targets: ['ecs-fargate', 'ecs-ec2', 'ecs-express'],
    weight: 1,
    reason: 'GuardDuty Runtime Monitoring covers Amazon ECS: Linux tasks on Fargate through a GuardDuty-managed sidecar, and EC2 container instances.',
    sources: ['guardduty-ecs-prereq', 'guardduty-ecs-fargate'],
  },
  {
    id: 'monitoring-not-windows-hosts',
    effect: 'exclude',
    when: [
      { question: 'monitoring', is: 'yes' },
      { question: 'os', is: 'windows' },
    ],
    targets: ['ecs-ec2', 'eks/nodes'],
    reason: 'GuardDuty Runtime Monitoring is required, and its security agent runs on Linux only, so it cannot watch Windows containers',
    limit: 'guardduty-linux-agent',
  },
  {
    id: 'monitoring-not-a-resource-type',
    effect: 'score',
    when: [{ question: 'monitoring', is: 'yes' }],
    targets: ['lambda', 'apprunner'],
    weight: -2,
    reason: 'Not one of the resource types GuardDuty Runtime Monitoring watches, which are Amazon EKS, Amazon EC2 and Amazon ECS on Fargate.',
    sources: ['guardduty-runtime'],
  },
];
