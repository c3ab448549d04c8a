/** The chooser's question "gpu" and the rules that connect its answers to targets (GPU). */
import type { ChooserInput } from '@/lib/chooser/types';

export const gpuQuestion: ChooserInput['questions'][number] = {
  id: 'gpu',
  kind: 'single',
  short: 'GPU',
  prompt: 'Does it need a GPU?',
  whyWeAsk: 'As of December 2026, Fargate offers no GPUs, on ECS or on EKS. GPUs need EC2 capacity: ECS on EC2, ECS Managed Instances or EKS nodes.',
  sources: ['fargate-task-definitions', 'eks-fargate', 'ecs-managed-instances'],
  options: [
    { id: 'no', label: 'No' },
    { id: 'yes', label: 'Yes', description: 'For example machine-learning inference or training, or video encoding.' },
  ],
};

export const gpuRules: ChooserInput['rules'] = [
  {
    id: 'gpu-not-lambda',
    effect: 'exclude',
    when: [{ question: 'gpu', is: 'yes' }],
    targets: ['lambda'],
    reason: 'needs a GPU, and Lambda sizes a function by memory alone',
    limit: 'lambda-compute-setting',
  },
  {
    id: 'gpu-not-app-runner',
    effect: 'exclude',
    when: [{ question: 'gpu', is: 'yes' }],
    targets: ['apprunner'],
    reason: 'needs a GPU, and an App Runner instance is configured by vCPU and memory only',
    limit: 'app-runner-instance',
  },
  {
    id: 'gpu-not-fargate',
    effect: 'exclude',
    when: [{ question: 'gpu', is: 'yes' }],
    targets: ['ecs-fargate'],
    reason: 'needs a GPU, and Fargate offers none',
    limit: 'fargate-no-gpu-privileged',
  },
  {
    id: 'gpu-not-express',
    effect: 'exclude',
    when: [{ question: 'gpu', is: 'yes' }],
    targets: ['ecs-express'],
    reason: 'needs a GPU, and Express Mode runs tasks on Fargate, which offers none',
    limit: 'fargate-no-gpu-privileged',
  },
  {
    id: 'gpu-not-eks-fargate',
    effect: 'exclude',
    when: [{ question: 'gpu', is: 'yes' }],
    targets: ['eks/fargate'],
    reason: 'needs a GPU, and EKS on Fargate offers none',
    limit: 'eks-fargate-limits',
  },
  {
    id: 'gpu-fits-ec2',
    effect: 'score',
    when: [{ question: 'gpu', is: 'yes' }],
    targets: ['ecs-ec2'],
    weight: 3,
    reason: 'Runs on the GPU instance types you add to the cluster.',
    sources: ['ecs-capacity', 'ecs-managed-instances'],
  },
  {
    id: 'gpu-fits-managed-instances',
    effect: 'score',
    when: [{ question: 'gpu', is: 'yes' }],
    targets: ['ecs-managed-instances'],
    weight: 3,
    reason: 'Lets you select GPU instances while AWS still provisions and patches them.',
    sources: ['ecs-managed-instances'],
  },
  {
    id: 'gpu-fits-eks-nodes',
    effect: 'score',
    when: [{ question: 'gpu', is: 'yes' }],
    targets: ['eks/nodes'],
    weight: 2,
    reason: 'Managed node groups can use GPU instance types.',
    sources: ['eks-gpu-nodes'],
  },
  {
    id: 'gpu-beanstalk',
    effect: 'score',
    when: [{ question: 'gpu', is: 'yes' }],
    targets: ['beanstalk'],
    weight: -3,
    reason: 'Not among AWS’s GPU options for containers, which are ECS on EC2, ECS Managed Instances and EKS on EC2 nodes.',
    sources: ['ecs-managed-instances'],
  },
];
