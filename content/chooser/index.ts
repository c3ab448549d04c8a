/**
 * The launch-type chooser's data: targets, questions, limits and the rules that connect them.
 * One file per target (with the limits it owns) under targets/, and one per question (with the rules that
 * connect its answers to targets) under questions/; this index assembles them in order. Every number comes from
 * /work/shared/reference/aws-facts.md (sections A and C) and is shown with its source and "as of" month. Validated at build time by lib/chooser/schema.ts; the engine is lib/chooser/engine.ts.
 *
 * Rule of thumb for authors: an `exclude` rule is only for a documented hard limit (name it in `limits`);
 * anything softer is a `score` rule with a positive (fits) or negative (caution) weight.
 */
import type { ChooserInput } from '@/lib/chooser/types';
import { AS_OF } from './as-of';
import { sources } from './sources';
import { lambda, lambdaLimits } from './targets/lambda';
import { apprunner, apprunnerLimits } from './targets/apprunner';
import { beanstalk, beanstalkLimits } from './targets/beanstalk';
import { ecsFargate, ecsFargateLimits } from './targets/ecs-fargate';
import { ecsEc2, ecsEc2Limits } from './targets/ecs-ec2';
import { ecsManagedInstances, ecsManagedInstancesLimits } from './targets/ecs-managed-instances';
import { ecsExpress, ecsExpressLimits } from './targets/ecs-express';
import { eks, eksLimits } from './targets/eks';
import { workloadQuestion, workloadRules } from './questions/workload';
import { trafficQuestion, trafficRules } from './questions/traffic';
import { kubernetesQuestion, kubernetesRules } from './questions/kubernetes';
import { gpuQuestion, gpuRules } from './questions/gpu';
import { osQuestion, osRules } from './questions/os';
import { accessQuestion, accessRules } from './questions/access';
import { hostQuestion, hostRules } from './questions/host';
import { sizeQuestion, sizeRules } from './questions/size';
import { diskQuestion, diskRules } from './questions/disk';
import { monitoringQuestion, monitoringRules } from './questions/monitoring';
import { opsQuestion, opsRules } from './questions/ops';
import { costQuestion, costRules } from './questions/cost';
import { teamQuestion, teamRules, availabilityRules } from './questions/team';
import { answerConflicts } from './conflicts';

export const chooserContent: ChooserInput = {
  asOf: AS_OF,
  sources,
  limits: [
    ...lambdaLimits,
    ...apprunnerLimits,
    ...beanstalkLimits,
    ...ecsFargateLimits,
    ...ecsEc2Limits,
    ...ecsManagedInstancesLimits,
    ...ecsExpressLimits,
    ...eksLimits,
  ],
  questions: [
    workloadQuestion,
    trafficQuestion,
    kubernetesQuestion,
    gpuQuestion,
    osQuestion,
    accessQuestion,
    hostQuestion,
    sizeQuestion,
    diskQuestion,
    monitoringQuestion,
    opsQuestion,
    costQuestion,
    teamQuestion,
  ],
  targets: [lambda, apprunner, beanstalk, ecsFargate, ecsEc2, ecsManagedInstances, ecsExpress, eks],
  // Availability first, so it heads App Runner's list of reasons; then each question's rules in question order.
  rules: [
    ...availabilityRules,
    ...workloadRules,
    ...trafficRules,
    ...kubernetesRules,
    ...gpuRules,
    ...osRules,
    ...accessRules,
    ...hostRules,
    ...sizeRules,
    ...diskRules,
    ...monitoringRules,
    ...opsRules,
    ...costRules,
    ...teamRules,
  ],

  conflicts: answerConflicts,

  tieBreak: {
    // Least to operate first; Express Mode ahead of App Runner because AWS recommends it in App Runner's place.
    order: ['lambda', 'ecs-express', 'apprunner', 'ecs-fargate', 'beanstalk', 'ecs-managed-instances', 'ecs-ec2', 'eks'],
    reason: 'When two targets fit equally well, the one that leaves your team less to operate ranks first.',
  },

  fitLevels: { strong: 5, good: 1 },
};
