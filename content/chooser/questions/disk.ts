/** The chooser's question "disk" and the rules that connect its answers to targets (Scratch disk). */
import type { ChooserInput } from '@/lib/chooser/types';

export const diskQuestion: ChooserInput['questions'][number] = {
  id: 'disk',
  kind: 'single',
  short: 'Scratch disk',
  prompt: 'How much scratch disk does one task or function need while it runs?',
  whyWeAsk:
    'As of December 2026, a Lambda function has at most 10,240 MB (10 GiB) of /tmp. A Fargate task has 20 GiB of ephemeral storage by default and up to 200 GiB; beyond that, ECS attaches an Amazon EBS volume to each task, which ECS deletes when the task stops unless you change its termination policy.',
  sources: ['lambda-ephemeral', 'fargate-storage', 'ecs-ebs', 'ecs-ebs-termination'],
  options: [
    { id: 'small', label: 'Up to 10 GiB', description: 'Within Lambda’s /tmp and Fargate’s default 20 GiB.' },
    { id: 'medium', label: 'Up to 200 GiB', description: 'More than 10 GiB, within the ephemeral storage a Fargate task can have.' },
    { id: 'large', label: 'More than 200 GiB', description: 'Large intermediate files, for example video or genome processing.' },
  ],
};

export const diskRules: ChooserInput['rules'] = [
  {
    id: 'disk-beyond-lambda',
    effect: 'exclude',
    when: [{ question: 'disk', is: 'medium' }],
    targets: ['lambda'],
    reason: 'one run needs more scratch disk than Lambda’s maximum /tmp of 10,240 MB',
    limit: 'lambda-size',
  },
  {
    id: 'disk-far-beyond-lambda',
    effect: 'exclude',
    when: [{ question: 'disk', is: 'large' }],
    targets: ['lambda'],
    reason: 'one run needs more scratch disk than Lambda’s maximum /tmp of 10,240 MB',
    limit: 'lambda-size',
  },
  {
    id: 'disk-ebs-on-ecs',
    effect: 'score',
    when: [{ question: 'disk', is: 'large' }],
    targets: ['ecs-fargate', 'ecs-ec2', 'ecs-managed-instances'],
    weight: 1,
    reason:
      'Beyond 200 GiB of ephemeral storage, ECS attaches an EBS volume to each task, on Fargate too; ECS deletes it when the task stops unless the termination policy keeps it.',
    sources: ['ecs-ebs', 'ecs-ebs-termination'],
  },
];
