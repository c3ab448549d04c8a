/**
 * The question bank: each lesson's folder holds its questions (content/lessons/<slug>/questions.ts). Keyed by the
 * course's slugs (./course.ts): a lesson missing here, or a key that is not a lesson, fails the typecheck. Ids are
 * stored in browsers and export files, so an id is never reused: when a question is removed, add its id to
 * RETIRED_QUESTION_IDS.
 */
import type { LessonSlug } from '@/lib/course';
import type { QuestionInput } from '@/lib/questions/schema';
import { questions as containerOptions } from './container-options/questions';
import { questions as launchTypes } from './launch-types/questions';
import { questions as sharedResponsibility } from './shared-responsibility/questions';
import { questions as fargateSecurity } from './fargate-security/questions';
import { questions as controlPlane } from './ecs-security-control-plane/questions';
import { questions as application } from './ecs-security-application/questions';
import { questions as deploymentTargets } from './deployment-targets/questions';

export const questionsByLesson: Record<LessonSlug, QuestionInput[]> = {
  'container-options': containerOptions,
  'launch-types': launchTypes,
  'shared-responsibility': sharedResponsibility,
  'fargate-security': fargateSecurity,
  'ecs-security-control-plane': controlPlane,
  'ecs-security-application': application,
  'deployment-targets': deploymentTargets,
};

// lt-cluster-setup-order: its steps had more than one valid order (issue 28).
export const RETIRED_QUESTION_IDS: string[] = ['lt-cluster-setup-order'];
