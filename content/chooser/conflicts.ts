/**
 * Answers to the launch-type chooser that cannot all be met (lib/chooser/schema.ts `conflicts`): the result says
 * they conflict and why, even when some target still scores. Only for a documented contradiction: each names the
 * limits behind it. Assembled by content/chooser/index.ts.
 */
import type { ChooserInput } from '@/lib/chooser/types';

export const answerConflicts: NonNullable<ChooserInput['conflicts']> = [
  {
    id: 'privileged-without-a-server',
    when: [
      { question: 'access', includes: 'privileged' },
      { question: 'host', is: 'none' },
    ],
    reason:
      'Privileged mode needs EC2 capacity, hosts in your account: Fargate, and so Express Mode, rejects it, and “None” says you never want to see a server.',
    limits: ['fargate-no-gpu-privileged', 'ec2-privileged'],
  },
  {
    id: 'host-agent-without-a-server',
    when: [
      { question: 'access', includes: 'host-agent' },
      { question: 'host', is: 'none' },
    ],
    reason: 'An agent on every host needs hosts you can install it on, and “None” says you never want to see a server.',
    limits: ['fargate-host-agents'],
  },
  {
    id: 'own-os-without-patching',
    when: [
      { question: 'host', is: 'os' },
      { question: 'ops', is: 'zero' },
    ],
    reason:
      'Owning the host operating system (your AMI and patch schedule) means your team patches hosts, and “As little as possible” says nobody on the team does.',
    limits: ['ecs-ec2-hosts'],
  },
];
