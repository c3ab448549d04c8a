/** The AWS pages the chooser's limits, questions, targets and rules cite, by id. */
import type { ChooserInput } from '@/lib/chooser/types';

export const sources: ChooserInput['sources'] = [
  {
    id: 'ecs-capacity',
    title: 'Amazon ECS: capacity and launch type comparison',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/capacity-launch-type-comparison.html',
  },
  {
    id: 'ecs-managed-instances',
    title: 'Amazon ECS Managed Instances',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ManagedInstances.html',
  },
  {
    id: 'ecs-managed-instances-launch',
    title: "What's New: Amazon ECS Managed Instances (September 2025)",
    url: 'https://aws.amazon.com/about-aws/whats-new/2025/09/amazon-ecs-managed-instances/',
  },
  {
    id: 'app-runner-availability',
    title: 'AWS App Runner availability change',
    url: 'https://docs.aws.amazon.com/apprunner/latest/dg/apprunner-availability-change.html',
  },
  { id: 'app-runner-release-notes', title: 'AWS App Runner release notes', url: 'https://docs.aws.amazon.com/apprunner/latest/relnotes/' },
  {
    id: 'ecs-express',
    title: 'Resources created by Amazon ECS Express Mode services',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/express-service-work.html',
  },
  {
    id: 'fargate-security-considerations',
    title: 'Fargate security considerations for Amazon ECS',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/fargate-security-considerations.html',
  },
  {
    id: 'fargate-task-definitions',
    title: 'Amazon ECS: task definition differences for Fargate',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/fargate-tasks-services.html',
  },
  {
    id: 'ecs-kernel-capabilities',
    title: 'Amazon ECS API reference: KernelCapabilities',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html',
  },
  { id: 'guardduty-runtime', title: 'Amazon GuardDuty Runtime Monitoring', url: 'https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html' },
  {
    id: 'guardduty-ecs-fargate',
    title: 'How GuardDuty Runtime Monitoring works with Fargate (Amazon ECS only)',
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/how-runtime-monitoring-works-ecs-fargate.html',
  },
  {
    id: 'guardduty-ecs-launch',
    title: 'Introducing Amazon GuardDuty ECS Runtime Monitoring, including AWS Fargate',
    url: 'https://aws.amazon.com/blogs/aws/introducing-amazon-guardduty-ecs-runtime-monitoring-including-aws-fargate/',
  },
  {
    id: 'fargate-networking',
    title: 'Amazon ECS task networking options for Fargate',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html',
  },
  {
    id: 'ecs-linux-instances',
    title: 'Amazon ECS: managing Linux container instances',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/manage-linux.html',
  },
  {
    id: 'fargate-platform-linux',
    title: 'Amazon ECS: Fargate Linux platform versions',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-linux-fargate.html',
  },
  { id: 'lambda-quotas', title: 'AWS Lambda quotas', url: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html' },
  {
    id: 'lambda-ephemeral',
    title: 'Configuring ephemeral storage for Lambda functions',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-ephemeral-storage.html',
  },
  {
    id: 'lambda-runtime-shared',
    title: 'Lambda runtime updates and the shared responsibility model',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/runtime-management-shared.html',
  },
  { id: 'lambda-memory', title: 'Configuring Lambda function memory', url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html' },
  {
    id: 'app-runner-instance',
    title: 'App Runner API reference: InstanceConfiguration',
    url: 'https://docs.aws.amazon.com/apprunner/latest/api/API_InstanceConfiguration.html',
  },
  {
    id: 'beanstalk-docker',
    title: 'Elastic Beanstalk: deploying Docker applications',
    url: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/create_deploy_docker.html',
  },
  { id: 'eks-fargate', title: 'Amazon EKS: AWS Fargate', url: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html' },
  { id: 'eks-fargate-patching', title: 'Amazon EKS: Fargate pod patching', url: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate-pod-patching.html' },
  {
    id: 'eks-node-updates',
    title: 'Amazon EKS: updating a managed node group',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/update-managed-node-group.html',
  },
  { id: 'eks-reliability', title: 'Amazon EKS best practices: reliability', url: 'https://docs.aws.amazon.com/eks/latest/best-practices/reliability.html' },
  {
    id: 'fargate-task-sizes',
    title: 'Amazon ECS: task CPU and memory values',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/task-cpu-memory-error.html',
  },
  {
    id: 'fargate-storage',
    title: 'Amazon ECS: Fargate security and ephemeral storage',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-fargate.html',
  },
  {
    id: 'fargate-spot',
    title: 'AWS Fargate capacity providers',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/fargate-capacity-providers.html',
  },
  {
    id: 'fargate-spot-api',
    title: 'Amazon ECS API reference: CapacityProviderStrategyItem',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html',
  },
  { id: 'fargate', title: 'AWS Fargate for Amazon ECS', url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html' },
  {
    id: 'config-nonprivileged',
    title: 'AWS Config rule ecs-containers-nonprivileged',
    url: 'https://docs.aws.amazon.com/config/latest/developerguide/ecs-containers-nonprivileged.html',
  },
  {
    id: 'guardduty-ecs-prereq',
    title: 'GuardDuty: prerequisites for AWS Fargate (Amazon ECS only) support',
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/prereq-runtime-monitoring-ecs-support.html',
  },
  {
    id: 'guardduty-os-support',
    title: 'GuardDuty: supported CPU architectures, operating systems and kernel versions',
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/prereq-runtime-monitoring-cpu-os-kernel-support.html',
  },
  {
    id: 'eks-fargate-pod-config',
    title: 'Amazon EKS: Fargate pod configuration (CPU and memory)',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate-pod-configuration.html',
  },
  { id: 'eks-windows', title: 'Amazon EKS: deploy Windows nodes', url: 'https://docs.aws.amazon.com/eks/latest/userguide/windows-support.html' },
  {
    id: 'eks-data-plane',
    title: 'Amazon EKS best practices: the data plane (Auto Mode, EC2 nodes, Fargate)',
    url: 'https://docs.aws.amazon.com/eks/latest/best-practices/data-plane.html',
  },
  {
    id: 'eks-bottlerocket',
    title: 'Amazon EKS: create self-managed Bottlerocket nodes',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/launch-node-bottlerocket.html',
  },
  {
    id: 'eks-auto-workloads',
    title: 'Security overview of Amazon EKS Auto Mode: workloads',
    url: 'https://docs.aws.amazon.com/whitepapers/latest/security-overview-amazon-eks-auto-mode/workloads.html',
  },
  {
    id: 'eks-auto-mode',
    title: 'Amazon EKS: automate cluster infrastructure with EKS Auto Mode',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/automode.html',
  },
  {
    id: 'eks-auto-instances',
    title: 'Amazon EKS: Auto Mode managed instances',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/automode-learn-instances.html',
  },
  {
    id: 'eks-auto-best-practices',
    title: 'Amazon EKS best practices: EKS Auto Mode',
    url: 'https://docs.aws.amazon.com/eks/latest/best-practices/automode.html',
  },
  {
    id: 'eks-auto-settings',
    title: 'Amazon EKS: configure EKS Auto Mode settings (node pools)',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/settings-auto.html',
  },
  {
    id: 'eks-optimized-amis',
    title: 'Amazon EKS: create nodes with pre-built optimized images',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/eks-optimized-amis.html',
  },
  {
    id: 'eks-gpu-nodes',
    title: 'eksctl user guide: GPU instance types for node groups',
    url: 'https://docs.aws.amazon.com/eks/latest/eksctl/gpu-support.html',
  },
  { id: 'ecs-ebs', title: 'Use Amazon EBS volumes with Amazon ECS', url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-volumes.html' },
  {
    id: 'ecs-ebs-termination',
    title: 'Amazon ECS API reference: TaskManagedEBSVolumeTerminationPolicy',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskManagedEBSVolumeTerminationPolicy.html',
  },
  {
    id: 'lambda-managed-instances',
    title: 'Lambda Managed Instances: capacity providers',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-capacity-providers.html',
  },
  {
    id: 'mi-network-modes',
    title: 'Amazon ECS API reference: ManagedInstancesNetworkConfiguration',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedInstancesNetworkConfiguration.html',
  },
  { id: 'amazon-linux-2', title: 'Amazon Linux 2 end of support', url: 'https://aws.amazon.com/amazon-linux-2/' },
  {
    id: 'beanstalk-platform-policy',
    title: 'Elastic Beanstalk platform support policy',
    url: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/platforms-support-policy.html',
  },
];
