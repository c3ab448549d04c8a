/** The chooser's question "traffic" and the rules that connect its answers to targets (Traffic). */
import type { ChooserInput } from '@/lib/chooser/types';

export const trafficQuestion: ChooserInput['questions'][number] = {
  id: 'traffic',
  kind: 'single',
  short: 'Traffic',
  prompt: 'What does the load look like over a day?',
  whyWeAsk:
    'Traffic decides what you pay for idle time and how quickly capacity must follow demand. Lambda scales with each event and down to nothing; steady load is where EC2 capacity pays off.',
  sources: ['lambda-quotas', 'ecs-managed-instances'],
  options: [
    { id: 'steady', label: 'Steady', description: 'Busy around the clock, with a predictable baseline.' },
    { id: 'spiky', label: 'Spiky', description: 'Bursts well above the baseline, sometimes without warning.' },
    { id: 'idle', label: 'Idle most of the day', description: 'Occasional bursts of work, quiet in between.' },
    { id: 'zero', label: 'Must scale to zero', description: 'Nothing should run, or cost anything, while there is no work.' },
  ],
};

export const trafficRules: ChooserInput['rules'] = [
  {
    id: 'spiky-fits-lambda',
    effect: 'score',
    when: [{ question: 'traffic', is: 'spiky' }],
    targets: ['lambda'],
    weight: 2,
    reason: 'Scales with every event or request by itself; you only set concurrency limits.',
    sources: ['lambda-quotas'],
  },
  {
    id: 'spiky-fits-express',
    effect: 'score',
    when: [{ question: 'traffic', is: 'spiky' }],
    targets: ['ecs-express'],
    weight: 1,
    reason: 'Sets up auto scaling for the service from the start.',
    sources: ['ecs-express'],
  },
  {
    id: 'spiky-ec2-hosts',
    effect: 'score',
    when: [{ question: 'traffic', is: 'spiky' }],
    targets: ['ecs-ec2'],
    weight: -1,
    reason: 'Bursts must be met by scaling the instances as well as the tasks, which you share with the capacity provider.',
    sources: ['ecs-capacity'],
  },
  {
    id: 'idle-fits-lambda',
    effect: 'score',
    when: [{ question: 'traffic', is: 'idle' }],
    targets: ['lambda'],
    weight: 2,
    reason: 'Runs only when there is work: nothing sits running through the quiet hours.',
    sources: ['lambda-quotas'],
  },
  {
    id: 'idle-ec2-capacity',
    effect: 'score',
    when: [{ question: 'traffic', is: 'idle' }],
    targets: ['ecs-ec2', 'ecs-managed-instances'],
    weight: -1,
    reason: 'EC2 capacity pays off when it is busy; for a mostly idle workload you pay for instances that wait.',
    sources: ['ecs-managed-instances'],
  },
  {
    id: 'zero-fits-lambda',
    effect: 'score',
    when: [{ question: 'traffic', is: 'zero' }],
    targets: ['lambda'],
    weight: 4,
    reason: 'Scales to zero: nothing runs between events.',
    sources: ['lambda-quotas'],
  },
];
