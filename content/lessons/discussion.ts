/**
 * Discussion prompts for instructors, per lesson: shown on /teach/answer-keys/<slug> beside the answer key, never on
 * a student page. Keyed by the course's slugs (./course.ts): a lesson missing here fails the typecheck.
 */
import type { LessonSlug } from '@/lib/course';

export const discussionByLesson: Record<LessonSlug, readonly string[]> = {
  'container-options': [
    'A team runs one small web service and has no one on call at night. Which of the ways to run containers would you argue for, and what would change your mind?',
    'ECS, EKS and Lambda (from a container image) can all run the same image. What does each one ask the team to own that the others do not?',
  ],
  'launch-types': [
    'Why might AWS recommend capacity provider strategies over naming a launch type? What does a strategy let you express that a launch type cannot?',
    'A batch job can be interrupted but a web API cannot. Sketch a capacity provider strategy for each and explain the base and weight you chose.',
  ],
  'shared-responsibility': [
    'Pick one layer that moves from "you manage" on EC2 to "AWS manages" on Fargate. What work disappears for the team, and what new limits come with it?',
    'Which responsibilities stay with you on every launch type? Why can no service take them over?',
  ],
  'fargate-security': [
    'Fargate gives each task its own kernel. Which attacks does that isolation stop, and which ones still depend on how you build the image and the task definition?',
    'Without access to the host, how would you investigate a suspicious task on Fargate? What would you want to have set up before it happens?',
  ],
  'ecs-security-control-plane': [
    'Who in your organisation should be able to change a task definition, and who should only be able to run one? How would you express that with IAM?',
    'Compare the task role and the task execution role: what goes wrong if a team uses one role for both?',
  ],
  'ecs-security-application': [
    'Where should a database password live for a container on ECS, and how does it reach the application without appearing in the task definition?',
    'Which of the checklist items would you enforce automatically in a pipeline, and which need a person to review them?',
  ],
  'deployment-targets': [
    'Two teams reach different answers in the launch-type chooser for similar workloads. Which answers made the difference, and are both choices defensible?',
    'When is Kubernetes on EKS worth its extra moving parts compared with ECS? Give one situation each way.',
  ],
};
