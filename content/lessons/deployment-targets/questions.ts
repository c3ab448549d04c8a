/** Check-up questions for the lesson on choosing a deployment target. Ids are stored in browsers: never reuse one. */
import type { QuestionInput } from '@/lib/questions/schema';

export const questions: QuestionInput[] = [
  {
    id: 'dt-express-mode-needs',
    kind: 'multiple',
    prompt: 'Your team has never used App Runner. ECS Express Mode is AWS\u2019s suggestion for a new web service. What do you supply?',
    section: 'ecs-express-mode',
    options: [
      { id: 'image', text: 'A container image', correct: true },
      { id: 'execution', text: 'A task execution role', correct: true },
      { id: 'infra', text: 'An infrastructure role that lets ECS manage the surrounding resources', correct: true },
      {
        id: 'cluster-instances',
        text: 'An Auto Scaling group of EC2 instances',
        feedback: 'Express Mode runs on Fargate: there are no instances for you to provide.',
      },
    ],
    explanation: 'Express Mode creates the web service from an image, a task execution role and an infrastructure role.',
  },
  {
    id: 'dt-gpu-40-minutes',
    kind: 'scenario',
    scenario: 'A video transcoding job needs a GPU and runs for about 40 minutes.',
    prompt: 'Which target fits?',
    section: 'choose-a-target',
    options: [
      { id: 'managed-instances', text: 'ECS Managed Instances with a GPU instance type', correct: true },
      { id: 'lambda', text: 'Lambda with 10,240 MB of memory', feedback: 'An invocation can run for at most 15 minutes, and Lambda offers no GPUs.' },
      { id: 'fargate', text: 'ECS on Fargate with the largest task size', feedback: 'Fargate rejects the gpu parameter, whatever the task size.' },
      { id: 'eks-fargate', text: 'EKS on Fargate', feedback: 'EKS on Fargate offers no GPUs either; GPUs need EC2-backed nodes.' },
    ],
    explanation: 'GPUs rule out Fargate (ECS and EKS) and Lambda; 40 minutes rules out Lambda too. ECS on EC2, Managed Instances or EKS on EC2 nodes remain.',
  },
  {
    id: 'dt-windows-spot',
    kind: 'scenario',
    scenario: 'A team wants to run a Windows Server 2022 container service as cheaply as possible on ECS.',
    prompt: 'Which capacity can it use?',
    section: 'ecs-on-fargate',
    options: [
      { id: 'fargate', text: 'Regular Fargate (or EC2 instances), but not Fargate Spot', correct: true },
      { id: 'spot', text: 'Fargate Spot, for the discount', feedback: 'Fargate Spot runs Linux tasks only, so Windows is out.' },
      { id: 'managed', text: 'ECS Managed Instances', feedback: 'As of December 2026 Managed Instances runs Linux tasks only.' },
    ],
    explanation: 'Fargate runs Windows Server 2019 and 2022 tasks; Fargate Spot and Managed Instances do not run Windows.',
  },
  {
    id: 'dt-eks-windows',
    kind: 'true-false',
    prompt: 'Needing Windows containers rules out Amazon EKS entirely.',
    section: 'amazon-eks',
    answer: false,
    why: 'EKS runs Windows nodes, managed node groups included; only EKS on Fargate cannot run Windows pods.',
    wrongFeedback: 'EKS on Fargate has no Windows support, which is easy to generalise, but EKS with Windows nodes works.',
    explanation: 'For Windows on EKS use EC2 nodes (such as managed node groups); EKS on Fargate is the one option ruled out.',
  },
  {
    id: 'dt-guardduty-conflicts',
    kind: 'multiple',
    prompt: 'Security requires GuardDuty Runtime Monitoring on every workload. Which targets conflict with that, as of December 2026?',
    section: 'choose-a-target',
    options: [
      { id: 'eks-fargate', text: 'EKS on Fargate', correct: true },
      { id: 'managed', text: 'ECS Managed Instances', correct: true },
      {
        id: 'ecs-fargate-linux',
        text: 'ECS on Fargate with Linux tasks',
        feedback: 'Fargate Linux tasks on platform 1.4.0 or LATEST are covered, with the GuardDuty sidecar.',
      },
      { id: 'ecs-ec2', text: 'ECS on EC2', feedback: 'ECS on EC2 is covered by Runtime Monitoring, with the agent on the instances.' },
    ],
    explanation: 'Runtime Monitoring does not cover EKS on Fargate or ECS Managed Instances (nor Windows tasks on Fargate).',
  },
  {
    id: 'dt-lambda-limits',
    kind: 'scenario',
    scenario:
      'A nightly job reads a day of orders and writes a report. It usually takes 25 minutes. The team likes Lambda because nothing runs, or costs, between nights.',
    prompt: 'Does Lambda fit, and why?',
    section: 'aws-lambda',
    options: [
      {
        id: 'fifteen',
        text: 'Not as it is: every invocation stops at 15 minutes, so split the job into shorter steps or run it as an ECS task',
        correct: true,
      },
      {
        id: 'image-1gb',
        text: 'Yes, if the container image is small enough',
        feedback:
          'Image size is a separate limit (up to 10 GB as of December 2026). The run time is the problem: an invocation that reaches 15 minutes is stopped, whatever the image.',
      },
      {
        id: 'memory-3gb',
        text: 'Yes, if you give the function more memory so that it finishes sooner',
        feedback:
          'More memory brings more CPU and may shorten the run, but nothing makes 25 minutes of work reliably fit in 15. Design for the cap: shorter steps, or a task on ECS.',
      },
    ],
    explanation:
      'Lambda caps each invocation, at 15 minutes as of December 2026: a hard limit that shapes the design, unlike memory or image size. Work that runs longer is split into steps or run as a task on ECS, for example on Fargate.',
  },
  {
    id: 'dt-app-runner-size',
    kind: 'scenario',
    scenario: 'An existing App Runner customer plans a new release of a service that needs 8 vCPU and 16 GB per instance.',
    prompt: 'What does that mean for App Runner?',
    section: 'app-runner-closed-to-newcomers',
    options: [
      { id: 'ruled-out', text: 'App Runner is ruled out: its documented maximum is 4 vCPU and 12 GB per instance', correct: true },
      {
        id: 'penalty',
        text: 'It will run, just less efficiently',
        feedback: 'The ceiling is a hard limit, not a soft cost: a larger configuration is rejected.',
      },
      {
        id: 'new-customers',
        text: 'It is fine, because existing customers get larger sizes',
        feedback: 'Existing customers keep the service but get no new features; the size limit applies to everyone.',
      },
    ],
    explanation: 'App Runner instances top out at 4 vCPU and 12 GB; ECS on Fargate goes to 16 vCPU and 120 GB per task.',
  },
  {
    id: 'dt-eks-fargate-size',
    kind: 'single',
    prompt: 'A pod on EKS on Fargate requests 1 vCPU and 8 GB of memory. What does Fargate provision for it?',
    section: 'limits-side-by-side',
    options: [
      { id: 'two-nine', text: '2 vCPU and 9 GB: Fargate adds 256 MB for kubelet, kube-proxy and containerd, and 1 vCPU has no 9 GB size', correct: true },
      {
        id: 'one-eight',
        text: 'Exactly 1 vCPU and 8 GB, as requested',
        feedback: 'Fargate adds 256 MB to each pod\u2019s memory for the Kubernetes components, then rounds up to the next configuration.',
      },
      {
        id: 'refused',
        text: 'Nothing: the pod is refused as too large for 1 vCPU',
        feedback: 'Fargate does not refuse it; it rounds up to the nearest configuration that fits, here 2 vCPU and 9 GB.',
      },
    ],
    explanation:
      'Fargate adds 256 MB to each pod\u2019s memory request and rounds up to the nearest vCPU and memory combination; pods go up to 16 vCPU with 32 to 120 GB.',
  },
  {
    id: 'dt-beanstalk-al2023',
    kind: 'true-false',
    prompt:
      'A platform branch whose operating system has reached end of life is a poor base for a new Elastic Beanstalk environment, even while existing environments still run on it.',
    section: 'elastic-beanstalk',
    answer: true,
    why: 'Components past their end of life get no more updates, and a retired branch can no longer be used for new environments: a new environment should start on a supported branch.',
    wrongFeedback:
      'An operating system past its end of life gets no security updates, so a new environment on it starts out behind; Beanstalk also stops offering retired branches for new environments.',
    explanation:
      'Beanstalk deprecates a branch when a component nears or reaches end of life, then retires it. Amazon Linux 2 reached end of support on 30 June 2026, so as of December 2026 a new Docker environment uses an Amazon Linux 2023 branch (Docker, or ECS for several containers).',
  },
];
