/** Check-up questions for the lesson "Ways to run containers on AWS". Ids are stored in browsers: never reuse one. */
import type { QuestionInput } from '@/lib/questions/schema';

export const questions: QuestionInput[] = [
  {
    id: 'co-fargate-is-compute',
    kind: 'single',
    prompt: 'What kind of service is AWS Fargate?',
    section: 'three-kinds-of-service',
    options: [
      { id: 'compute', text: 'Serverless compute that ECS or EKS places containers on', correct: true },
      {
        id: 'orchestrator',
        text: 'A third orchestrator, next to ECS and EKS',
        feedback: 'Some 2023 write-ups list it beside ECS and EKS, but Fargate schedules nothing itself: ECS or EKS decides what runs on it.',
      },
      { id: 'registry', text: 'A container image registry', feedback: 'The registry is Amazon ECR. Fargate runs images; it does not store them.' },
      {
        id: 'vm',
        text: 'A family of EC2 instance types for containers',
        feedback: 'With Fargate you never pick or see an instance: you state CPU and memory per task.',
      },
    ],
    explanation:
      'ECS and EKS are orchestrators, Fargate is serverless compute either of them can use, and ECR is the registry. A complete answer names one of each.',
  },
  {
    id: 'co-complete-answer',
    kind: 'multiple',
    prompt: 'A complete deployment names one service of each kind. Which of these are complete answers?',
    section: 'three-kinds-of-service',
    options: [
      { id: 'ecs-fargate-ecr', text: 'ECS on Fargate, images in ECR', correct: true },
      { id: 'eks-ec2-ecr', text: 'EKS on EC2 nodes, images in ECR', correct: true },
      { id: 'fargate', text: 'Fargate', feedback: 'Fargate is only the compute: it leaves out the orchestrator and the registry.' },
      {
        id: 'ecs-ecr',
        text: 'ECS with images in ECR',
        feedback: 'This names no compute: ECS still needs Fargate, EC2 or external capacity to place tasks on.',
      },
    ],
    explanation: 'An orchestrator (ECS or EKS), a kind of compute (EC2 or Fargate) and a registry (ECR) together make a complete answer.',
  },
  {
    id: 'co-service-keeps-count',
    kind: 'single',
    prompt: 'What does an ECS service add on top of a task definition?',
    section: 'the-ecs-vocabulary',
    options: [
      { id: 'keeps-count', text: 'It keeps a chosen number of tasks running, replaces stopped ones and rolls out new revisions', correct: true },
      {
        id: 'describes',
        text: 'It describes the containers: image, CPU, memory and ports',
        feedback: 'That is the task definition itself. The service runs tasks from it.',
      },
      {
        id: 'groups',
        text: 'It groups workloads with the compute capacity available to them',
        feedback: 'That is a cluster. A service lives inside a cluster.',
      },
      {
        id: 'running-copy',
        text: 'It is one running copy of the task definition',
        feedback: 'That is a task. A service keeps several tasks running and replaces them when they stop.',
      },
    ],
    explanation:
      'A task definition only describes containers; a service keeps a number of identical tasks running from it and is how you deploy a new revision.',
  },
  {
    id: 'co-awsvpc-eni',
    kind: 'true-false',
    prompt: 'On Fargate, every task gets its own elastic network interface, so security groups attach to the task itself.',
    section: 'worked-example-two-services',
    answer: true,
    why: 'Fargate requires the awsvpc network mode, which gives each task its own ENI and private IP address in your VPC.',
    wrongFeedback: 'It is tempting to picture tasks sharing a host network, but Fargate accepts only awsvpc: one ENI and security groups per task.',
    explanation: 'In the awsvpc network mode each task has its own elastic network interface in your VPC, and security groups are attached to that interface.',
  },
  {
    id: 'co-two-roles',
    kind: 'single',
    prompt: 'Which role does ECS use to pull the orders-api image and write its logs?',
    section: 'the-ecs-vocabulary',
    options: [
      { id: 'execution', text: 'The task execution role', correct: true },
      {
        id: 'task',
        text: 'The task role',
        feedback: 'The task role is for your own code calling AWS APIs; keeping image pulls out of it means the application never holds those permissions.',
      },
      {
        id: 'instance',
        text: 'The container instance role',
        feedback: 'That role belongs to EC2 or external hosts. orders-api runs on Fargate, which has no instances of yours.',
      },
    ],
    explanation: 'The task execution role is used by ECS on your behalf to pull images, write logs and fetch secrets; the task role is what your code uses.',
  },
  {
    id: 'co-self-managed-patching',
    kind: 'scenario',
    scenario: 'A team runs Docker on EC2 instances in an Auto Scaling group behind an ALB. A kernel vulnerability is announced.',
    prompt: 'Who patches the instances?',
    section: 'doing-it-yourself-on-ec2',
    options: [
      { id: 'team', text: 'The team: the guest operating system and Docker are theirs', correct: true },
      {
        id: 'aws',
        text: 'AWS patches them, because they are EC2 instances',
        feedback: 'AWS owns the hardware and virtualization layer only; the guest operating system on an EC2 instance is yours.',
      },
      {
        id: 'ecs',
        text: 'ECS patches them during the next deployment',
        feedback: 'ECS is not involved in this design at all: it is self-managed Docker, not an ECS launch type.',
      },
    ],
    explanation:
      'In self-managed Docker on EC2, AWS is responsible for the hardware and virtualization; the operating system, its patches and Docker are yours.',
  },
  {
    id: 'co-gpu-worker',
    kind: 'scenario',
    scenario: 'thumbnail-worker runs on ECS on Fargate. The team wants GPUs to resize images faster.',
    prompt: 'What has to change?',
    section: 'worked-example-two-services',
    options: [
      { id: 'compute', text: 'The compute: move to EC2-backed capacity, keeping the image and most of the task definition', correct: true },
      {
        id: 'gpu-param',
        text: 'Nothing: add the gpu parameter to the Fargate task definition',
        feedback: 'Fargate rejects the gpu parameter, so the task definition would not register for Fargate.',
      },
      {
        id: 'orchestrator',
        text: 'The orchestrator: GPUs need EKS',
        feedback: 'ECS runs GPU workloads too, on EC2-backed capacity. The orchestrator can stay.',
      },
      { id: 'registry', text: 'The registry: GPU images must live outside ECR', feedback: 'Where the image is stored has nothing to do with GPUs; ECR stays.' },
    ],
    explanation: 'The gpu parameter is invalid on Fargate, so the worker moves to EC2-backed capacity. Only the compute changes.',
  },
  {
    id: 'co-app-runner-closed',
    kind: 'scenario',
    scenario: 'A team that has never used App Runner wants to run a web service from its container image with as little infrastructure work as possible.',
    prompt: 'Which fits, and why?',
    section: 'other-ways-in',
    options: [
      {
        id: 'express',
        text: 'Amazon ECS Express Mode: from an image and two IAM roles it sets up the service on Fargate, with its load balancing and scaling',
        correct: true,
      },
      {
        id: 'app-runner',
        text: 'AWS App Runner',
        feedback: 'App Runner would fit the need, but it takes only existing customers (as of December 2026), and this team is new to it.',
      },
      {
        id: 'beanstalk',
        text: 'Self-managed Docker on EC2',
        feedback: 'That is the option with the most work: patching, placement and deployments are all yours.',
      },
    ],
    explanation:
      'Choose by who runs what: Express Mode hands the infrastructure to ECS and Fargate and needs an image, a task execution role and an infrastructure role. App Runner is open to existing customers only, as of December 2026.',
  },
  {
    id: 'co-starting-point',
    kind: 'scenario',
    scenario: 'A small team has no Kubernetes experience and does not want to run servers. Their API needs 2 vCPU and 4 GB per copy.',
    prompt: 'Which starting point fits best?',
    section: 'choosing-a-starting-point',
    options: [
      { id: 'ecs-fargate', text: 'ECS on Fargate', correct: true },
      {
        id: 'eks',
        text: 'EKS with EC2 nodes',
        feedback: 'EKS makes sense when you need the Kubernetes API; here it adds nodes to run and a toolchain the team does not know.',
      },
      {
        id: 'docker-ec2',
        text: 'Docker on EC2 instances they manage',
        feedback: 'That is the choice with the most operations work, which the team wants to avoid.',
      },
    ],
    explanation:
      'With no Kubernetes investment and no wish to run servers, ECS on Fargate removes instance patching and capacity planning, and 2 vCPU / 4 GB is well within its per-task limits.',
  },
];
