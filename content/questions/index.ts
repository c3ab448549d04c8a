/**
 * The question bank: one file per lesson, named after the lesson's slug. Ids are stored in browsers and export
 * files, so an id is never reused: when a question is removed, add its id to RETIRED_QUESTION_IDS.
 */
import { questions as containerOptions } from './container-options';
import { questions as launchTypes } from './launch-types';
import { questions as sharedResponsibility } from './shared-responsibility';
import { questions as fargateSecurity } from './fargate-security';
import { questions as controlPlane } from './ecs-security-control-plane';
import { questions as application } from './ecs-security-application';
import { questions as deploymentTargets } from './deployment-targets';

export const questionsByLesson: Record<string, unknown> = {
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
