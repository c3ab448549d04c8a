/** AWS pages cited by the diagram explanations (from the course's fact sheet), named once so every box cites the same title. */
import type { SourceRef } from '@/lib/diagrams/types';

export const SHARED_MODEL: SourceRef = {
  title: 'AWS shared responsibility model for Amazon ECS',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-shared-model.html',
};
export const LAUNCH_TYPES: SourceRef = {
  title: 'Amazon ECS: launch types and capacity providers',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/capacity-launch-type-comparison.html',
};
export const MANAGE_LINUX: SourceRef = {
  title: 'Managing Amazon ECS Linux container instances',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/manage-linux.html',
};
export const FARGATE_PLATFORM: SourceRef = {
  title: 'Fargate Linux platform versions for Amazon ECS',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-linux-fargate.html',
};
export const FARGATE_NETWORKING: SourceRef = {
  title: 'Amazon ECS task networking options for Fargate',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html',
};
export const IAM_ROLES: SourceRef = {
  title: 'IAM roles for Amazon ECS',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-iam-roles.html',
};
export const FARGATE_ISOLATION: SourceRef = {
  title: 'Fargate security considerations for Amazon ECS',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/fargate-security-considerations.html',
};
export const FARGATE_TASK_DEFINITIONS: SourceRef = {
  title: 'Amazon ECS task definition differences for Fargate',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/fargate-tasks-services.html',
};
export const FARGATE_SIZES: SourceRef = {
  title: 'Amazon ECS: task CPU and memory values',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/task-cpu-memory-error.html',
};
export const MANAGED_INSTANCES: SourceRef = {
  title: 'Amazon ECS Managed Instances',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ManagedInstances.html',
};
export const ECS_ANYWHERE: SourceRef = {
  title: 'Creating an Amazon ECS cluster for ECS Anywhere',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/create-cluster-console-v2-ecs-anywhere.html',
};
export const EXPRESS_MODE: SourceRef = {
  title: 'Resources created by Amazon ECS Express Mode services',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/express-service-work.html',
};
export const APP_RUNNER_AVAILABILITY: SourceRef = {
  title: 'AWS App Runner availability change',
  url: 'https://docs.aws.amazon.com/apprunner/latest/dg/apprunner-availability-change.html',
};
export const BEANSTALK_DOCKER: SourceRef = {
  title: 'Elastic Beanstalk: deploying Docker applications',
  url: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/create_deploy_docker.html',
};
export const LAMBDA_QUOTAS: SourceRef = {
  title: 'AWS Lambda quotas',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
};
export const EKS_NODE_UPDATES: SourceRef = {
  title: 'Amazon EKS: updating a managed node group',
  url: 'https://docs.aws.amazon.com/eks/latest/userguide/update-managed-node-group.html',
};
export const EKS_FARGATE: SourceRef = {
  title: 'Amazon EKS: AWS Fargate',
  url: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
};
export const EKS_FARGATE_PATCHING: SourceRef = {
  title: 'Amazon EKS: Fargate pod patching',
  url: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate-pod-patching.html',
};
