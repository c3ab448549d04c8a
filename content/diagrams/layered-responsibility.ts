/**
 * The shared-responsibility lesson's layered view: the same stack on ECS on EC2 and on ECS on Fargate, side by side,
 * each layer coloured by who manages it. Owners match the "Layer by layer" table in
 * content/lessons/shared-responsibility/lesson.mdx (a unit test compares them) and section B of the course fact sheet.
 */
import type { DiagramData, DiagramNodeData, NodeInView } from '@/lib/diagrams/types';
import { FARGATE_ISOLATION, FARGATE_PLATFORM, MANAGE_LINUX, SHARED_MODEL } from './aws-sources';

const VIEW = 'ec2-and-fargate';
const layer = (summary: string, inView: NodeInView, extra: Partial<DiagramNodeData> = {}): DiagramNodeData => ({
  summary,
  lesson: { slug: 'shared-responsibility', anchor: 'layer-by-layer' },
  ...extra,
  views: { [VIEW]: inView },
});

const APP = 'Your containerized application: the image, the code in it and the data it handles.';
const PLUGINS =
  'The software between the platform and your code that ships logs, provides storage and collects metrics: log drivers, log routers, monitoring agents and volumes.';
const AGENT = 'The ECS container agent registers the host with the cluster and starts and stops containers when ECS asks.';
const RUNTIME = 'The container runtime pulls images and runs the containers on the host.';
const OS = 'The operating system and kernel that your containers run on.';
const VM = 'The virtual machine under your containers: an EC2 instance, or on Fargate an isolated environment for each task.';
const SERVER = 'The physical hardware in AWS data centres.';

export const layeredResponsibilityDiagram: DiagramData = {
  title: 'Who manages each layer: ECS on EC2 and ECS on Fargate',
  ownership: 'always',
  height: 740,
  layout: { nodeSpacing: 10, rankSpacing: 20, equalWidths: true },
  views: [{ id: VIEW, label: 'EC2 and Fargate side by side', source: 'layered-responsibility/ec2-and-fargate.mmd' }],
  nodes: {
    ec2: {
      summary: 'ECS on EC2 capacity: your tasks run on EC2 instances in your account, which you patch and scale.',
      lesson: { slug: 'launch-types', anchor: 'ecs-on-ec2-capacity' },
    },
    fargate: {
      summary: 'ECS on Fargate: your tasks run on capacity that AWS manages, with no instances in view.',
      lesson: { slug: 'launch-types', anchor: 'ecs-on-fargate' },
    },
    ec2_app: layer(APP, { owner: 'you', note: 'Yours on EC2 as everywhere: the image, the code and the data.' }, { sources: [SHARED_MODEL] }),
    ec2_plugins: layer(PLUGINS, {
      owner: 'you',
      note: 'On EC2 you install and run the log drivers, log routers, monitoring agents and volumes on your hosts.',
    }),
    ec2_agent: layer(AGENT, { owner: 'you', note: 'You keep the agent current on every instance.' }, { sources: [MANAGE_LINUX] }),
    ec2_runtime: layer(RUNTIME, { owner: 'you', note: 'You update the container runtime on your instances.' }, { sources: [MANAGE_LINUX] }),
    ec2_os: layer(OS, { owner: 'you', note: "You patch the instances' operating system, for example by rolling out a new AMI." }, { sources: [MANAGE_LINUX] }),
    ec2_vm: layer(VM, { owner: 'aws', note: 'AWS runs the virtualization layer under every EC2 instance.' }, { sources: [SHARED_MODEL] }),
    ec2_server: layer(SERVER, { owner: 'aws', note: 'AWS owns and secures the servers and the data centres they sit in.' }, { sources: [SHARED_MODEL] }),
    fg_app: layer(APP, { owner: 'you', note: 'Still yours on Fargate: a patched platform does not patch your image.' }, { sources: [SHARED_MODEL] }),
    fg_plugins: layer(PLUGINS, {
      owner: 'shared',
      note: 'AWS runs the machinery; you choose and configure the log driver, log routers, monitoring and volumes.',
      lesson: { slug: 'shared-responsibility', anchor: 'logging-is-shared' },
    }),
    fg_agent: layer(AGENT, { owner: 'aws', note: 'AWS manages the agent as part of the Fargate platform.' }, { sources: [FARGATE_PLATFORM] }),
    fg_runtime: layer(
      RUNTIME,
      { owner: 'aws', note: 'The runtime is part of the Fargate platform version, which AWS patches.' },
      { sources: [FARGATE_PLATFORM] },
    ),
    fg_os: layer(
      OS,
      { owner: 'aws', note: 'AWS patches the kernel in each platform version and retires tasks that run on a vulnerable revision.' },
      { sources: [FARGATE_PLATFORM] },
    ),
    fg_vm: layer(
      VM,
      { owner: 'aws', note: 'Each task runs in its own isolated, hardware-virtualized environment that AWS manages.' },
      { sources: [SHARED_MODEL, FARGATE_ISOLATION] },
    ),
    fg_server: layer(SERVER, { owner: 'aws', note: 'AWS owns and secures the servers and the data centres they sit in.' }, { sources: [SHARED_MODEL] }),
  },
};
