/** The chooser's question "size" and the rules that connect its answers to targets (Size). */
import type { ChooserInput } from '@/lib/chooser/types';

export const sizeQuestion: ChooserInput['questions'][number] = {
  id: 'size',
  kind: 'single',
  short: 'Task size',
  prompt: 'How big is one task or function at its peak?',
  whyWeAsk:
    'Each target has a hard ceiling per unit, as of December 2026: a Lambda function 10,240 MB of memory (about 6 vCPU) and of /tmp, an App Runner instance 4 vCPU and 12 GB, a Fargate task or EKS on Fargate pod 16 vCPU and 120 GB, with up to 200 GiB of ephemeral storage for an ECS task. Beyond that you need EC2 instances.',
  sources: ['lambda-quotas', 'lambda-memory', 'lambda-ephemeral', 'app-runner-instance', 'fargate-task-sizes', 'fargate-storage', 'eks-fargate-pod-config'],
  options: [
    { id: 'small', label: 'Small: up to 4 vCPU and 10 GB', description: 'At most 4 vCPU, 10 GB of memory and 10 GB of scratch disk: within Lambda’s and App Runner’s ceilings.' },
    { id: 'medium', label: 'Within Fargate’s maximum', description: 'More than 4 vCPU or 10 GB of memory, but at most 16 vCPU, 120 GB of memory and 200 GiB of scratch disk.' },
    { id: 'large', label: 'Larger than Fargate’s maximum', description: 'More than 16 vCPU, 120 GB of memory or 200 GiB of scratch disk.' },
  ],
};

export const sizeRules: ChooserInput['rules'] = [
  {
    id: 'beyond-lambda-size',
    effect: 'exclude',
    when: [{ question: 'size', is: 'medium' }],
    targets: ['lambda'],
    reason: 'one unit needs more than Lambda’s maximum of 10,240 MB of memory and /tmp (about 6 vCPU)',
    limit: 'lambda-size',
  },
  {
    id: 'far-beyond-lambda-size',
    effect: 'exclude',
    when: [{ question: 'size', is: 'large' }],
    targets: ['lambda'],
    reason: 'one unit needs more than Lambda’s maximum of 10,240 MB of memory and /tmp (about 6 vCPU)',
    limit: 'lambda-size',
  },
  {
    id: 'beyond-fargate-size',
    effect: 'exclude',
    when: [{ question: 'size', is: 'large' }],
    targets: ['ecs-fargate'],
    reason: 'one task needs more than Fargate’s maximum of 16 vCPU, 120 GB of memory or 200 GiB of storage',
    limit: 'fargate-max',
  },
  {
    id: 'beyond-express-size',
    effect: 'exclude',
    when: [{ question: 'size', is: 'large' }],
    targets: ['ecs-express'],
    reason: 'one task needs more than Fargate’s maximum of 16 vCPU, 120 GB of memory or 200 GiB of storage, and Express Mode runs on Fargate',
    limit: 'fargate-max',
  },
  {
    id: 'medium-app-runner',
    effect: 'exclude',
    when: [{ question: 'size', is: 'medium' }],
    targets: ['apprunner'],
    reason: 'one unit needs more than 4 vCPU or 10 GB of memory, and an App Runner instance stops at 4 vCPU and 12 GB',
    limit: 'app-runner-instance',
  },
  {
    id: 'large-app-runner',
    effect: 'exclude',
    when: [{ question: 'size', is: 'large' }],
    targets: ['apprunner'],
    reason: 'one unit needs more than Fargate’s maximum, far beyond an App Runner instance’s 4 vCPU and 12 GB',
    limit: 'app-runner-instance',
  },
  {
    id: 'large-eks-fargate',
    effect: 'exclude',
    when: [{ question: 'size', is: 'large' }],
    targets: ['eks/fargate'],
    reason: 'one pod needs more than 16 vCPU or 120 GB of memory, the largest size EKS on Fargate offers',
    limit: 'eks-fargate-size',
  },
  {
    id: 'large-fits-ec2-capacity',
    effect: 'score',
    when: [{ question: 'size', is: 'large' }],
    targets: ['ecs-ec2', 'ecs-managed-instances'],
    weight: 2,
    reason: 'The instance type sets the ceiling, so tasks can be larger than Fargate allows.',
    sources: ['ecs-capacity', 'ecs-managed-instances'],
  },
  {
    id: 'large-fits-eks-nodes',
    effect: 'score',
    when: [{ question: 'size', is: 'large' }],
    targets: ['eks/nodes'],
    weight: 1,
    reason: 'On managed node groups the instance type sets the ceiling.',
    sources: ['eks-node-updates'],
  },
];
