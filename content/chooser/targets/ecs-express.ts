/** The chooser's target "ecs-express" and the documented limits it owns (other targets and rules may cite them too). */
import type { ChooserInput } from '@/lib/chooser/types';
import { AS_OF } from '../as-of';

export const ecsExpressLimits: ChooserInput['limits'] = [
  {
    id: 'express-resources',
    text: 'ECS Express Mode needs an image, a task execution role and an infrastructure role, and creates a cluster with Fargate capacity providers, a service with canary deployments and auto scaling, and an Application Load Balancer with an HTTPS listener.',
    sources: ['ecs-express'],
    asOf: AS_OF,
  },
];

export const ecsExpress: ChooserInput['targets'][number] = {
  id: 'ecs-express',
  name: 'Amazon ECS Express Mode',
  shortName: 'ECS Express Mode',
  status: 'available',
  summary: 'Creates a complete web service on ECS from an image: Fargate tasks, a load balancer with HTTPS, auto scaling and canary deployments.',
  awsManages: ['Creating the cluster, service, load balancer, target groups and security groups', 'Fargate capacity: hosts and patching'],
  youManage: ['The image, a task execution role and an infrastructure role', 'Tuning the created ECS resources later, like any other service'],
  costModel: 'For the resources it creates: Fargate tasks and an Application Load Balancer.',
  limits: ['express-resources', 'fargate-max', 'fargate-no-gpu-privileged'],
  sources: ['ecs-express', 'fargate-task-sizes'],
};
