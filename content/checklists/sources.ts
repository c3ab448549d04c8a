/** The AWS pages the checklists cite, by key: every item's `sources` names keys of this object. */
export const sources = {
  'ecs-shared-responsibility': {
    title: 'AWS shared responsibility model for Amazon ECS',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-shared-model.html',
  },
  'fargate-security-considerations': {
    title: 'Fargate security considerations for Amazon ECS',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/fargate-security-considerations.html',
  },
  'fargate-security-best-practices': {
    title: 'Fargate security best practices in Amazon ECS',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-fargate.html',
  },
  'fargate-task-networking': {
    title: 'Amazon ECS task networking options for Fargate',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html',
  },
  'fargate-task-definition-differences': {
    title: 'Amazon ECS task definition differences for Fargate',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/fargate-tasks-services.html',
  },
  'fargate-platform-linux': {
    title: 'Fargate Linux platform versions for Amazon ECS',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-linux-fargate.html',
  },
  'kernel-capabilities': {
    title: 'Amazon ECS API reference: KernelCapabilities',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html',
  },
  'ecs-task-container-security': {
    title: 'ECS task and container security best practices',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/security-tasks-containers.html',
  },
  'ecs-iam-roles': {
    title: 'IAM roles for Amazon ECS',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-iam-roles.html',
  },
  'ecs-cloudtrail': {
    title: 'Logging Amazon ECS API calls using AWS CloudTrail',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/logging-using-cloudtrail.html',
  },
  'eventbridge-ecs-events': {
    title: 'Amazon EventBridge: Amazon ECS events',
    url: 'https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-ecs.html',
  },
  'config-ecs-rules': {
    title: 'AWS Config managed rule: ecs-containers-nonprivileged',
    url: 'https://docs.aws.amazon.com/config/latest/developerguide/ecs-containers-nonprivileged.html',
  },
  'config-readonly-access': {
    title: 'AWS Config managed rule: ecs-containers-readonly-access',
    url: 'https://docs.aws.amazon.com/config/latest/developerguide/ecs-containers-readonly-access.html',
  },
  'config-linux-user-non-root': {
    title: 'AWS Config managed rule: ecs-task-definition-linux-user-non-root',
    url: 'https://docs.aws.amazon.com/config/latest/developerguide/ecs-task-definition-linux-user-non-root.html',
  },
  'ecr-vpc-endpoints': {
    title: 'Amazon ECR interface VPC endpoints (AWS PrivateLink)',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html',
  },
  'guardduty-ecs-prereq': {
    title: 'GuardDuty: prerequisites for AWS Fargate (Amazon ECS only) support',
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/prereq-runtime-monitoring-ecs-support.html',
  },
  'guardduty-agent-repository': {
    title: 'GuardDuty: ECR repository for the GuardDuty agent on AWS Fargate (Amazon ECS only)',
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/ecs-runtime-agent-ecr-image-uri.html',
  },
  'ecr-scan-status': {
    title: 'Amazon ECR API reference: ImageScanStatus',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_ImageScanStatus.html',
  },
  'ecr-wait-scan': {
    title: 'AWS CLI reference: aws ecr wait image-scan-complete',
    url: 'https://docs.aws.amazon.com/cli/latest/reference/ecr/wait/image-scan-complete.html',
  },
  'guardduty-runtime-monitoring': {
    title: 'Amazon GuardDuty Runtime Monitoring',
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html',
  },
  'guardduty-fargate': {
    title: 'How GuardDuty Runtime Monitoring works with Fargate (Amazon ECS only)',
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/how-runtime-monitoring-works-ecs-fargate.html',
  },
  'guardduty-ecs-launch': {
    title: 'AWS News Blog: Amazon GuardDuty ECS Runtime Monitoring, including AWS Fargate',
    url: 'https://aws.amazon.com/blogs/aws/introducing-amazon-guardduty-ecs-runtime-monitoring-including-aws-fargate/',
  },
  'ecs-exec': {
    title: 'Monitor Amazon ECS containers with ECS Exec',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/ecs-exec.html',
  },
  'ecs-exec-run': {
    title: 'Running commands using ECS Exec',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec-run.html',
  },
  'exec-readonly-roadmap': {
    title: 'containers-roadmap issue 1359: ECS Exec with readonlyRootFilesystem',
    url: 'https://github.com/aws/containers-roadmap/issues/1359',
  },
  'ecr-image-scanning': {
    title: 'Amazon ECR: scan images for software vulnerabilities',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
  },
  'ecr-doc-history': {
    title: 'Amazon ECR document history',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/doc-history.html',
  },
  'inspector-ecr': {
    title: 'Amazon Inspector: scanning Amazon ECR container images',
    url: 'https://docs.aws.amazon.com/inspector/latest/user/scanning-ecr.html',
  },
  'ecr-signature-verification': {
    title: 'Amazon ECR: signature verification',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-signing-verification.html',
  },
  'eks-image-verification': {
    title: 'Amazon EKS: validate container image signatures during deployment',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/image-verification.html',
  },
  'ecs-platform-version-migration': {
    title: 'Amazon ECS: migrating to Fargate Linux platform version 1.4.0 (VPC endpoints)',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-version-migration.html',
  },
  'ecs-vpc-endpoints': {
    title: 'Amazon ECS interface VPC endpoints (AWS PrivateLink)',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/vpc-endpoints.html',
  },
  'ecs-managed-instances': {
    title: 'Amazon ECS Managed Instances',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ManagedInstances.html',
  },
  'ecs-manage-linux': {
    title: 'Amazon ECS: managing Linux container instances',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/manage-linux.html',
  },
  'ecs-sensitive-data': {
    title: 'Amazon ECS: pass sensitive data to a container',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html',
  },
  'ecs-api-secret': {
    title: 'Amazon ECS API reference: Secret',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Secret.html',
  },
  'ecs-taskdef-envfiles': {
    title: 'Amazon ECS: pass environment variables to a container',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/taskdef-envfiles.html',
  },
} as const;
