/**
 * The launch-types lesson's diagram: the same orders-api in three architectures. Each view is a mermaid file in
 * ./launch-type/; every box id in those files has an entry in `nodes` with who manages it in each view.
 * Owners follow the course fact sheet (section B) and the tables in the launch-types and shared-responsibility lessons.
 */
import type { DiagramData } from '@/lib/diagrams/types';
import { FARGATE_NETWORKING, FARGATE_PLATFORM, IAM_ROLES, LAUNCH_TYPES, MANAGE_LINUX, SHARED_MODEL } from './aws-sources';

const LAST_HOP = 'The orders-api container handles the request, and the response travels back along the same path.';

export const launchTypeDiagram: DiagramData = {
  title: 'Three ways to run orders-api',
  viewsLabel: 'Architecture',
  ownership: 'toggle',
  height: 680,
  views: [
    {
      id: 'docker-on-ec2',
      label: 'Docker on EC2',
      source: 'launch-type/docker-on-ec2.mmd',
      request: [
        { node: 'client', text: "A user's browser sends an HTTPS request for orders-api to the load balancer's public address." },
        { node: 'alb', text: 'The Application Load Balancer ends the HTTPS connection and checks its target group for somewhere to send the request.' },
        { node: 'tg', text: 'The target group lists the healthy EC2 instances and the port Docker publishes on each; the load balancer picks one.' },
        { node: 'instance', text: 'The request reaches the chosen EC2 instance on that port, and Docker passes it into the container.' },
        { node: 'container', text: LAST_HOP },
      ],
    },
    {
      id: 'ecs-on-ec2',
      label: 'ECS on EC2',
      source: 'launch-type/ecs-on-ec2.mmd',
      request: [
        { node: 'client', text: "A user's browser sends an HTTPS request for orders-api to the load balancer's public address." },
        { node: 'alb', text: 'The Application Load Balancer ends the HTTPS connection and checks its target group for somewhere to send the request.' },
        { node: 'tg', text: 'The target group lists the healthy tasks, which the ECS service registered as it started them; the load balancer picks one.' },
        { node: 'task', text: 'The request reaches the chosen task on its container instance, at the address and port the target group recorded.' },
        { node: 'container', text: LAST_HOP },
      ],
    },
    {
      id: 'ecs-on-fargate',
      label: 'ECS on Fargate',
      source: 'launch-type/ecs-on-fargate.mmd',
      request: [
        { node: 'client', text: "A user's browser sends an HTTPS request for orders-api to the load balancer's public address." },
        { node: 'alb', text: 'The Application Load Balancer ends the HTTPS connection and checks its target group for somewhere to send the request.' },
        { node: 'tg', text: 'The target group lists the IP address of each healthy task, registered by the ECS service; the load balancer picks one.' },
        { node: 'task', text: "The request reaches the task's own network interface in your subnet, which its security group must allow." },
        { node: 'container', text: LAST_HOP },
      ],
    },
  ],
  nodes: {
    client: {
      summary: 'The people using orders-api: browsers and apps on the internet sending HTTPS requests.',
      lesson: { slug: 'launch-types', anchor: 'three-architectures' },
      views: {
        'docker-on-ec2': { owner: 'outside', note: "Users are outside your AWS account; all they see is the load balancer's address." },
        'ecs-on-ec2': { owner: 'outside', note: "Users are outside your AWS account; all they see is the load balancer's address." },
        'ecs-on-fargate': { owner: 'outside', note: "Users are outside your AWS account; all they see is the load balancer's address." },
      },
    },
    alb: {
      summary: 'Receives every HTTPS request on one public address and spreads the requests across the healthy targets in its target group.',
      lesson: { slug: 'launch-types', anchor: 'three-architectures' },
      views: {
        'docker-on-ec2': {
          owner: 'shared',
          note: 'AWS runs and scales the load balancer itself; you configure its listeners, certificate, rules and security group.',
        },
        'ecs-on-ec2': {
          owner: 'shared',
          note: 'AWS runs and scales the load balancer itself; you configure its listeners, certificate, rules and security group.',
        },
        'ecs-on-fargate': {
          owner: 'shared',
          note: 'AWS runs and scales the load balancer itself; you configure its listeners, certificate, rules and security group.',
        },
      },
    },
    tg: {
      summary: 'The list of targets the load balancer may send requests to, with the health check that decides which of them are healthy.',
      lesson: { slug: 'launch-types', anchor: 'self-managed-docker-on-ec2' },
      views: {
        'docker-on-ec2': { owner: 'you', note: 'You create it, set its port and health check, and keep your instances registered in it.' },
        'ecs-on-ec2': {
          owner: 'you',
          note: 'You create it and set its health check; the ECS service registers tasks as they start and removes them as they stop.',
        },
        'ecs-on-fargate': {
          owner: 'you',
          note: 'You create it with IP targets and set its health check; the ECS service registers each task as it starts and removes it as it stops.',
        },
      },
    },
    asg: {
      summary: 'Launches EC2 instances from a launch template, replaces unhealthy ones, and grows or shrinks the group.',
      lesson: { slug: 'launch-types', anchor: 'self-managed-docker-on-ec2' },
      sources: [LAUNCH_TYPES],
      views: {
        'docker-on-ec2': { owner: 'you', note: 'Scaling the hosts is yours alone: you own the group, its launch template and its scaling policies.' },
        'ecs-on-ec2': {
          owner: 'shared',
          note: 'Host scaling is shared: through the capacity provider ECS takes part in growing and shrinking the group, while you own the group and its launch template.',
          lesson: { slug: 'launch-types', anchor: 'what-the-cluster-manages' },
        },
      },
    },
    instance: {
      summary:
        'An EC2 virtual machine in your account that runs your containers. On ECS it runs the ECS container agent and is registered with the cluster, which makes it a container instance.',
      lesson: { slug: 'launch-types', anchor: 'self-managed-docker-on-ec2' },
      sources: [SHARED_MODEL, MANAGE_LINUX],
      views: {
        'docker-on-ec2': {
          owner: 'you',
          note: 'AWS runs the hardware and the virtualization; the guest operating system, Docker and everything else on the instance are yours to patch and watch.',
        },
        'ecs-on-ec2': {
          owner: 'you',
          note: 'ECS decides which tasks run here, but the instance is still yours: you patch its operating system and container runtime and keep the agent current.',
          lesson: { slug: 'launch-types', anchor: 'ecs-on-ec2-capacity' },
        },
      },
    },
    docker: {
      summary: 'The container runtime you install on each instance. It pulls images and starts, stops and restarts containers.',
      lesson: { slug: 'launch-types', anchor: 'self-managed-docker-on-ec2' },
      views: {
        'docker-on-ec2': { owner: 'you', note: 'You install, configure, patch and upgrade it. Nothing in AWS knows that your containers exist.' },
      },
    },
    agent: {
      summary:
        'Software on each container instance that registers the instance with the cluster, reports its free CPU and memory, and starts and stops containers when ECS asks.',
      lesson: { slug: 'launch-types', anchor: 'what-the-cluster-manages' },
      sources: [MANAGE_LINUX],
      views: {
        'ecs-on-ec2': {
          owner: 'you',
          note: 'On EC2 capacity keeping the agent up to date is your job, for example by replacing instances with a current ECS-optimized AMI.',
        },
      },
    },
    cluster: {
      summary: 'A logical grouping that your services and tasks run in, together with the capacity available to them.',
      lesson: { slug: 'launch-types', anchor: 'what-the-cluster-manages' },
      views: {
        'ecs-on-ec2': {
          owner: 'shared',
          note: 'AWS runs the ECS control plane behind the cluster; you create the cluster and choose its capacity providers and settings.',
        },
        'ecs-on-fargate': {
          owner: 'shared',
          note: 'AWS runs the ECS control plane behind the cluster; you create the cluster and choose its capacity providers and settings.',
        },
      },
    },
    service: {
      summary:
        'Keeps the desired number of orders-api tasks running, replaces tasks that stop, rolls out new task definition revisions and registers tasks with the target group.',
      lesson: { slug: 'launch-types', anchor: 'what-the-cluster-manages' },
      views: {
        'ecs-on-ec2': {
          owner: 'shared',
          note: 'Task scaling is shared: you set the desired count, scaling policies and deployment settings; ECS keeps that many tasks running.',
        },
        'ecs-on-fargate': {
          owner: 'shared',
          note: 'Task scaling is shared: you set the desired count, scaling policies and deployment settings; ECS keeps that many tasks running.',
        },
      },
    },
    scheduler: {
      summary:
        'Part of the ECS control plane that chooses where each new task runs: a container instance with enough free CPU and memory, or Fargate capacity.',
      lesson: { slug: 'launch-types', anchor: 'what-the-cluster-manages' },
      views: {
        'ecs-on-ec2': { owner: 'aws', note: 'AWS runs the scheduler. You steer it only through task sizes, placement settings and the capacity you provide.' },
        'ecs-on-fargate': { owner: 'aws', note: 'AWS runs the scheduler and the Fargate capacity it places tasks on.' },
      },
    },
    cp: {
      summary: 'Links the cluster to a source of compute, here an Auto Scaling group, and helps scale it to fit the tasks waiting to be placed.',
      lesson: { slug: 'launch-types', anchor: 'capacity-providers' },
      sources: [LAUNCH_TYPES],
      views: {
        'ecs-on-ec2': {
          owner: 'shared',
          note: 'ECS uses it to grow and shrink your Auto Scaling group; you create it, link it to the group and choose its settings.',
        },
      },
    },
    task: {
      summary: 'A running copy of a task definition: one or more containers that run together on the same host and share its resources.',
      lesson: { slug: 'container-options', anchor: 'the-ecs-vocabulary' },
      sources: [FARGATE_PLATFORM, FARGATE_NETWORKING],
      views: {
        'ecs-on-ec2': {
          owner: 'you',
          note: 'You define the task, and it runs on your instance with your runtime and agent underneath. ECS only decides where and when it starts.',
        },
        'ecs-on-fargate': {
          owner: 'shared',
          note: 'You define the task: image, CPU and memory, IAM roles, network settings and logging. AWS runs it in an isolated environment whose kernel, runtime and agent it patches, with its own network interface.',
          lesson: { slug: 'launch-types', anchor: 'ecs-on-fargate' },
        },
      },
    },
    container: {
      summary: 'The orders-api process, started from your image. It listens on port 8080 and answers the request.',
      lesson: { slug: 'shared-responsibility', anchor: 'layer-by-layer' },
      sources: [SHARED_MODEL],
      views: {
        'docker-on-ec2': { owner: 'you', note: 'Your code, its dependencies and its data are yours in every architecture.' },
        'ecs-on-ec2': { owner: 'you', note: 'Your code, its dependencies and its data are yours in every architecture.' },
        'ecs-on-fargate': { owner: 'you', note: 'Your code, its dependencies and its data are yours in every architecture, Fargate included.' },
      },
    },
    ecr: {
      summary: 'The container registry that stores the orders-api image. Every new container starts from an image pulled from here.',
      lesson: { slug: 'ecs-security-control-plane', anchor: 'scanning-images-in-ecr' },
      sources: [IAM_ROLES],
      views: {
        'docker-on-ec2': {
          owner: 'shared',
          note: 'AWS runs the registry. The image inside is yours alone: its contents, its patches, its scanning and who may pull it.',
        },
        'ecs-on-ec2': {
          owner: 'shared',
          note: 'AWS runs the registry. The image inside is yours alone; the agent pulls it with the task execution role you grant.',
        },
        'ecs-on-fargate': {
          owner: 'shared',
          note: 'AWS runs the registry. The image inside is yours alone; Fargate pulls it with the task execution role you grant.',
        },
      },
    },
    logs: {
      summary: "AWS's managed log storage. The container's output lands in a log group, where you can search it and keep it as long as you choose.",
      lesson: { slug: 'shared-responsibility', anchor: 'logging-is-shared' },
      views: {
        'docker-on-ec2': {
          owner: 'you',
          note: 'Getting logs there is yours: the log driver or agent on every instance, the log group, its retention and who may read it.',
        },
        'ecs-on-ec2': {
          owner: 'you',
          note: 'The log driver runs on your instances, so logging is yours end to end: the driver, the log group, its retention and who may read it.',
        },
        'ecs-on-fargate': {
          owner: 'shared',
          note: 'AWS runs the log driver and moves the bytes; you choose it in the task definition, let the task execution role write, and own the log group and its contents.',
        },
      },
    },
  },
};
