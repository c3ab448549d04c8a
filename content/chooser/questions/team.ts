/** The chooser's question "team" and the rules that connect its answers to targets (Team experience). */
import type { ChooserInput } from '@/lib/chooser/types';

export const teamQuestion: ChooserInput['questions'][number] = {
  id: 'team',
  preference: true,
  kind: 'multi',
  short: 'Team experience',
  prompt: 'What does your team already know or run?',
  hint: 'Tick all that apply, or none.',
  whyWeAsk:
    'Familiar tools are cheaper to run well, but they should only tip the balance after the hard limits. App Runner has been closed to new customers since 30 April 2026, so it is only suggested to teams that already run on it.',
  sources: ['app-runner-availability'],
  options: [
    { id: 'kubernetes', label: 'Kubernetes (kubectl, Helm)' },
    { id: 'ecs', label: 'Amazon ECS' },
    { id: 'lambda', label: 'AWS Lambda' },
    { id: 'ec2', label: 'EC2 instances and AMIs' },
    { id: 'beanstalk', label: 'Elastic Beanstalk', description: 'We already run environments on it.' },
    { id: 'apprunner', label: 'App Runner', description: 'We already run services on it.' },
  ],
};

export const teamRules: ChooserInput['rules'] = [
  {
    id: 'team-kubernetes',
    effect: 'score',
    when: [{ question: 'team', includes: 'kubernetes' }],
    targets: ['eks'],
    weight: 2,
    reason: 'Your team already knows Kubernetes.',
    sources: ['eks-reliability'],
  },
  {
    id: 'team-ecs',
    effect: 'score',
    when: [{ question: 'team', includes: 'ecs' }],
    targets: ['ecs-fargate', 'ecs-ec2', 'ecs-managed-instances', 'ecs-express'],
    weight: 1,
    reason: 'Your team already knows ECS: the same task definitions and services.',
    sources: ['ecs-capacity'],
  },
  {
    id: 'team-lambda',
    effect: 'score',
    when: [{ question: 'team', includes: 'lambda' }],
    targets: ['lambda'],
    weight: 1,
    reason: 'Your team already knows Lambda.',
    sources: ['lambda-quotas'],
  },
  {
    id: 'team-ec2',
    effect: 'score',
    when: [{ question: 'team', includes: 'ec2' }],
    targets: ['ecs-ec2'],
    weight: 1,
    reason: 'Your team already builds and patches EC2 instances and AMIs.',
    sources: ['ecs-linux-instances'],
  },
  {
    id: 'team-beanstalk',
    effect: 'score',
    when: [{ question: 'team', includes: 'beanstalk' }],
    targets: ['beanstalk'],
    weight: 4,
    reason: 'Your team already runs Beanstalk environments: the same tooling and deployment flow, nothing new to learn.',
    sources: ['beanstalk-docker'],
  },
  {
    id: 'team-app-runner',
    effect: 'score',
    when: [{ question: 'team', includes: 'apprunner' }],
    targets: ['apprunner'],
    weight: 2,
    reason: 'You already run services on App Runner, so nothing has to move today.',
    sources: ['app-runner-availability'],
  },
  {
    id: 'app-runner-no-new-features',
    effect: 'score',
    when: [{ question: 'team', includes: 'apprunner' }],
    targets: ['apprunner'],
    weight: -2,
    reason: 'It gets no new features, and AWS recommends ECS Express Mode instead: plan the move.',
    sources: ['app-runner-availability', 'app-runner-release-notes'],
  },
];

/** Availability comes before every other rule, so it heads App Runner's list of reasons (see ../index.ts). */
export const availabilityRules: ChooserInput['rules'] = [
  {
    id: 'app-runner-closed',
    effect: 'exclude',
    when: [{ question: 'team', excludes: 'apprunner' }],
    targets: ['apprunner'],
    reason: 'it is closed to new customers, and you did not say you already run services on it',
    limit: 'app-runner-availability',
  },
];
