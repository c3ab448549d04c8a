/**
 * The deployment-targets lesson's landscape: every target for a container image, grouped from "you run the hosts"
 * down to "you supply code per event", as the lesson's opening section describes it. Limits are as of December 2026.
 */
import type { DiagramData } from '@/lib/diagrams/types';
import {
  APP_RUNNER_AVAILABILITY,
  BEANSTALK_DOCKER,
  ECS_ANYWHERE,
  EKS_FARGATE,
  EKS_FARGATE_PATCHING,
  EKS_NODE_UPDATES,
  EXPRESS_MODE,
  FARGATE_SIZES,
  FARGATE_TASK_DEFINITIONS,
  LAMBDA_QUOTAS,
  MANAGE_LINUX,
  MANAGED_INSTANCES,
} from './aws-sources';

export const targetsLandscapeDiagram: DiagramData = {
  title: 'Where a container image can run, by how much you manage',
  ownership: 'none',
  height: 620,
  layout: { nodeSpacing: 16 },
  views: [{ id: 'landscape', label: 'Deployment targets', source: 'targets-landscape/targets.mmd' }],
  nodes: {
    hosts: {
      summary: 'Targets where you run the hosts: you patch them, scale them and keep their agents current.',
      lesson: { slug: 'deployment-targets', anchor: 'the-landscape' },
    },
    tasks: {
      summary: 'AWS runs the hosts; you still shape the tasks or pods: their size, their networking and how many run.',
      lesson: { slug: 'deployment-targets', anchor: 'the-landscape' },
    },
    platform: {
      summary: 'A platform also builds the load balancer and scaling around your image, so there is less still for you to set up.',
      lesson: { slug: 'deployment-targets', anchor: 'the-landscape' },
    },
    events: {
      summary: 'Your image runs once per event and AWS handles everything around it, within tight limits.',
      lesson: { slug: 'deployment-targets', anchor: 'the-landscape' },
    },
    ecs_ec2: {
      summary:
        'ECS places your tasks on EC2 instances from an Auto Scaling group. You choose the instance type, so GPUs and privileged containers are possible, but you patch the hosts and keep the ECS container agent current.',
      lesson: { slug: 'deployment-targets', anchor: 'ecs-on-ec2-and-managed-instances' },
      sources: [MANAGE_LINUX, FARGATE_TASK_DEFINITIONS],
    },
    eks_nodes: {
      summary:
        'Kubernetes on Amazon EKS with managed node groups. AWS publishes patched node images; you start each update, and EKS drains and replaces the nodes.',
      lesson: { slug: 'deployment-targets', anchor: 'amazon-eks' },
      sources: [EKS_NODE_UPDATES],
    },
    ecs_anywhere: {
      summary:
        'The EXTERNAL launch type: ECS schedules tasks on your own servers, on premises or at the edge. You own the hardware, the operating system and the agent updates.',
      lesson: { slug: 'deployment-targets', anchor: 'ecs-anywhere' },
      sources: [ECS_ANYWHERE],
    },
    managed_instances: {
      summary:
        'Real EC2 instances that AWS provisions, scales and patches. You pick instance attributes, including GPUs; as of December 2026 it runs Linux tasks only.',
      lesson: { slug: 'deployment-targets', anchor: 'ecs-on-ec2-and-managed-instances' },
      sources: [MANAGED_INSTANCES],
    },
    ecs_fargate: {
      summary:
        'Serverless compute for ECS tasks, with no hosts to see or patch. As of December 2026 a task can have up to 16 vCPU and 120 GB of memory; privileged containers and GPUs are not available.',
      lesson: { slug: 'deployment-targets', anchor: 'ecs-on-fargate' },
      sources: [FARGATE_SIZES, FARGATE_TASK_DEFINITIONS],
    },
    eks_fargate: {
      summary: 'Kubernetes pods on Fargate. AWS patches the infrastructure under your pods, but GPUs, DaemonSets and privileged pods are not supported.',
      lesson: { slug: 'deployment-targets', anchor: 'amazon-eks' },
      sources: [EKS_FARGATE_PATCHING, EKS_FARGATE],
    },
    express: {
      summary:
        'You supply an image, a task execution role and an infrastructure role; ECS creates the cluster, service, load balancer and scaling on Fargate, with defaults you can tune later. AWS recommends it in place of App Runner.',
      lesson: { slug: 'deployment-targets', anchor: 'ecs-express-mode' },
      sources: [EXPRESS_MODE],
    },
    app_runner: {
      summary:
        'Runs a web service from an image with load balancing and scaling built in. Closed to new customers since 30 April 2026 (still the case as of December 2026); existing customers can keep using it.',
      lesson: { slug: 'deployment-targets', anchor: 'app-runner-closed-to-newcomers' },
      sources: [APP_RUNNER_AVAILABILITY],
    },
    beanstalk: {
      summary:
        'Manages a whole application environment. Its Docker platform branches run your container with Docker, optionally through Docker Compose, or several containers per instance through ECS.',
      lesson: { slug: 'deployment-targets', anchor: 'elastic-beanstalk' },
      sources: [BEANSTALK_DOCKER],
    },
    lambda: {
      summary:
        'Runs your image once per event. As of December 2026 the image can be up to 10 GB, an invocation runs for at most 15 minutes, and memory goes up to 10,240 MB.',
      lesson: { slug: 'deployment-targets', anchor: 'aws-lambda' },
      sources: [LAMBDA_QUOTAS],
    },
  },
};
