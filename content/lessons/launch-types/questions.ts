/** Check-up questions for the lesson on ECS launch types and capacity providers. Ids are stored in browsers: never reuse one. */
import type { QuestionInput } from '@/lib/questions/schema';

export const questions: QuestionInput[] = [
  {
    id: 'lt-launch-type-values',
    kind: 'multiple',
    prompt: 'Which values does the launchType field of the ECS RunTask and CreateService calls accept?',
    section: 'launch-types',
    options: [
      { id: 'ec2', text: 'EC2', correct: true },
      { id: 'fargate', text: 'FARGATE', correct: true },
      { id: 'external', text: 'EXTERNAL (ECS Anywhere)', correct: true },
      {
        id: 'docker-asg',
        text: 'Docker on EC2 in an Auto Scaling group behind a load balancer',
        feedback: 'Some older guides list it as one, but ECS is not involved in that design at all, so it cannot be an ECS launch type.',
      },
      {
        id: 'managed-instances',
        text: 'MANAGED_INSTANCES',
        feedback:
          'AWS\u2019s comparison page lists ECS Managed Instances among the launch types, but the launchType field does not take it: you reach Managed Instances through a capacity provider strategy.',
      },
    ],
    explanation:
      'The launchType field takes EC2, FARGATE and EXTERNAL. ECS Managed Instances, which AWS also calls a launch type, is requested through a capacity provider strategy instead, and self-managed Docker is not ECS.',
  },
  {
    id: 'lt-capacity-providers-recommended',
    kind: 'true-false',
    prompt: 'AWS now recommends capacity provider strategies over naming a launch type.',
    section: 'capacity-providers',
    answer: true,
    why: 'AWS recommends capacity providers: Fargate, Fargate Spot, Auto Scaling group and ECS Managed Instances.',
    wrongFeedback:
      'Launch types still work, which makes them look like the default, but AWS now recommends capacity providers as the way to configure capacity.',
    explanation: 'When you run a task or create a service you can give a capacity provider strategy instead of a launch type, and AWS recommends that.',
  },
  {
    id: 'lt-spot-split',
    kind: 'scenario',
    scenario: 'thumbnail-worker has a desired count of 5 with the strategy FARGATE base=1 weight=1, FARGATE_SPOT weight=3.',
    prompt: 'Where do the five tasks run?',
    section: 'worked-example-fargate-plus-spot',
    options: [
      { id: 'two-three', text: 'Two on Fargate, three on Fargate Spot', correct: true },
      {
        id: 'one-four',
        text: 'One on Fargate, four on Fargate Spot',
        feedback: 'The base is placed first, but the weights then apply to the remaining four: one part Fargate to three parts Spot.',
      },
      { id: 'weights-all', text: 'One or two on Fargate, at random', feedback: 'The split is deterministic: base first, then the remaining tasks by weight.' },
      {
        id: 'base-only',
        text: 'All five on Fargate Spot except when Spot is unavailable',
        feedback: 'base=1 on FARGATE always keeps at least one task on regular Fargate.',
      },
    ],
    explanation: 'base=1 puts the first task on regular Fargate; the other four split 1:3, so two run on Fargate and three on Fargate Spot.',
  },
  {
    id: 'lt-spot-limits',
    kind: 'multiple',
    prompt: 'What must be true of a workload before you move it to Fargate Spot?',
    section: 'capacity-providers',
    options: [
      {
        id: 'warning',
        text: 'A task can be stopped at two minutes\u2019 notice without losing work, for example because a queue hands unfinished jobs out again',
        correct: true,
      },
      { id: 'linux', text: 'It runs as Linux tasks', correct: true },
      {
        id: 'windows',
        text: 'Nothing about its operating system: Windows tasks get the discount too',
        feedback: 'Fargate runs Windows Server tasks, but Fargate Spot runs Linux tasks only.',
      },
      {
        id: 'any-platform',
        text: 'It can never have fewer tasks running than it asked for',
        feedback:
          'The opposite: Spot capacity can be taken back, so tasks can stop. Keep a floor on regular Fargate with the strategy\u2019s base if some copies must always run.',
      },
    ],
    explanation:
      'Fargate Spot is spare capacity that AWS takes back with a two-minute warning, so it suits work that tolerates interruption, and it runs Linux tasks only. As of December 2026 the ECS API reference says that includes ARM64 tasks on platform 1.4.0 or later, while a user-guide page still says x86-64 only.',
  },
  {
    id: 'lt-orders-api-not-spot',
    kind: 'scenario',
    scenario: 'A teammate wants to move orders-api, the synchronous HTTP API that takes customer orders, entirely onto Fargate Spot to save money.',
    prompt: 'What is the main problem?',
    section: 'worked-example-fargate-plus-spot',
    options: [
      { id: 'inflight', text: 'A reclaimed task drops the requests it is serving', correct: true },
      {
        id: 'no-alb',
        text: 'Fargate Spot tasks cannot sit behind a load balancer',
        feedback: 'Nothing stops a Spot task from being a load balancer target; the risk is that it can be taken away mid-request.',
      },
      {
        id: 'no-awsvpc',
        text: 'Fargate Spot does not support the awsvpc network mode',
        feedback: 'Fargate Spot is Fargate capacity and uses awsvpc like every Fargate task.',
      },
    ],
    explanation: 'Spot suits queue workers whose jobs can be retried. A reclaimed API task drops in-flight requests, so orders-api stays on regular Fargate.',
  },
  {
    id: 'lt-managed-instances',
    kind: 'single',
    prompt: 'What does ECS Managed Instances offer that neither Fargate nor an Auto Scaling group capacity provider does?',
    section: 'capacity-providers',
    options: [
      { id: 'both', text: 'EC2 hardware choices such as GPUs, with AWS provisioning, scaling and patching the instances', correct: true },
      {
        id: 'windows',
        text: 'Windows containers without managing servers',
        feedback: 'As of December 2026 Managed Instances runs Linux tasks only; Windows needs Fargate or EC2.',
      },
      { id: 'onprem', text: 'Running tasks on your own servers on premises', feedback: 'That is ECS Anywhere, the EXTERNAL launch type.' },
    ],
    explanation:
      'Managed Instances is real EC2 capacity, with instance attributes and GPUs selectable, that AWS launches, scales and patches (launched September 2025).',
  },
  {
    id: 'lt-asg-yours',
    kind: 'single',
    prompt: 'On an ECS cluster backed by your own Auto Scaling group, what is still yours?',
    section: 'what-the-cluster-manages',
    options: [
      { id: 'os-agent', text: 'Patching the instances and updating the ECS container agent', correct: true },
      {
        id: 'placement',
        text: 'Choosing which instance each task runs on',
        feedback: 'Placement is what ECS does for you: its scheduler picks instances for tasks.',
      },
      {
        id: 'nothing',
        text: 'Nothing: ECS manages instances in a capacity provider',
        feedback: 'An Auto Scaling group capacity provider is your EC2 fleet; only Managed Instances hands patching to AWS.',
      },
    ],
    explanation:
      'ECS places tasks and keeps services at their count; on EC2 capacity you still patch the operating system, update the agent and own the group.',
  },
  {
    id: 'lt-spot-lifecycle-order',
    kind: 'order',
    prompt: 'thumbnail-worker moves to Fargate Spot. Put what happens in order, each step depending on the one before.',
    section: 'worked-example-fargate-plus-spot',
    steps: [
      { id: 'associate', text: 'Associate FARGATE and FARGATE_SPOT with the cluster (put-cluster-capacity-providers)' },
      { id: 'service', text: 'Create the service with a strategy that names FARGATE_SPOT' },
      { id: 'placed', text: 'ECS places some of the service\u2019s tasks on Fargate Spot capacity' },
      { id: 'reclaim', text: 'AWS needs the capacity back: the task gets a two-minute warning and stops' },
      { id: 'replace', text: 'The service starts a replacement task to keep its desired count' },
    ],
    explanation:
      'A strategy can name only providers already associated with the cluster; tasks land on Spot only through that strategy; a reclaim comes with a two-minute warning, and the service then replaces the stopped task.',
  },
  {
    id: 'lt-external',
    kind: 'scenario',
    scenario:
      'A factory must process camera feeds on servers on its own floor, but the team wants to manage them with the same ECS tools as their cloud services.',
    prompt: 'Which launch type fits?',
    section: 'launch-types',
    options: [
      { id: 'external', text: 'EXTERNAL, through ECS Anywhere', correct: true },
      { id: 'fargate', text: 'FARGATE', feedback: 'Fargate capacity lives in AWS Regions; it cannot run on servers in the factory.' },
      { id: 'ec2', text: 'EC2', feedback: 'The EC2 launch type uses EC2 instances in AWS, not servers you own on premises.' },
    ],
    explanation: 'The EXTERNAL launch type (ECS Anywhere) registers your own on-premises servers with an ECS cluster.',
  },
];
