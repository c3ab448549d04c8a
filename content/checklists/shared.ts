/** Notes that several checklist items carry: dated updates, a caution and the challenges' names. */
export const GUARDDUTY_UPDATE = {
  date: '2023-11',
  text: 'Material from early 2023 says Fargate has no file or network monitoring and that GuardDuty does not cover ECS. In late November 2023 AWS announced GuardDuty ECS Runtime Monitoring, including Fargate.',
  source: 'guardduty-ecs-launch',
} as const;

export const MANAGED_SIGNING_UPDATE = {
  date: '2025-11-21',
  text: 'In 2023 signing images meant running your own signing tools in every pipeline. Since 21 November 2025 Amazon ECR offers managed signing: the registry signs your images for you.',
  source: 'ecr-doc-history',
} as const;

export const EXEC_READ_ONLY_CAUTION =
  'ECS Exec and `readonlyRootFilesystem` have clashed: support for the combination is a long-open request on the AWS containers roadmap. Check the current ECS Exec documentation and test the combination in staging before you rely on both.';

export const ROOT_CHALLENGE = {
  name: 'Root and elevated privileges',
  stillTrue: 'Guides from early 2023 say containers on Fargate can run as root and with elevated privileges. Root: yes. Elevated privileges: not on Fargate.',
};
export const IMAGE_CHALLENGE = {
  name: 'Unverified images',
  stillTrue: 'Guides from early 2023 say users cannot run unverified images on Fargate. That was misstated: Fargate runs any image the task can pull.',
};
