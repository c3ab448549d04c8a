/** The chooser's question "size" and the rules that connect its answers to targets (Size). */
import type { ChooserInput } from '@/lib/chooser/types';

export const sizeQuestion: ChooserInput['questions'][number] = {
  id: 'size',
  kind: 'single',
  short: 'Task size',
  prompt: 'How much CPU and memory does one task, pod or function need at its peak?',
  whyWeAsk:
    'Each target has a hard ceiling per unit, as of December 2026: a Lambda function 10,240 MB of memory (about 6 vCPU), an App Runner instance 4 vCPU and 12 GB, a Fargate task 16 vCPU and 120 GB. EKS on Fargate offers the same largest size, but adds 256 MB to each pod for Kubernetes components and rounds up, so a pod that asks for the full 120 GB does not fit. Beyond that you need EC2 instances.',
  sources: ['lambda-quotas', 'lambda-memory', 'app-runner-instance', 'fargate-task-sizes', 'eks-fargate-pod-config'],
  options: [
    { id: 'small', label: 'Small: up to 4 vCPU and 10 GB', description: 'At most 4 vCPU and 10 GB of memory: within Lambda’s and App Runner’s ceilings.' },
    {
      id: 'app-runner-max',
      label: 'Up to 4 vCPU and 12 GB',
      description: 'More than 10 GB of memory, but at most 4 vCPU and 12 GB: beyond Lambda, within an App Runner instance.',
    },
    { id: 'medium', label: 'Within Fargate’s maximum', description: 'More than 4 vCPU or 12 GB, but at most 16 vCPU and 119 GB of memory.' },
    {
      id: 'fargate-max',
      label: 'At Fargate’s maximum',
      description: 'Up to 16 vCPU with more than 119 GB and at most 120 GB of memory: the largest Fargate task.',
    },
    { id: 'large', label: 'Larger than Fargate’s maximum', description: 'More than 16 vCPU or 120 GB of memory.' },
  ],
};

const LAMBDA_REASON = 'one unit needs more than Lambda’s maximum of 10,240 MB of memory (about 6 vCPU)';
const APP_RUNNER_REASON = 'one unit needs more than an App Runner instance’s 4 vCPU and 12 GB';

export const sizeRules: ChooserInput['rules'] = [
  {
    id: 'app-runner-max-not-lambda',
    effect: 'exclude',
    when: [{ question: 'size', is: 'app-runner-max' }],
    targets: ['lambda'],
    reason: LAMBDA_REASON,
    limit: 'lambda-size',
  },
  { id: 'beyond-lambda-size', effect: 'exclude', when: [{ question: 'size', is: 'medium' }], targets: ['lambda'], reason: LAMBDA_REASON, limit: 'lambda-size' },
  {
    id: 'fargate-max-not-lambda',
    effect: 'exclude',
    when: [{ question: 'size', is: 'fargate-max' }],
    targets: ['lambda'],
    reason: LAMBDA_REASON,
    limit: 'lambda-size',
  },
  {
    id: 'far-beyond-lambda-size',
    effect: 'exclude',
    when: [{ question: 'size', is: 'large' }],
    targets: ['lambda'],
    reason: LAMBDA_REASON,
    limit: 'lambda-size',
  },
  {
    id: 'beyond-fargate-size',
    effect: 'exclude',
    when: [{ question: 'size', is: 'large' }],
    targets: ['ecs-fargate'],
    reason: 'one task needs more than Fargate’s maximum of 16 vCPU and 120 GB of memory',
    limit: 'fargate-max',
  },
  {
    id: 'beyond-express-size',
    effect: 'exclude',
    when: [{ question: 'size', is: 'large' }],
    targets: ['ecs-express'],
    reason: 'one task needs more than Fargate’s maximum of 16 vCPU and 120 GB of memory, and Express Mode runs on Fargate',
    limit: 'fargate-max',
  },
  {
    id: 'medium-app-runner',
    effect: 'exclude',
    when: [{ question: 'size', is: 'medium' }],
    targets: ['apprunner'],
    reason: APP_RUNNER_REASON,
    limit: 'app-runner-instance',
  },
  {
    id: 'fargate-max-app-runner',
    effect: 'exclude',
    when: [{ question: 'size', is: 'fargate-max' }],
    targets: ['apprunner'],
    reason: APP_RUNNER_REASON,
    limit: 'app-runner-instance',
  },
  {
    id: 'large-app-runner',
    effect: 'exclude',
    when: [{ question: 'size', is: 'large' }],
    targets: ['apprunner'],
    reason: APP_RUNNER_REASON,
    limit: 'app-runner-instance',
  },
  {
    id: 'fargate-max-eks-fargate',
    effect: 'exclude',
    when: [{ question: 'size', is: 'fargate-max' }],
    targets: ['eks/fargate'],
    reason: 'EKS on Fargate adds 256 MB to each pod and rounds up to the next size, so a pod of more than 119 GB needs more than the largest size, 120 GB',
    limit: 'eks-fargate-size',
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
