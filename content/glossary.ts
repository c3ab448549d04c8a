export const glossary = [
  {
    id: 'ecr',
    lesson: '/lessons/ecs-security-control-plane#public-or-private-ecr',
    links: ['Amazon ECR', 'ECR'],
    term: 'Amazon ECR',
    definition:
      "Amazon Elastic Container Registry, AWS's managed registry for storing container images in private or public repositories. It can also scan images for known vulnerabilities.",
    source: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
  },
  {
    id: 'ecs',
    lesson: '/lessons/container-options#the-ecs-vocabulary',
    links: ['Amazon ECS'],
    term: 'Amazon ECS',
    definition:
      "Amazon Elastic Container Service, AWS's own container orchestrator. It decides where your containers run and keeps the requested number running, on Fargate, on EC2 instances or on your own servers.",
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/capacity-launch-type-comparison.html',
  },
  {
    id: 'ecs-anywhere',
    lesson: '/lessons/deployment-targets#ecs-anywhere',
    links: ['ECS Anywhere'],
    term: 'Amazon ECS Anywhere',
    definition:
      'An ECS feature that lets you register your own on-premises or edge servers with an ECS cluster and run tasks on them with the EXTERNAL launch type.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/create-cluster-console-v2-ecs-anywhere.html',
  },
  {
    id: 'container-agent',
    lesson: '/lessons/ecs-security-application#the-ecs-container-agent',
    links: ['ECS container agent', 'container agent'],
    term: 'Amazon ECS container agent',
    definition:
      'The software on each EC2 or external host that registers the host with an ECS cluster and starts and stops its tasks. You keep it updated on your own EC2 and external hosts; on Fargate and on ECS Managed Instances AWS updates it.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/manage-linux.html',
  },
  {
    id: 'express-mode',
    lesson: '/lessons/deployment-targets#ecs-express-mode',
    links: ['ECS Express Mode', 'Express Mode'],
    term: 'Amazon ECS Express Mode',
    definition:
      'A way to create a long-running ECS web service on Fargate from a container image, a task execution role and an infrastructure role, which ECS uses to set up the surrounding resources for you. AWS recommends it in place of App Runner.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/express-service-work.html',
  },
  {
    id: 'managed-instances',
    lesson: '/lessons/deployment-targets#ecs-on-ec2-and-managed-instances',
    links: ['ECS Managed Instances', 'Managed Instances'],
    term: 'Amazon ECS Managed Instances',
    definition:
      'An ECS capacity option, launched in September 2025, in which AWS provisions, scales and patches the EC2 instances that run your tasks while you choose instance attributes such as GPUs.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ManagedInstances.html',
  },
  {
    id: 'eks',
    lesson: '/lessons/deployment-targets#amazon-eks',
    links: ['Amazon EKS', 'EKS'],
    term: 'Amazon EKS',
    definition:
      "Amazon Elastic Kubernetes Service, AWS's managed Kubernetes. It runs the Kubernetes control plane for you, and your pods run on EC2 nodes or on Fargate.",
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
  },
  {
    id: 'eventbridge',
    lesson: '/lessons/ecs-security-control-plane#audit-trail-and-alerts',
    links: ['Amazon EventBridge', 'EventBridge'],
    term: 'Amazon EventBridge',
    definition:
      'An event bus service that matches events against rules and sends them to targets such as a notification topic. It receives ECS events directly, such as task state changes, and ECS API calls through CloudTrail, but the API calls only while a CloudTrail trail is logging in that region.',
    source: 'https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-ecs.html',
  },
  {
    id: 'alb',
    lesson: '/lessons/container-options#doing-it-yourself-on-ec2',
    links: ['Application Load Balancer', 'ALB'],
    term: 'Application Load Balancer',
    definition:
      'An Elastic Load Balancing load balancer for HTTP and HTTPS traffic: its listeners check each request against rules and forward it to a healthy target, such as an ECS task, in one of its target groups.',
    source: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/introduction.html',
  },
  {
    id: 'auto-scaling-group',
    lesson: '/lessons/launch-types#what-the-cluster-manages',
    links: ['Auto Scaling group'],
    term: 'Auto Scaling group',
    definition:
      'A group of EC2 instances that is kept at a desired size and grows or shrinks with demand. In ECS, an Auto Scaling group capacity provider supplies EC2 capacity to a cluster.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/capacity-launch-type-comparison.html',
  },
  {
    id: 'app-runner',
    lesson: '/lessons/deployment-targets#app-runner-closed-to-newcomers',
    links: ['AWS App Runner', 'App Runner'],
    term: 'AWS App Runner',
    definition:
      'A managed service for running web applications from a container image. Since 30 April 2026 it has been closed to new customers (still the case as of December 2026); existing customers can keep using it, but it gets no new features.',
    source: 'https://docs.aws.amazon.com/apprunner/latest/dg/apprunner-availability-change.html',
  },
  {
    id: 'cloudtrail',
    lesson: '/lessons/ecs-security-control-plane#audit-trail-and-alerts',
    links: ['AWS CloudTrail', 'CloudTrail'],
    term: 'AWS CloudTrail',
    definition:
      'The AWS service that records API calls made in your account, with who made each call, when and from where. It captures every Amazon ECS API call, whether it comes from the console or from code; to keep the records and send them to EventBridge rules, create a trail.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/logging-using-cloudtrail.html',
  },
  {
    id: 'aws-config',
    lesson: '/lessons/ecs-security-control-plane#aws-config-rules-for-drift',
    links: ['AWS Config'],
    term: 'AWS Config',
    definition:
      'A service that records the configuration of your AWS resources and checks each change against rules. Managed rules can flag ECS task definitions that, for example, allow privileged containers.',
    source: 'https://docs.aws.amazon.com/config/latest/developerguide/ecs-containers-nonprivileged.html',
  },
  {
    id: 'elastic-beanstalk',
    lesson: '/lessons/deployment-targets#elastic-beanstalk',
    links: ['AWS Elastic Beanstalk', 'Elastic Beanstalk'],
    term: 'AWS Elastic Beanstalk',
    definition:
      'A service that creates and manages a complete application environment for you. Its Docker platform branches run containers either with Docker on each instance or through Amazon ECS.',
    source: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/create_deploy_docker.html',
  },
  {
    id: 'fargate',
    lesson: '/lessons/launch-types#ecs-on-fargate',
    links: ['AWS Fargate', 'Fargate'],
    term: 'AWS Fargate',
    definition:
      "Serverless compute for containers: you set each task's CPU and memory and AWS runs it without servers for you to manage. It is not an orchestrator; Amazon ECS and Amazon EKS can both use it.",
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/capacity-launch-type-comparison.html',
  },
  {
    id: 'lambda',
    lesson: '/lessons/deployment-targets#aws-lambda',
    links: ['AWS Lambda', 'Lambda'],
    term: 'AWS Lambda',
    definition:
      "AWS's event-driven function service. A function can be packaged as a container image of up to 10 GB, and as of December 2026 each invocation can run for at most 15 minutes.",
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  },
  {
    id: 'secrets-manager',
    lesson: '/lessons/ecs-security-application#keep-secrets-out-of-task-definitions',
    links: ['AWS Secrets Manager', 'Secrets Manager'],
    term: 'AWS Secrets Manager',
    definition:
      'A service for storing secrets such as database passwords. An ECS task definition can reference a secret by its ARN so that the container receives it as an environment variable when it starts.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html',
  },
  {
    id: 'awsvpc',
    lesson: '/lessons/container-options#worked-example-two-services',
    links: ['awsvpc network mode', 'awsvpc'],
    term: 'awsvpc network mode',
    definition:
      'The ECS network mode in which each task gets its own elastic network interface, private IP address and security groups. Fargate tasks always use it.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html',
  },
  {
    id: 'capacity-provider',
    lesson: '/lessons/launch-types#capacity-providers',
    links: ['capacity provider'],
    term: 'Capacity provider',
    definition:
      'The ECS object that supplies compute to a cluster: Fargate, Fargate Spot, an Auto Scaling group of EC2 instances, or ECS Managed Instances. A capacity provider strategy decides how tasks are spread across them.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/capacity-launch-type-comparison.html',
  },
  {
    id: 'cluster',
    lesson: '/lessons/launch-types#what-the-cluster-manages',
    links: [],
    term: 'Cluster',
    definition: 'A logical group in Amazon ECS that holds the capacity, services and tasks of a workload or environment, such as a prod cluster.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/capacity-launch-type-comparison.html',
  },
  {
    id: 'container-instance-role',
    lesson: '/lessons/ecs-security-application#three-roles-three-jobs',
    links: ['container instance role'],
    term: 'Container instance role',
    definition:
      'The IAM role attached to an EC2 or external host so that its ECS container agent can register the host with a cluster. Fargate tasks do not use one.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-iam-roles.html',
  },
  {
    id: 'ecs-exec',
    lesson: '/lessons/ecs-security-application#debug-with-ecs-exec-not-ssh',
    links: ['ECS Exec'],
    term: 'ECS Exec',
    definition:
      "An ECS feature that runs a command or opens a shell in a running container through Systems Manager Session Manager, with no inbound ports or SSH keys. CloudTrail records each ExecuteCommand call. The commands typed and their output follow the cluster's executeCommandConfiguration: by default (DEFAULT) they go to the task's awslogs log configuration, NONE turns logging off, and OVERRIDE sends them to a log group or S3 bucket you name.",
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/ecs-exec.html',
  },
  {
    id: 'platform-version',
    lesson: '/lessons/shared-responsibility#where-the-line-sits',
    links: ['Fargate platform version', 'platform version'],
    term: 'Fargate platform version',
    definition:
      'A named Fargate runtime environment that combines a kernel and a container runtime. AWS patches it and retires tasks that run on a vulnerable revision, so services replace them with patched tasks.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-linux-fargate.html',
  },
  {
    id: 'fargate-spot',
    lesson: '/lessons/launch-types#worked-example-fargate-plus-spot',
    links: ['Fargate Spot'],
    term: 'Fargate Spot',
    definition:
      'A Fargate capacity provider that runs interruption-tolerant tasks on spare capacity, with a two-minute warning before AWS reclaims it. It runs Linux tasks only; as of December 2026 the ECS API reference adds ARM64 tasks on platform version 1.4.0 or later, while the user guide still says x86-64 only.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/fargate-capacity-providers.html',
  },
  {
    id: 'guardduty-runtime-monitoring',
    lesson: '/lessons/ecs-security-control-plane#runtime-threats-with-guardduty',
    links: ['GuardDuty Runtime Monitoring', 'Runtime Monitoring'],
    term: 'GuardDuty Runtime Monitoring',
    definition:
      'An Amazon GuardDuty feature that uses a security agent to watch file access, process execution and network connections in your workloads, including Linux ECS tasks on Fargate, and reports likely threats. As of December 2026 it does not cover Windows tasks on Fargate, EKS on Fargate or ECS Managed Instances.',
    source: 'https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html',
  },
  {
    id: 'launch-type',
    lesson: '/lessons/launch-types#launch-types',
    links: ['launch type'],
    term: 'Launch type',
    definition:
      "The kind of infrastructure a task is compatible with or runs on. A task definition's requiresCompatibilities can list EC2, FARGATE, EXTERNAL (ECS Anywhere) and MANAGED_INSTANCES; when you run a task or create a service, AWS recommends choosing capacity with a capacity provider strategy rather than a launch type, and Managed Instances is always chosen that way.",
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/capacity-launch-type-comparison.html',
  },
  {
    id: 'parameter-store',
    lesson: '/lessons/ecs-security-application#keep-secrets-out-of-task-definitions',
    links: ['Parameter Store'],
    term: 'Parameter Store',
    definition:
      'A capability of AWS Systems Manager that stores configuration values and secrets as named parameters. An ECS task definition can reference a parameter by its ARN so that the container receives the value at start-up.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html',
  },
  {
    id: 'security-group',
    lesson: '/lessons/ecs-security-control-plane#security-groups-with-known-sources',
    links: ['security group'],
    term: 'Security group',
    definition:
      'A set of firewall rules attached to a network interface that allow traffic by protocol, port and source. In awsvpc mode each ECS task has its own security groups.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html',
  },
  {
    id: 'service',
    lesson: '/lessons/container-options#the-ecs-vocabulary',
    links: [],
    term: 'Service',
    definition:
      'An ECS object that keeps a chosen number of tasks from one task definition running and starts a replacement when a task stops, for example when AWS retires a task to patch the Fargate platform. It is also how you roll out a new task definition revision.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-linux-fargate.html',
  },
  {
    id: 'scp',
    lesson: '/lessons/ecs-security-control-plane#guardrails-with-scps',
    links: ['service control policy', 'SCP'],
    term: 'Service control policy',
    definition:
      'In general terms, an AWS Organizations policy that sets the most that IAM principals in the accounts it is attached to can do; it grants nothing by itself. In this course it denies risky ECS API calls, such as deleting services, which CloudTrail records.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/logging-using-cloudtrail.html',
  },
  {
    id: 'target-group',
    lesson: '/lessons/container-options#doing-it-yourself-on-ec2',
    links: ['target group'],
    term: 'Target group',
    definition:
      'The set of registered targets, such as EC2 instances or the IP addresses of ECS tasks, to which a load balancer routes requests on a protocol and port you choose. Health checks are configured per target group.',
    source: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html',
  },
  {
    id: 'task',
    lesson: '/lessons/container-options#the-ecs-vocabulary',
    links: [],
    term: 'Task',
    definition:
      'A running copy of a task definition: one or more containers started together as one unit, which in awsvpc mode share one network interface. A task does not change after it starts; to change it, you start a new one.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html',
  },
  {
    id: 'task-definition',
    lesson: '/lessons/container-options#the-ecs-vocabulary',
    links: ['task definition'],
    term: 'Task definition',
    definition:
      'The versioned JSON document that describes a task: its container images, CPU and memory, network mode, IAM roles, environment variables, secrets and other container settings.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/fargate-tasks-services.html',
  },
  {
    id: 'task-execution-role',
    lesson: '/lessons/ecs-security-application#three-roles-three-jobs',
    links: ['task execution role', 'execution role'],
    term: 'Task execution role',
    definition:
      'The IAM role that ECS uses on your behalf to start a task, for example to pull images from private ECR repositories, send logs and fetch referenced secrets.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-iam-roles.html',
  },
  {
    id: 'task-role',
    lesson: '/lessons/ecs-security-application#three-roles-three-jobs',
    links: ['task role'],
    term: 'Task role',
    definition: 'The IAM role whose credentials your application code inside a task receives, used when that code calls AWS services such as Amazon S3.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-iam-roles.html',
  },
  {
    id: 'vpc-endpoint',
    lesson: '/lessons/ecs-security-control-plane#vpc-endpoints-for-private-tasks',
    links: ['VPC endpoint'],
    term: 'VPC endpoint',
    definition:
      'A private connection from your VPC to an AWS service, so that tasks in private subnets can reach the service without an internet gateway or NAT device.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/vpc-endpoints.html',
  },
  {
    id: 'capacity-provider-strategy',
    lesson: '/lessons/launch-types#capacity-providers',
    links: ['capacity provider strategy'],
    term: 'Capacity provider strategy',
    definition:
      "The rule a service or task uses to spread its tasks over a cluster's capacity providers: a base, the number of tasks placed on one provider first, and a weight per provider that shares out the rest, for example on Fargate and Fargate Spot.",
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html',
  },
  {
    id: 'container-instance',
    lesson: '/lessons/launch-types#ecs-on-ec2-capacity',
    links: ['container instance'],
    term: 'Container instance',
    definition:
      'An EC2 instance, or an external server, that runs the ECS container agent and is registered with a cluster, so ECS can place tasks on it. You patch and replace the container instances you run yourself; on ECS Managed Instances AWS patches them.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/manage-linux.html',
  },
  {
    id: 'eni',
    lesson: '/lessons/container-options#worked-example-two-services',
    links: ['elastic network interface', 'ENI'],
    term: 'Elastic network interface (ENI)',
    definition:
      'A virtual network card in a VPC subnet with its own private IP address and security groups. In the awsvpc network mode, which Fargate requires, every task gets its own.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html',
  },
  {
    id: 'amazon-inspector',
    lesson: '/lessons/ecs-security-control-plane#scanning-images-in-ecr',
    links: ['Amazon Inspector', 'Inspector'],
    term: 'Amazon Inspector',
    definition:
      'An AWS vulnerability scanner. With enhanced scanning turned on in Amazon ECR, it scans container images for known vulnerabilities in the operating system and in programming-language packages, on push and continuously.',
    source: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning-enhanced.html',
  },
];
