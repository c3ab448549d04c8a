/** The chooser's question "os" and the rules that connect its answers to targets (Operating system). */
import type { ChooserInput } from '@/lib/chooser/types';

export const osQuestion: ChooserInput['questions'][number] = {
  id: 'os',
  kind: 'single',
  short: 'Operating system',
  prompt: 'Which operating system do the containers need?',
  whyWeAsk:
    'As of December 2026, Windows containers run on ECS on EC2, on ECS on Fargate (Windows Server 2019 and 2022) and on EKS Windows nodes, but not on EKS on Fargate or on EKS Auto Mode nodes, which run the Linux-based Bottlerocket. ECS Managed Instances runs Linux only, and Fargate Spot does not run Windows tasks.',
  sources: ['fargate', 'eks-windows', 'ecs-managed-instances', 'fargate-spot', 'eks-auto-best-practices', 'eks-bottlerocket'],
  options: [
    { id: 'linux', label: 'Linux' },
    { id: 'windows', label: 'Windows', description: 'For example a .NET Framework application in a Windows Server container.' },
  ],
};

export const osRules: ChooserInput['rules'] = [
  {
    id: 'windows-not-managed-instances',
    effect: 'exclude',
    when: [{ question: 'os', is: 'windows' }],
    targets: ['ecs-managed-instances'],
    reason: 'needs Windows containers, and Managed Instances runs Linux tasks only',
    limit: 'mi-linux',
  },
  {
    id: 'windows-not-beanstalk',
    effect: 'exclude',
    when: [{ question: 'os', is: 'windows' }],
    targets: ['beanstalk'],
    reason: 'needs Windows containers, and Beanstalk’s Docker platforms run on Amazon Linux',
    limit: 'beanstalk-platforms',
  },
  {
    id: 'windows-not-lambda-app-runner',
    effect: 'exclude',
    when: [{ question: 'os', is: 'windows' }],
    targets: ['lambda', 'apprunner'],
    reason: 'needs Windows containers, which run on ECS (EC2 or Fargate) and EKS Windows nodes, not on Lambda or App Runner',
    limit: 'windows-options',
  },
  {
    id: 'windows-fits-ecs',
    effect: 'score',
    when: [{ question: 'os', is: 'windows' }],
    targets: ['ecs-fargate', 'ecs-ec2'],
    weight: 3,
    reason: 'Runs Windows Server 2019 and 2022 containers.',
    sources: ['fargate'],
  },
  {
    id: 'windows-other-targets',
    effect: 'score',
    when: [{ question: 'os', is: 'windows' }],
    targets: ['ecs-express'],
    weight: -2,
    reason:
      'For Windows containers AWS points to ECS on EC2 or ECS on Fargate; Express Mode builds a standard web service for you, so check that it can run your Windows image before you commit.',
    sources: ['fargate', 'ecs-express'],
  },
  {
    id: 'windows-not-eks-fargate',
    effect: 'exclude',
    when: [{ question: 'os', is: 'windows' }],
    targets: ['eks/fargate'],
    reason: 'needs Windows containers, and EKS runs them on Windows nodes, not on Fargate',
    limit: 'eks-fargate-no-windows',
  },
  {
    id: 'windows-not-eks-auto',
    effect: 'exclude',
    when: [{ question: 'os', is: 'windows' }],
    targets: ['eks/auto'],
    reason: 'needs Windows containers, and EKS Auto Mode nodes run Bottlerocket, a Linux operating system',
    limit: 'eks-auto-linux',
  },
  {
    id: 'windows-fits-eks-nodes',
    effect: 'score',
    when: [{ question: 'os', is: 'windows' }],
    targets: ['eks/nodes'],
    weight: 1,
    reason: 'EKS managed node groups can run Windows nodes for Windows containers.',
    sources: ['eks-windows'],
  },
];
