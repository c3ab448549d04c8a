/** The chooser's question "cost" and the rules that connect its answers to targets (Cost at steady, high utilisation). */
import type { ChooserInput } from '@/lib/chooser/types';

export const costQuestion: ChooserInput['questions'][number] = {
  id: 'cost',
  preference: true,
  kind: 'single',
  short: 'Cost focus',
  prompt: 'Is the compute bill at steady, high utilisation a deciding factor?',
  whyWeAsk:
    'For steady, high utilisation AWS points to EC2 capacity or ECS Managed Instances. Fargate Spot is cheaper for tasks that tolerate interruption; as of December 2026 it gives a two-minute warning and runs Linux tasks only (ARM64 per the API reference, x86-64 only per a user-guide page).',
  sources: ['ecs-managed-instances', 'fargate-spot', 'fargate-spot-api'],
  options: [
    { id: 'no', label: 'No', description: 'It is small or bursty, or delivery speed matters more.' },
    { id: 'yes', label: 'Yes', description: 'It runs busy around the clock and we want the lowest unit cost.' },
  ],
};

export const costRules: ChooserInput['rules'] = [
  {
    id: 'cost-fits-ec2-capacity',
    effect: 'score',
    when: [{ question: 'cost', is: 'yes' }],
    targets: ['ecs-ec2', 'ecs-managed-instances'],
    weight: 3,
    reason: 'For steady, high utilisation and a tight budget AWS points to EC2 capacity or Managed Instances.',
    sources: ['ecs-managed-instances'],
  },
  {
    id: 'cost-fits-eks-nodes',
    effect: 'score',
    when: [{ question: 'cost', is: 'yes' }],
    targets: ['eks/nodes'],
    weight: 1,
    reason: 'Managed node groups are EC2 capacity, which AWS points to for steady, high utilisation.',
    sources: ['ecs-managed-instances'],
  },
  {
    id: 'cost-fargate-spot',
    effect: 'score',
    when: [
      { question: 'cost', is: 'yes' },
      { question: 'os', is: 'linux' },
    ],
    targets: ['ecs-fargate'],
    weight: 1,
    reason: 'Fargate Spot can cut the bill for tasks that tolerate interruption: a two-minute warning, Linux only.',
    sources: ['fargate-spot'],
  },
  {
    id: 'cost-no-fargate-spot-windows',
    effect: 'score',
    when: [
      { question: 'cost', is: 'yes' },
      { question: 'os', is: 'windows' },
    ],
    targets: ['ecs-fargate'],
    weight: -1,
    reason: 'Fargate Spot, the cheaper Fargate capacity, does not run Windows tasks.',
    sources: ['fargate-spot'],
  },
  {
    id: 'cost-not-managed-platforms',
    effect: 'score',
    when: [{ question: 'cost', is: 'yes' }],
    targets: ['lambda', 'apprunner', 'ecs-express'],
    weight: -1,
    reason: 'For steady, high utilisation on a tight budget AWS points to EC2 capacity or Managed Instances instead.',
    sources: ['ecs-managed-instances'],
  },
];
