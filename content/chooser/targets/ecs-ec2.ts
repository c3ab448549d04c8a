/** The chooser's target "ecs-ec2" and the documented limits it owns (other targets and rules may cite them too). */
import type { ChooserInput } from '@/lib/chooser/types';
import { AS_OF } from '../as-of';

export const ecsEc2Limits: ChooserInput['limits'] = [
  {
    id: 'ecs-ec2-hosts',
    text: 'On ECS on EC2 you maintain the container instances yourself: the operating system, its patches and the ECS container agent.',
    sources: ['ecs-linux-instances'],
    asOf: AS_OF,
  },
  {
    id: 'guardduty-linux-agent',
    text: 'GuardDuty Runtime Monitoring’s security agent runs on Linux only: the operating systems it supports are all Linux distributions, and on Fargate it covers Linux tasks only. No AWS target gives Windows containers GuardDuty runtime monitoring.',
    sources: ['guardduty-os-support', 'guardduty-ecs-prereq'],
    asOf: AS_OF,
  },
  {
    id: 'ec2-privileged',
    text: 'Privileged containers are possible on EC2 capacity; the AWS Config rule ecs-containers-nonprivileged flags task definitions that use them.',
    sources: ['config-nonprivileged'],
    asOf: AS_OF,
  },
];

export const ecsEc2: ChooserInput['targets'][number] = {
  id: 'ecs-ec2',
  name: 'Amazon ECS on EC2',
  shortName: 'ECS on EC2',
  status: 'available',
  summary: 'Runs tasks on EC2 instances in your cluster: any instance type, GPUs included, and full control of the hosts.',
  awsManages: ['The ECS control plane: scheduling and placement', 'Scaling the Auto Scaling group through a capacity provider, with you'],
  youManage: ['The instances: AMI, patches and the ECS container agent', 'Instance types and the Auto Scaling group', 'Task definitions, networking and IAM'],
  costModel: 'For the EC2 instances in the cluster, however full they are: cheapest per unit of work when you keep them busy.',
  limits: ['ecs-ec2-hosts', 'ec2-privileged', 'guardduty-linux-agent'],
  sources: ['ecs-capacity', 'ecs-linux-instances', 'config-nonprivileged'],
};
