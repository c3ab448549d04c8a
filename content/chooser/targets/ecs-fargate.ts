/** The chooser's target "ecs-fargate" and the documented limits it owns (other targets and rules may cite them too). */
import type { ChooserInput } from '@/lib/chooser/types';
import { AS_OF } from '../as-of';

export const ecsFargateLimits: ChooserInput['limits'] = [
  {
    id: 'fargate-max',
    text: 'A Fargate task has at most 16 vCPU and 120 GB of memory, and 20 GiB of ephemeral storage by default, expandable to 200 GiB; ECS can attach an Amazon EBS volume to each task for more.',
    sources: ['fargate-task-sizes', 'fargate-storage', 'ecs-ebs'],
    asOf: AS_OF,
  },
  {
    id: 'fargate-no-gpu-privileged',
    text: 'On Fargate the task definition parameters “privileged” and “gpu” are invalid, and SYS_PTRACE is the only Linux capability you can add.',
    sources: ['fargate-task-definitions', 'ecs-kernel-capabilities'],
    asOf: AS_OF,
  },
  {
    id: 'fargate-awsvpc',
    text: 'Fargate tasks must use awsvpc networking: each task gets its own network interface and security groups rather than the host network.',
    sources: ['fargate-networking'],
    asOf: AS_OF,
  },
  {
    id: 'fargate-host-agents',
    text: 'Fargate has no host you can install software on: host-installed agents do not work, sidecar agents do, and SYS_PTRACE can be added for tools such as Falco.',
    sources: ['fargate-security-considerations'],
    asOf: AS_OF,
  },
  {
    id: 'fargate-platform',
    text: 'On Fargate a platform version bundles the kernel and the container runtime; AWS patches it and retires tasks that run on vulnerable revisions.',
    sources: ['fargate-platform-linux'],
    asOf: AS_OF,
  },
  {
    id: 'fargate-sizing',
    text: 'Fargate gives each task compute sized to what the task asks for; there are no instance types to choose.',
    sources: ['fargate'],
    asOf: AS_OF,
  },
  { id: 'fargate-windows', text: 'Fargate runs Linux containers and Windows Server 2019 and 2022 containers.', sources: ['fargate'], asOf: AS_OF },
  {
    id: 'fargate-spot',
    text: 'Fargate Spot gives a two-minute warning before it reclaims capacity and runs Linux tasks only, not Windows. The ECS API reference says it runs ARM64 tasks on platform version 1.4.0 or later; a user-guide page still says x86-64 only.',
    sources: ['fargate-spot', 'fargate-spot-api'],
    asOf: AS_OF,
  },
  {
    id: 'windows-options',
    text: 'Windows containers run on ECS on EC2, on ECS on Fargate (Windows Server 2019 and 2022) and on EKS Windows nodes, managed node groups included; not on EKS on Fargate, Lambda or App Runner.',
    sources: ['fargate', 'eks-windows'],
    asOf: AS_OF,
  },
  {
    id: 'guardduty-fargate-linux',
    text: 'On Fargate, GuardDuty Runtime Monitoring covers Linux tasks on platform version 1.4.0 or later; Windows platform versions are not supported.',
    sources: ['guardduty-ecs-prereq'],
    asOf: AS_OF,
  },
];

export const ecsFargate: ChooserInput['targets'][number] = {
  id: 'ecs-fargate',
  name: 'Amazon ECS on Fargate',
  shortName: 'ECS on Fargate',
  status: 'available',
  summary: 'Runs each task on compute sized to what it asks for, with no hosts to see or patch.',
  awsManages: ['Hosts, kernel and container runtime (platform versions), including patching', 'The ECS container agent'],
  youManage: [
    'Task definitions: image, CPU, memory, IAM roles',
    'Networking: each task has its own network interface and security groups',
    'Logging, volumes and service scaling',
  ],
  costModel: 'For the vCPU and memory each task asks for, while it runs; Fargate Spot runs interruption-tolerant tasks at a discount.',
  limits: ['fargate-max', 'fargate-no-gpu-privileged', 'fargate-windows', 'fargate-spot'],
  sources: ['fargate', 'fargate-task-sizes', 'fargate-storage', 'fargate-task-definitions', 'fargate-platform-linux', 'fargate-spot'],
};
