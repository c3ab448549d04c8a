/** Check-up questions for the lesson on shared responsibility. Ids are stored in browsers: never reuse one. */
import type { QuestionInput } from '@/lib/questions/schema';

export const questions: QuestionInput[] = [
  {
    id: 'sr-ec2-you-patch',
    kind: 'multiple',
    prompt: 'On ECS on EC2 (your own Auto Scaling group), which of these do you maintain?',
    section: 'layer-by-layer',
    options: [
      { id: 'os', text: 'The instances\u2019 operating system', correct: true },
      { id: 'runtime', text: 'The container runtime', correct: true },
      { id: 'agent', text: 'The ECS container agent', correct: true },
      { id: 'hypervisor', text: 'The virtualization layer', feedback: 'AWS owns the physical servers and virtualization in every ECS setup.' },
    ],
    explanation:
      'On EC2 capacity the guest operating system, the container runtime and the ECS container agent are yours to patch and update; AWS owns the hardware and virtualization.',
  },
  {
    id: 'sr-platform-retire',
    kind: 'single',
    prompt: 'A security issue is found in the Fargate platform version revision a task runs on. What happens?',
    section: 'layer-by-layer',
    options: [
      { id: 'retire', text: 'AWS patches the platform and retires tasks on the vulnerable revision; a service starts replacements', correct: true },
      {
        id: 'you-patch',
        text: 'You open a shell on the host and patch the kernel',
        feedback: 'There is no host you can reach on Fargate; the kernel and runtime belong to the platform version AWS maintains.',
      },
      {
        id: 'live-patch',
        text: 'AWS patches the running task in place without a restart',
        feedback: 'Tasks are immutable: AWS retires tasks on a vulnerable revision and new tasks start on a patched one.',
      },
    ],
    explanation: 'A Fargate platform version bundles the kernel and container runtime; AWS patches it and retires tasks running on vulnerable revisions.',
  },
  {
    id: 'sr-image-not-patched',
    kind: 'true-false',
    prompt: 'Because AWS patches the Fargate platform, the packages inside your image are patched too.',
    section: 'layer-by-layer',
    answer: false,
    why: 'Fargate patches the kernel and runtime under the task; a vulnerable library in your image stays until you rebuild and redeploy.',
    wrongFeedback: 'It sounds as if "AWS patches Fargate" covers everything, but the image is yours on every option: scan it and rebuild it.',
    explanation: 'The container image is your responsibility on every compute option, Fargate included. Scan images in ECR and rebuild on a schedule.',
  },
  {
    id: 'sr-logging-shared',
    kind: 'single',
    prompt: 'Why is logging shared, rather than AWS-managed, on Fargate?',
    section: 'logging-is-shared',
    options: [
      {
        id: 'config',
        text: 'AWS runs the log driver, but you choose and configure it, create the log group, set retention and control who reads it',
        correct: true,
      },
      {
        id: 'no-logs',
        text: 'Fargate cannot send logs anywhere, so you must run your own log server',
        feedback: 'Fargate supports log drivers such as awslogs and log-router sidecars such as FireLens.',
      },
      {
        id: 'aws-reads',
        text: 'AWS reads your logs to find problems for you',
        feedback: 'AWS moves the bytes; what is logged, where it goes and who may read it are your decisions.',
      },
    ],
    explanation: 'On Fargate AWS runs the logging machinery; the log configuration, log group, retention, access and what the application prints stay yours.',
  },
  {
    id: 'sr-private-subnet-pull',
    kind: 'scenario',
    scenario:
      'orders-api tasks run in private subnets with no NAT gateway and log with awslogs. They have VPC endpoints for ecr.api, ecr.dkr and an S3 gateway endpoint, yet fail to start.',
    prompt: 'What is missing?',
    section: 'networking-is-yours-to-configure',
    options: [
      { id: 'logs', text: 'A VPC endpoint for CloudWatch Logs (com.amazonaws.<region>.logs)', correct: true },
      {
        id: 'public-ip',
        text: 'A public IP address on every task',
        feedback: 'That only helps in a public subnet with an internet gateway, and it exposes the task. Endpoints keep traffic private.',
      },
      {
        id: 'ecs-agent',
        text: 'Endpoints for ecs-agent and ecs-telemetry',
        feedback: 'Those are needed by EC2 container instances running the agent. On Fargate AWS runs the agent.',
      },
      { id: 'sg-inbound', text: 'An inbound security group rule from ECR', feedback: 'Pulls are outbound connections from the task; ECR never connects in.' },
    ],
    explanation:
      'A task that logs with awslogs and has no NAT also needs the CloudWatch Logs endpoint, or it fails to start. Add Secrets Manager or SSM endpoints too if the task uses them.',
  },
  {
    id: 'sr-network-yours',
    kind: 'single',
    prompt: 'On ECS on Fargate, who writes the security group rules for a task?',
    section: 'networking-is-yours-to-configure',
    options: [
      { id: 'you', text: 'You: AWS creates and attaches the ENI, but every rule is your configuration', correct: true },
      {
        id: 'aws',
        text: 'AWS, because Fargate manages the network',
        feedback: 'AWS runs the plumbing; which subnets, security groups and public IP settings a task gets are your choices.',
      },
      { id: 'none', text: 'Nobody: Fargate tasks have no security groups', feedback: 'In awsvpc each task has its own ENI, and security groups attach to it.' },
    ],
    explanation: 'Network configuration (VPC, subnets, security groups, public IP) is yours on Fargate as on EC2.',
  },
  {
    id: 'sr-managed-node-groups',
    kind: 'scenario',
    scenario: 'AWS publishes a patched node image for an EKS managed node group that runs checkout pods.',
    prompt: 'What happens next?',
    section: 'the-wider-table',
    options: [
      { id: 'you-start', text: 'You start the update; EKS then drains and replaces the nodes', correct: true },
      {
        id: 'automatic',
        text: 'EKS updates the nodes automatically the same night',
        feedback: 'With managed node groups the update is shared: AWS publishes the image, you start the update.',
      },
      {
        id: 'rebuild-nodes',
        text: 'You must build a new AMI yourself and replace nodes by hand',
        feedback: 'Managed node groups take that work off you: EKS drains and replaces the nodes once you start the update.',
      },
    ],
    explanation: 'Host patching on EKS managed node groups is shared: AWS publishes patched AMIs, you start the update, EKS drains and replaces nodes.',
  },
  {
    id: 'sr-lambda-image-rebuild',
    kind: 'true-false',
    prompt: 'A Lambda function packaged as a container image picks up AWS\u2019s patched base image automatically.',
    section: 'the-wider-table',
    answer: false,
    why: 'AWS publishes patched base images, but an image-packaged function gets them only when you rebuild and redeploy.',
    wrongFeedback: 'Zip-packaged runtimes can be updated by AWS, which makes this easy to assume, but a container image is fixed until you rebuild it.',
    explanation: 'For container-image functions the image is yours: rebuild on the patched base image and redeploy.',
  },
  {
    id: 'sr-control-trade',
    kind: 'multiple',
    prompt: 'Which controls do you give up by moving a workload from ECS on EC2 to ECS on Fargate?',
    section: 'control-versus-operations',
    options: [
      { id: 'privileged', text: 'Privileged containers', correct: true },
      { id: 'gpu', text: 'GPUs', correct: true },
      { id: 'iam', text: 'Choosing the task\u2019s IAM roles', feedback: 'IAM configuration stays yours on Fargate; only host-level controls go away.' },
      { id: 'sg', text: 'Security groups for the task', feedback: 'Fargate tasks get their own ENI, so security groups are yours to set per task.' },
    ],
    explanation: 'privileged and gpu are invalid on Fargate and SYS_PTRACE is the only capability you can add; IAM and network configuration stay yours.',
  },
];
