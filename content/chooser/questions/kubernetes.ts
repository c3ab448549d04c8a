/** The chooser's question "kubernetes" and the rules that connect its answers to targets (Kubernetes). */
import type { ChooserInput } from '@/lib/chooser/types';

export const kubernetesQuestion: ChooserInput['questions'][number] = {
  id: 'kubernetes',
  kind: 'single',
  short: 'Kubernetes',
  prompt: 'Do you need the Kubernetes API or existing Kubernetes tooling?',
  whyWeAsk: 'Only Amazon EKS offers the Kubernetes API. If you depend on it, that settles the orchestrator; if not, ECS is the simpler one to run.',
  sources: ['eks-reliability', 'ecs-capacity'],
  options: [
    { id: 'no', label: 'No', description: 'Any orchestrator will do.' },
    { id: 'yes', label: 'Yes', description: 'We depend on Helm charts, operators, custom resources or kubectl-based workflows.' },
  ],
};

export const kubernetesRules: ChooserInput['rules'] = [
  {
    id: 'kubernetes-only-eks',
    effect: 'exclude',
    when: [{ question: 'kubernetes', is: 'yes' }],
    targets: ['lambda', 'apprunner', 'beanstalk', 'ecs-fargate', 'ecs-ec2', 'ecs-managed-instances', 'ecs-express'],
    reason: 'you need the Kubernetes API, and only EKS offers it',
    limit: 'kubernetes-api',
  },
  {
    id: 'kubernetes-fits-eks',
    effect: 'score',
    when: [{ question: 'kubernetes', is: 'yes' }],
    targets: ['eks'],
    weight: 4,
    reason: 'Runs the Kubernetes API, so Helm charts, operators and kubectl work as they do elsewhere.',
    sources: ['eks-reliability'],
  },
  {
    id: 'no-kubernetes-eks',
    effect: 'score',
    when: [{ question: 'kubernetes', is: 'no' }],
    targets: ['eks'],
    weight: -2,
    reason: 'Adds Kubernetes to learn and run, which you said you do not need.',
    sources: ['eks-reliability'],
  },
];
