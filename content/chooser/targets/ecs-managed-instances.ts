/** The chooser's target "ecs-managed-instances" and the documented limits it owns (other targets and rules may cite them too). */
import type { ChooserInput } from '@/lib/chooser/types';
import { AS_OF } from '../as-of';

export const ecsManagedInstancesLimits: ChooserInput['limits'] = [
  {
    id: 'mi-managed',
    text: 'On ECS Managed Instances AWS provisions, scales and patches the EC2 instances, the ECS container agent included; you select instance attributes, including GPUs.',
    sources: ['ecs-managed-instances'],
    asOf: AS_OF,
  },
  { id: 'mi-linux', text: 'ECS Managed Instances runs Linux tasks only.', sources: ['ecs-managed-instances'], asOf: AS_OF },
  { id: 'mi-launch', text: 'ECS Managed Instances launched in September 2025.', sources: ['ecs-managed-instances-launch'], asOf: AS_OF },
  {
    id: 'guardduty-gaps',
    text: 'GuardDuty Runtime Monitoring does not cover EKS on Fargate or ECS Managed Instances.',
    sources: ['guardduty-runtime', 'guardduty-ecs-fargate'],
    asOf: AS_OF,
  },
];

export const ecsManagedInstances: ChooserInput['targets'][number] = {
  id: 'ecs-managed-instances',
  name: 'Amazon ECS Managed Instances',
  shortName: 'ECS Managed Instances',
  status: 'available',
  summary: 'EC2 instances that AWS provisions, scales and patches for your tasks, with the instance attributes (GPUs included) you choose.',
  awsManages: ['Provisioning, scaling and patching the EC2 instances'],
  youManage: ['Instance attributes, such as GPUs', 'Task definitions, networking and IAM'],
  costModel: 'For the EC2 capacity AWS provisions and manages for your tasks.',
  limits: ['mi-managed', 'mi-linux', 'guardduty-gaps', 'mi-launch'],
  sources: ['ecs-managed-instances', 'ecs-managed-instances-launch', 'guardduty-ecs-fargate'],
};
