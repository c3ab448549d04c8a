/**
 * The responsibility-matrix quiz: the layers of the container stack, one round per way of running containers,
 * and for every card who manages it with the one sentence a learner sees when they get it wrong.
 * Facts come from section B of the course's AWS reference sheet; each round cites the AWS pages behind it.
 * Checked by lib/quiz/schema.ts (`npm run check:content` and `npm run build`).
 *
 * "shared" is a real answer, not a hedge: a round that uses it gets a third zone. A layer whose split is not
 * stated in the AWS pages the course cites is left out of the round (listed under `omitted`, with the reason shown to learners).
 */
import type { ResponsibilityMatrix } from '@/lib/quiz/types';

const PHYSICAL = 'AWS owns and secures the physical servers and the data centres they sit in.';

export const responsibilityMatrix = {
  lesson: 'shared-responsibility',
  lessonRounds: ['ec2', 'ecs-on-ec2', 'fargate'],

  layers: [
    { id: 'application', label: 'Containerized application', hint: 'your code and the data it stores' },
    { id: 'image', label: 'Container image', hint: 'the base image and the packages in it' },
    { id: 'iam', label: 'IAM roles and policies', hint: 'who and what may call AWS' },
    { id: 'network', label: 'Network configuration', hint: 'VPC, subnets, security groups' },
    { id: 'plugins', label: 'Storage, logging and monitoring plugins', hint: 'log drivers, log routers, volumes' },
    { id: 'workload-scaling', label: 'Scaling the workload', hint: 'how many copies of your app run' },
    { id: 'host-scaling', label: 'Scaling the hosts', hint: 'adding and removing servers' },
    { id: 'ecs-agent', label: 'ECS container agent', hint: 'connects a host to the ECS cluster' },
    { id: 'kubelet', label: 'kubelet', hint: 'the Kubernetes agent that starts pods' },
    { id: 'runtime', label: 'Container runtime', hint: 'starts and isolates containers' },
    { id: 'os', label: 'Operating system', hint: 'the host OS and its kernel' },
    { id: 'vm', label: 'Virtual machine', hint: 'the virtualization layer' },
    { id: 'physical', label: 'Physical server', hint: 'hardware and data centre' },
  ],

  sources: {
    'ecs-shared-model': {
      title: 'AWS shared responsibility model for Amazon ECS',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-shared-model.html',
    },
    'ecs-capacity': {
      title: 'Amazon ECS: launch types and capacity providers',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/capacity-launch-type-comparison.html',
    },
    'ecs-linux-instances': {
      title: 'Managing Amazon ECS Linux container instances',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/manage-linux.html',
    },
    'ecs-managed-instances': {
      title: 'Amazon ECS Managed Instances',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ManagedInstances.html',
    },
    'ecs-iam-roles': {
      title: 'IAM roles for Amazon ECS',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-iam-roles.html',
    },
    'fargate-platform': {
      title: 'Fargate Linux platform versions for Amazon ECS',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-linux-fargate.html',
    },
    'fargate-networking': {
      title: 'Amazon ECS task networking options for Fargate',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html',
    },
    'fargate-security': {
      title: 'Fargate security best practices in Amazon ECS',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-fargate.html',
    },
    'lambda-runtime': {
      title: 'Shared responsibility model for Lambda runtime management',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/runtime-management-shared.html',
    },
    'eks-fargate': {
      title: 'Amazon EKS: simplify compute management with AWS Fargate',
      url: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
    },
    'eks-fargate-patching': {
      title: 'Amazon EKS: OS patching for AWS Fargate pods',
      url: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate-pod-patching.html',
    },
  },

  rounds: [
    {
      id: 'ec2',
      title: 'Docker on EC2',
      description: 'Your own EC2 instances run Docker behind a load balancer and an Auto Scaling group, with no orchestrator.',
      sources: ['ecs-shared-model', 'ecs-capacity'],
      cells: [
        { layer: 'application', owner: 'you', explanation: 'Your code and the data it stores are yours to secure and back up on every service in this quiz.' },
        { layer: 'image', owner: 'you', explanation: 'You build the image, pick its base and rebuild it when the packages inside need patches.' },
        { layer: 'iam', owner: 'you', explanation: 'You write the IAM roles and policies that your instances and applications use.' },
        { layer: 'network', owner: 'you', explanation: 'You choose the VPC, subnets and security groups, and AWS enforces exactly the rules you write.' },
        {
          layer: 'plugins',
          owner: 'you',
          explanation: 'Log shippers, monitoring agents and storage drivers are software you install and run on your own instances.',
        },
        {
          layer: 'workload-scaling',
          owner: 'you',
          explanation: 'With no orchestrator, nothing starts, replaces or adds containers unless your own scripts or tools do it.',
        },
        {
          layer: 'host-scaling',
          owner: 'you',
          explanation: 'You create the Auto Scaling group and the policies that decide how many instances run.',
        },
        {
          layer: 'runtime',
          owner: 'you',
          explanation: 'You install Docker on each instance and keep it patched, because no orchestrator or AWS service does it for you.',
        },
        { layer: 'os', owner: 'you', explanation: 'An EC2 instance’s guest operating system, with its updates and security patches, is yours.' },
        { layer: 'vm', owner: 'aws', explanation: 'AWS runs the virtualization layer that your EC2 instances run on.' },
        { layer: 'physical', owner: 'aws', explanation: PHYSICAL },
      ],
    },
    {
      id: 'ecs-on-ec2',
      title: 'ECS on EC2',
      description: 'Amazon ECS places your tasks on EC2 container instances in your own account (the EC2 launch type).',
      sources: ['ecs-shared-model', 'ecs-linux-instances', 'ecs-iam-roles', 'ecs-capacity', 'ecs-managed-instances'],
      cells: [
        { layer: 'application', owner: 'you', explanation: 'ECS schedules your containers, but your code and the data it stores stay yours to secure.' },
        { layer: 'image', owner: 'you', explanation: 'You build the image, pick its base and rebuild it when the packages inside need patches.' },
        {
          layer: 'iam',
          owner: 'you',
          explanation: 'You define the task role, the task execution role and the container instance role, and the policies attached to them.',
        },
        {
          layer: 'network',
          owner: 'you',
          explanation:
            'Yours, not shared: you choose the subnets and security groups for the instances and tasks, and AWS only enforces your rules exactly as written.',
        },
        {
          layer: 'plugins',
          owner: 'you',
          explanation:
            'Yours, not shared: on EC2 you install and run log routers, monitoring agents and storage drivers on your hosts (on Fargate AWS runs that part, so there it is shared).',
        },
        {
          layer: 'workload-scaling',
          owner: 'shared',
          explanation:
            'Shared: you set the desired count or the scaling policy, and the ECS service does the rest itself, starting and replacing tasks to keep that many running.',
        },
        {
          layer: 'host-scaling',
          owner: 'shared',
          explanation: 'An Auto Scaling group capacity provider lets ECS grow and shrink the group, but the group and the way its instances launch are yours.',
        },
        {
          layer: 'ecs-agent',
          owner: 'you',
          explanation:
            'On your own container instances the ECS container agent is yours to keep up to date; AWS updates it for you only on Fargate and on ECS Managed Instances.',
        },
        { layer: 'runtime', owner: 'you', explanation: 'The container runtime is part of each container instance, so updating it is your job.' },
        { layer: 'os', owner: 'you', explanation: 'ECS places tasks on your container instances but does not patch them, so their operating system is yours.' },
        { layer: 'vm', owner: 'aws', explanation: 'AWS runs the virtualization layer under your container instances.' },
        { layer: 'physical', owner: 'aws', explanation: PHYSICAL },
      ],
    },
    {
      id: 'fargate',
      title: 'ECS on Fargate',
      description: 'Amazon ECS runs each task on AWS Fargate, serverless compute with no instances for you to see or patch.',
      sources: ['ecs-shared-model', 'fargate-platform', 'fargate-networking', 'ecs-iam-roles', 'fargate-security'],
      cells: [
        { layer: 'application', owner: 'you', explanation: 'Fargate runs your containers, but your code and the data it handles stay yours to secure.' },
        {
          layer: 'image',
          owner: 'you',
          explanation: 'Fargate patches the platform under your task, not the packages inside your image, so rebuilding it is still your job.',
        },
        {
          layer: 'iam',
          owner: 'you',
          explanation: 'You define the task role your code uses and the task execution role that lets ECS pull images, write logs and fetch secrets.',
        },
        {
          layer: 'network',
          owner: 'you',
          explanation:
            'Yours, not shared: you choose the VPC, subnets, security groups and public IP; AWS attaches each task’s network interface as part of starting it, with exactly those settings.',
        },
        {
          layer: 'plugins',
          owner: 'shared',
          explanation:
            'Shared: AWS runs the log driver and the task’s encrypted storage itself, and you choose and configure the driver, any FireLens sidecar and the volumes.',
        },
        {
          layer: 'workload-scaling',
          owner: 'shared',
          explanation:
            'Shared: you set the desired count or the scaling policy, and the ECS service does the rest itself, starting and replacing tasks to keep that many running.',
        },
        { layer: 'host-scaling', owner: 'aws', explanation: 'There are no hosts for you to scale: Fargate provides the capacity for each task.' },
        { layer: 'ecs-agent', owner: 'aws', explanation: 'On Fargate AWS runs and updates the ECS container agent on infrastructure you never see.' },
        { layer: 'runtime', owner: 'aws', explanation: 'The container runtime is part of the Fargate platform version, which AWS patches.' },
        {
          layer: 'os',
          owner: 'aws',
          explanation: 'AWS patches the kernel and operating system in the platform version and retires tasks that run on a vulnerable revision.',
        },
        { layer: 'vm', owner: 'aws', explanation: 'AWS runs the virtualization layer under Fargate, and you never see or manage an instance.' },
        { layer: 'physical', owner: 'aws', explanation: PHYSICAL },
      ],
    },
    {
      id: 'lambda',
      title: 'Lambda',
      description: 'An AWS Lambda function packaged as a container image.',
      sources: ['lambda-runtime'],
      cells: [
        { layer: 'application', owner: 'you', explanation: 'Lambda runs your function, but its code and the data it handles are yours to secure.' },
        {
          layer: 'image',
          owner: 'you',
          explanation: 'Lambda publishes patched base images, but a function packaged as a container image only gets them when you rebuild and redeploy.',
        },
        { layer: 'iam', owner: 'you', explanation: 'IAM roles and policies are yours on every service in this quiz, Lambda included.' },
        {
          layer: 'workload-scaling',
          owner: 'aws',
          explanation: 'Lambda scales the number of function instances itself; the most you do is set concurrency limits.',
        },
        { layer: 'host-scaling', owner: 'aws', explanation: 'Lambda runs your function on capacity it manages, so there are no hosts for you to scale.' },
        {
          layer: 'runtime',
          owner: 'aws',
          explanation: 'Lambda runs your image on infrastructure it manages, so there is no container runtime for you to install or patch.',
        },
        {
          layer: 'os',
          owner: 'aws',
          explanation:
            'AWS patches the operating system of the hosts that run your function; the packages inside your image belong to the Container image card.',
        },
        { layer: 'vm', owner: 'aws', explanation: 'The virtualization layer under Lambda is AWS’s, and you never choose or see an instance.' },
        { layer: 'physical', owner: 'aws', explanation: PHYSICAL },
      ],
      omitted: [
        {
          layer: 'network',
          reason: 'This round leaves out network configuration, which the Lambda pages this course cites do not cover.',
        },
        {
          layer: 'plugins',
          reason: 'The AWS pages this course cites do not say how logging and storage plugins are split for Lambda, so this round leaves them out.',
        },
      ],
    },
    {
      id: 'eks-on-fargate',
      title: 'EKS on Fargate',
      description: 'Amazon EKS runs your Kubernetes pods on AWS Fargate instead of on worker nodes you manage.',
      sources: ['eks-fargate', 'eks-fargate-patching'],
      cells: [
        { layer: 'application', owner: 'you', explanation: 'EKS and Fargate run your pods, but your code and its data stay yours to secure.' },
        {
          layer: 'image',
          owner: 'you',
          explanation: 'AWS patches the Fargate platform, not your image, so rebuilding it with patched packages is your job.',
        },
        { layer: 'iam', owner: 'you', explanation: 'You write the IAM roles and policies that your cluster and pods use.' },
        {
          layer: 'network',
          owner: 'you',
          explanation: 'Yours, not shared: you choose the VPC, the subnets and the security rules for your pods, and AWS only applies them as you set them.',
        },
        {
          layer: 'workload-scaling',
          owner: 'shared',
          explanation: 'You decide how many pods run, and Kubernetes keeps that many running on Fargate.',
        },
        { layer: 'host-scaling', owner: 'aws', explanation: 'Fargate provides the compute for each pod, so there are no nodes for you to scale.' },
        {
          layer: 'kubelet',
          owner: 'aws',
          explanation: 'With Fargate there are no worker nodes for you to run, so AWS manages the kubelet that starts your pods.',
        },
        { layer: 'runtime', owner: 'aws', explanation: 'The container runtime is part of the Fargate infrastructure that AWS manages.' },
        { layer: 'os', owner: 'aws', explanation: 'AWS patches the underlying operating system and replaces your pods to apply the patches.' },
        { layer: 'vm', owner: 'aws', explanation: 'AWS runs the virtualization layer under Fargate, as it does for every service in this quiz.' },
        { layer: 'physical', owner: 'aws', explanation: PHYSICAL },
      ],
      omitted: [
        {
          layer: 'plugins',
          reason: 'The AWS pages this course cites do not say how logging and storage plugins are split on EKS on Fargate, so this round leaves them out.',
        },
      ],
    },
  ],
} satisfies ResponsibilityMatrix;
