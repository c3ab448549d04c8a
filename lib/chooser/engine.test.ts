import { describe, expect, it } from 'vitest';
import { groupReasons, rankTargets, type FitReason, type Ranking } from './engine';
import { chooserCollection } from './schema';
import type { Answers, ChooserData } from './types';

const data = chooserCollection.get();

/** A complete answer set: the defaults describe a plain Linux web service, each workload overrides what differs. */
function answers(overrides: Answers): Answers {
  return {
    workload: 'web',
    traffic: 'steady',
    kubernetes: 'no',
    gpu: 'no',
    os: 'linux',
    access: [],
    host: 'none',
    size: 'small',
    disk: 'small',
    monitoring: 'no',
    ops: 'some',
    cost: 'no',
    team: [],
    ...overrides,
  };
}

const top = (ranking: Ranking) => ranking.ranked[0]?.target;
const excludedIds = (ranking: Ranking) => ranking.excluded.map((item) => item.target).sort();
const exclusionRules = (ranking: Ranking, target: string) =>
  ranking.excluded.find((item) => item.target === target)?.exclusions.map((exclusion) => exclusion.ruleId) ?? [];

type Workload = { name: string; answers: Answers; top: string; variant?: string; excluded: string[]; because?: Record<string, string[]> };

// Twelve-plus realistic workloads, each with the pick a careful engineer would make and the targets ruled out.
const WORKLOADS: Workload[] = [
  {
    name: 'an image-resize function triggered by S3 uploads',
    answers: answers({ workload: 'event', traffic: 'spiky', ops: 'zero' }),
    top: 'lambda',
    excluded: ['apprunner', 'ecs-ec2'],
    because: { 'ecs-ec2': ['zero-ops-not-ec2'], apprunner: ['app-runner-closed'] },
  },
  {
    name: 'a nightly data export that runs for 2 hours',
    answers: answers({ workload: 'batch', traffic: 'idle', size: 'medium' }),
    top: 'ecs-fargate',
    excluded: ['apprunner', 'lambda'],
    because: { lambda: ['batch-not-lambda', 'beyond-lambda-size'] },
  },
  {
    name: 'a team already running its services as Helm charts',
    answers: answers({ kubernetes: 'yes', team: ['kubernetes'] }),
    top: 'eks',
    excluded: ['apprunner', 'beanstalk', 'ecs-ec2', 'ecs-express', 'ecs-fargate', 'ecs-managed-instances', 'lambda'],
    because: { 'ecs-fargate': ['kubernetes-only-eks'], lambda: ['stays-up-not-lambda', 'kubernetes-only-eks'] },
  },
  {
    name: 'a GPU inference API on a chosen instance family',
    answers: answers({ gpu: 'yes', host: 'instance', size: 'medium' }),
    top: 'ecs-managed-instances',
    excluded: ['apprunner', 'ecs-express', 'ecs-fargate', 'lambda'],
    because: { 'ecs-fargate': ['gpu-not-fargate', 'instance-type-not-fargate'], 'ecs-express': ['gpu-not-express', 'instance-type-not-express'] },
  },
  {
    name: 'a Windows .NET Framework web application',
    answers: answers({ os: 'windows' }),
    top: 'ecs-fargate',
    excluded: ['apprunner', 'beanstalk', 'ecs-managed-instances', 'lambda'],
    because: { 'ecs-managed-instances': ['windows-not-managed-instances'], beanstalk: ['windows-not-beanstalk'] },
  },
  {
    name: 'a small internal CRUD app from a team with no ops staff',
    answers: answers({ traffic: 'idle', ops: 'zero' }),
    top: 'ecs-express',
    excluded: ['apprunner', 'ecs-ec2', 'lambda'],
    because: { lambda: ['stays-up-not-lambda'], 'ecs-ec2': ['zero-ops-not-ec2'] },
  },
  {
    name: 'a steady 24/7 high-throughput stream processor with a cost focus and a platform team',
    answers: answers({ workload: 'worker', size: 'medium', ops: 'full', cost: 'yes', team: ['ec2'] }),
    top: 'ecs-ec2',
    excluded: ['apprunner', 'lambda'],
  },
  {
    name: 'the same cost-focused service run by a team that would rather not patch hosts',
    answers: answers({ workload: 'worker', size: 'medium', cost: 'yes' }),
    top: 'ecs-managed-instances',
    excluded: ['apprunner', 'lambda'],
  },
  {
    name: 'a service that needs a host-level security agent, under runtime monitoring',
    answers: answers({ access: ['host-agent'], monitoring: 'yes', ops: 'full' }),
    top: 'ecs-ec2',
    variant: undefined,
    excluded: ['apprunner', 'ecs-express', 'ecs-fargate', 'ecs-managed-instances', 'lambda'],
    because: { 'ecs-fargate': ['host-agent-not-fargate'], 'ecs-managed-instances': ['monitoring-not-managed-instances'] },
  },
  {
    name: 'a web app from a team that already runs Elastic Beanstalk environments',
    answers: answers({ team: ['beanstalk'] }),
    top: 'beanstalk',
    excluded: ['apprunner', 'lambda'],
  },
  {
    name: 'a 40-minute GPU video transcoding job',
    answers: answers({ workload: 'batch', traffic: 'idle', gpu: 'yes', size: 'medium' }),
    top: 'ecs-managed-instances',
    excluded: ['apprunner', 'ecs-express', 'ecs-fargate', 'lambda'],
    because: { lambda: ['batch-not-lambda', 'gpu-not-lambda', 'beyond-lambda-size'] },
  },
  {
    name: 'orders-api: a spiky web API that security wants under runtime monitoring',
    answers: answers({ traffic: 'spiky', monitoring: 'yes', ops: 'zero' }),
    top: 'ecs-express',
    // EKS stays in: node groups need patching and EKS on Fargate is not watched, but Auto Mode is neither.
    excluded: ['apprunner', 'ecs-ec2', 'ecs-managed-instances', 'lambda'],
  },
  {
    name: 'a long-running queue consumer from an ECS team, under runtime monitoring',
    answers: answers({ workload: 'worker', monitoring: 'yes', team: ['ecs'] }),
    top: 'ecs-fargate',
    excluded: ['apprunner', 'ecs-managed-instances', 'lambda'],
  },
  {
    name: 'a CI runner that needs Docker-in-Docker and host networking',
    answers: answers({ workload: 'batch', traffic: 'spiky', access: ['privileged', 'host-network'], ops: 'full' }),
    top: 'ecs-ec2',
    excluded: ['apprunner', 'ecs-express', 'ecs-fargate', 'lambda'],
    because: { 'ecs-fargate': ['privileged-not-fargate', 'host-network-not-fargate'] },
  },
  {
    name: 'an in-memory analytics job bigger than any Fargate task',
    answers: answers({ workload: 'batch', traffic: 'idle', size: 'large', ops: 'zero' }),
    top: 'ecs-managed-instances',
    excluded: ['apprunner', 'ecs-ec2', 'ecs-express', 'ecs-fargate', 'lambda'],
    because: { 'ecs-fargate': ['beyond-fargate-size'], 'ecs-express': ['beyond-express-size'] },
  },
  {
    name: 'a webhook receiver that must scale to zero',
    answers: answers({ workload: 'event', traffic: 'zero', ops: 'zero', team: ['lambda'] }),
    top: 'lambda',
    excluded: ['apprunner', 'ecs-ec2'],
  },
];

describe('rankTargets on realistic workloads', () => {
  for (const workload of WORKLOADS) {
    it(`picks ${workload.top} for ${workload.name}`, () => {
      const ranking = rankTargets(workload.answers, data);
      expect(ranking.complete).toBe(true);
      expect(ranking.conflict).toBeNull();
      expect(top(ranking)).toBe(workload.top);
      expect(excludedIds(ranking)).toEqual([...workload.excluded].sort());
      for (const [target, rules] of Object.entries(workload.because ?? {})) expect(exclusionRules(ranking, target)).toEqual(rules);
    });
  }

  it('lets every target except App Runner come out on top for some workload', () => {
    const winners = new Set(WORKLOADS.map((workload) => top(rankTargets(workload.answers, data))));
    const available = data.targets.filter((target) => target.status === 'available').map((target) => target.id);
    expect([...winners].sort()).toEqual(available.sort());
    expect(winners.has('apprunner')).toBe(false);
  });

  it('never ranks App Runner for a team that does not already run on it', () => {
    for (const workload of WORKLOADS) {
      const ranking = rankTargets(workload.answers, data);
      expect(ranking.ranked.map((item) => item.target)).not.toContain('apprunner');
      expect(exclusionRules(ranking, 'apprunner')[0]).toBe('app-runner-closed');
    }
  });

  it('ranks App Runner for an existing customer, always with the "no new features" caution, behind Express Mode', () => {
    const ranking = rankTargets(answers({ ops: 'zero', team: ['apprunner'] }), data);
    const appRunner = ranking.ranked.find((item) => item.target === 'apprunner');
    expect(appRunner).toBeDefined();
    expect(appRunner!.reasons.map((reason) => reason.ruleId)).toContain('app-runner-no-new-features');
    expect(top(ranking)).toBe('ecs-express');
    expect(appRunner!.rank).toBeGreaterThan(1);
  });
});

describe('the review’s sizes (issue 28)', () => {
  it('a 120 GB pod on EKS: not on Fargate, which adds 256 MB per pod, but on EC2 nodes (Auto Mode or node groups)', () => {
    const ranking = rankTargets(answers({ kubernetes: 'yes', size: 'fargate-max' }), data);
    expect(top(ranking)).toBe('eks');
    const eks = ranking.ranked[0].variants!;
    expect(eks.chosen).toBe('auto');
    expect(eks.outcomes.find((outcome) => outcome.id === 'nodes')!.excludedBy).toEqual([]);
    const fargate = eks.outcomes.find((outcome) => outcome.id === 'fargate')!;
    expect(fargate.excludedBy.map((exclusion) => exclusion.ruleId)).toEqual(['fargate-max-eks-fargate']);
    // The same size still fits an ECS task on Fargate, whose largest size is 120 GB with no overhead.
    expect(excludedIds(rankTargets(answers({ size: 'fargate-max' }), data))).not.toContain('ecs-fargate');
  });

  it('more than 200 GiB of scratch disk: Fargate still fits, with an EBS volume that ECS attaches to each task', () => {
    const ranking = rankTargets(answers({ workload: 'batch', disk: 'large' }), data);
    expect(excludedIds(ranking)).not.toContain('ecs-fargate');
    expect(exclusionRules(ranking, 'lambda')).toContain('disk-far-beyond-lambda');
    const fargate = ranking.ranked.find((item) => item.target === 'ecs-fargate')!;
    expect(fargate.reasons.map((reason) => reason.ruleId)).toContain('disk-ebs-on-ecs');
  });

  it('up to 4 vCPU and 12 GB: App Runner’s ceiling, beyond Lambda’s', () => {
    const ranking = rankTargets(answers({ workload: 'event', size: 'app-runner-max', team: ['apprunner'] }), data);
    expect(exclusionRules(ranking, 'lambda')).toEqual(['app-runner-max-not-lambda']);
    expect(excludedIds(ranking)).not.toContain('apprunner');
  });
});

describe('fit reasons and exclusions', () => {
  it('names the answer and the limit, with its sources and date, for every exclusion', () => {
    for (const workload of WORKLOADS) {
      for (const item of rankTargets(workload.answers, data).excluded) {
        expect(item.exclusions.length).toBeGreaterThan(0);
        for (const exclusion of item.exclusions) {
          expect(exclusion.answers.length).toBeGreaterThan(0);
          expect(exclusion.reason.length).toBeGreaterThan(10);
          expect(exclusion.limit.sources.length).toBeGreaterThan(0);
          expect(exclusion.limit.asOf).toBe('2026-12');
        }
      }
    }
  });

  it('explains the GPU and run-time exclusions in the words of the issue', () => {
    const gpu = rankTargets(answers({ gpu: 'yes' }), data);
    const fargate = gpu.excluded.find((item) => item.target === 'ecs-fargate')!;
    expect(fargate.exclusions[0].reason).toBe('needs a GPU, and Fargate offers none');
    expect(fargate.exclusions[0].answers).toEqual([{ question: 'gpu', option: 'yes', negated: false }]);
    expect(fargate.exclusions[0].limit.id).toBe('fargate-no-gpu-privileged');

    const batch = rankTargets(answers({ workload: 'batch' }), data);
    const lambda = batch.excluded.find((item) => item.target === 'lambda')!;
    expect(lambda.exclusions[0].reason).toMatch(/15 minutes/);
    expect(lambda.exclusions[0].limit.text).toBe('Lambda runs one invocation for at most 15 minutes.');
  });

  it('orders reasons that fit before cautions', () => {
    const ranking = rankTargets(answers({ os: 'windows', cost: 'yes' }), data);
    const fargate = ranking.ranked.find((item) => item.target === 'ecs-fargate')!;
    const weights = fargate.reasons.map((reason) => reason.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(fargate.reasons.map((reason) => reason.ruleId)).toContain('cost-no-fargate-spot-windows');
  });

  it("returns each ranked target's reasons grouped: what fits, then what to watch out for", () => {
    const ranking = rankTargets(answers({ os: 'windows', cost: 'yes' }), data);
    for (const item of ranking.ranked) {
      expect(item.fits.every((reason) => reason.weight > 0)).toBe(true);
      expect(item.cautions.every((reason) => reason.weight < 0)).toBe(true);
      expect([...item.fits, ...item.cautions]).toEqual(item.reasons.filter((reason) => reason.weight !== 0));
    }
    const fargate = ranking.ranked.find((item) => item.target === 'ecs-fargate')!;
    expect(fargate.cautions.map((reason) => reason.ruleId)).toContain('cost-no-fargate-spot-windows');
  });

  it('groups reasons by the sign of their weight, in their order, leaving out the ones that weigh nothing', () => {
    const reason = (ruleId: string, weight: number): FitReason => ({ ruleId, text: ruleId, weight, sources: [], answers: [] });
    expect(groupReasons([reason('a', 2), reason('b', 0), reason('c', -1), reason('d', 1), reason('e', -3)])).toEqual({
      fits: [reason('a', 2), reason('d', 1)],
      cautions: [reason('c', -1), reason('e', -3)],
    });
    expect(groupReasons([])).toEqual({ fits: [], cautions: [] });
  });

  it('fires every rule in the data for answers that meet its conditions', () => {
    for (const rule of data.rules) {
      const given: Answers = {};
      for (const condition of rule.when) {
        if ('is' in condition) given[condition.question] = condition.is;
        else if ('includes' in condition) given[condition.question] = [...((given[condition.question] as string[]) ?? []), condition.includes];
        else given[condition.question] = [];
      }
      const ranking = rankTargets(given, data);
      for (const ref of rule.targets) {
        const [targetId, variantId] = ref.split('/');
        const entry = ranking.ranked.find((item) => item.target === targetId) ?? ranking.excluded.find((item) => item.target === targetId);
        const outcomes = entry?.variants?.outcomes ?? [];
        const seen = [
          ...(entry && 'exclusions' in entry ? entry.exclusions.map((exclusion) => exclusion.ruleId) : []),
          ...(entry?.reasons.map((reason) => reason.ruleId) ?? []),
          ...outcomes.flatMap((outcome) => [...outcome.excludedBy.map((exclusion) => exclusion.ruleId), ...outcome.reasons.map((reason) => reason.ruleId)]),
        ];
        expect(seen, `rule ${rule.id} on ${ref}`).toContain(rule.id);
        if (rule.effect === 'exclude' && !variantId)
          expect(
            ranking.excluded.map((item) => item.target),
            `rule ${rule.id}`,
          ).toContain(targetId);
      }
    }
  });

  it('gives fit levels from the data thresholds', () => {
    const ranking = rankTargets(answers({ workload: 'event', traffic: 'spiky', ops: 'zero' }), data);
    const levels = Object.fromEntries(ranking.ranked.map((item) => [item.target, item.fit]));
    expect(levels.lambda).toBe('strong');
    expect(levels['ecs-fargate']).toBe('good');
    expect(levels.eks).toBe('weak');
  });
});

describe('EKS capacity: managed node groups, Auto Mode or Fargate', () => {
  const eksOf = (overrides: Answers) => rankTargets(answers({ kubernetes: 'yes', ...overrides }), data).ranked.find((item) => item.target === 'eks')!;
  const variant = (eks: ReturnType<typeof eksOf>, id: string) => eks.variants!.outcomes.find((outcome) => outcome.id === id)!;

  it('recommends managed node groups for a GPU workload whose team runs its own hosts, saying why Fargate is out', () => {
    const eks = eksOf({ gpu: 'yes', ops: 'full' });
    expect(eks.variants?.chosen).toBe('nodes');
    expect(variant(eks, 'fargate').excludedBy.map((exclusion) => exclusion.ruleId)).toEqual(['gpu-not-eks-fargate']);
    expect(eks.reasons.map((reason) => reason.ruleId)).toContain('gpu-fits-eks-nodes');
  });

  it('recommends Auto Mode for a GPU workload when the team would rather not patch hosts', () => {
    const eks = eksOf({ gpu: 'yes', ops: 'some' });
    expect(eks.variants?.chosen).toBe('auto');
    expect(eks.reasons.map((reason) => reason.ruleId)).toEqual(expect.arrayContaining(['gpu-fits-eks-auto', 'some-ops-fits-eks-auto']));
    expect(variant(eks, 'fargate').excludedBy.map((exclusion) => exclusion.ruleId)).toEqual(['gpu-not-eks-fargate']);
  });

  it('recommends Auto Mode when nobody will patch nodes: AWS patches and replaces them, and Fargate stays open', () => {
    const eks = eksOf({ ops: 'zero' });
    expect(eks.variants?.chosen).toBe('auto');
    expect(eks.reasons.map((reason) => reason.ruleId)).toContain('zero-ops-fits-eks-auto');
    expect(variant(eks, 'nodes').excludedBy[0].ruleId).toBe('zero-ops-not-eks-nodes');
    expect(variant(eks, 'fargate').excludedBy).toEqual([]);
  });

  it('rules Auto Mode out for Windows containers and for an operating system of your own, keeping node groups', () => {
    const windows = eksOf({ os: 'windows' });
    expect(windows.variants?.chosen).toBe('nodes');
    expect(variant(windows, 'auto').excludedBy.map((exclusion) => [exclusion.ruleId, exclusion.limit.id])).toEqual([
      ['windows-not-eks-auto', 'eks-auto-linux'],
    ]);
    const ownOs = eksOf({ host: 'os', ops: 'full' });
    expect(ownOs.variants?.chosen).toBe('nodes');
    expect(variant(ownOs, 'auto').excludedBy.map((exclusion) => [exclusion.ruleId, exclusion.limit.id])).toEqual([
      ['own-os-not-eks-auto', 'eks-auto-patching'],
    ]);
  });

  it('prefers node groups to Auto Mode for host agents and privileged pods, without ruling Auto Mode out', () => {
    const eks = eksOf({ access: ['privileged', 'host-agent'] });
    expect(eks.variants?.chosen).toBe('nodes');
    const auto = variant(eks, 'auto');
    expect(auto.excludedBy).toEqual([]);
    expect(auto.reasons.map((reason) => reason.ruleId)).toEqual(expect.arrayContaining(['privileged-eks-auto', 'host-agent-eks-auto']));
  });

  it('rules EKS out only when every capacity option is out, listing each reason', () => {
    const ranking = rankTargets(answers({ gpu: 'yes', os: 'windows', ops: 'zero' }), data);
    const eks = ranking.excluded.find((item) => item.target === 'eks')!;
    expect(eks.exclusions.map((exclusion) => [exclusion.variant, exclusion.ruleId])).toEqual([
      ['nodes', 'zero-ops-not-eks-nodes'],
      ['auto', 'windows-not-eks-auto'],
      ['fargate', 'gpu-not-eks-fargate'],
      ['fargate', 'windows-not-eks-fargate'],
    ]);
  });
});

describe('ties', () => {
  it('breaks equal scores by the data order, and says who is tied', () => {
    const ranking = rankTargets({}, data);
    expect(ranking.ranked.map((item) => item.target)).toEqual(['lambda', 'ecs-express', 'ecs-fargate', 'beanstalk', 'ecs-managed-instances', 'ecs-ec2', 'eks']);
    expect(ranking.ranked[0].tiedWith).toEqual(['ecs-express', 'ecs-fargate', 'beanstalk', 'ecs-managed-instances', 'ecs-ec2', 'eks']);
  });

  it('puts Express Mode ahead of Fargate for an ECS team whose web API scores the same on both', () => {
    const ranking = rankTargets(answers({ monitoring: 'yes', cost: 'yes', team: ['ecs'] }), data);
    const [first, second] = ranking.ranked;
    expect([first.target, second.target]).toEqual(['ecs-express', 'ecs-fargate']);
    expect(first.score).toBe(second.score);
    expect(first.tiedWith).toEqual(['ecs-fargate']);
    expect(second.tiedWith).toEqual(['ecs-express']);
  });

  it('reports no tie when scores differ', () => {
    const ranking = rankTargets(answers({ workload: 'event', traffic: 'spiky', ops: 'zero' }), data);
    expect(ranking.ranked[0].tiedWith).toEqual([]);
  });
});

describe('when every target is ruled out', () => {
  // The December 2026 review's workloads (issue 28).
  it('Windows containers that GuardDuty Runtime Monitoring must watch: nothing fits, because its agent runs on Linux only', () => {
    const ranking = rankTargets(answers({ os: 'windows', monitoring: 'yes' }), data);
    expect(ranking.ranked).toEqual([]);
    expect(exclusionRules(ranking, 'ecs-ec2')).toEqual(['monitoring-not-windows-hosts']);
    expect(ranking.excluded.find((item) => item.target === 'ecs-ec2')!.exclusions[0].limit.id).toBe('guardduty-linux-agent');
    expect(exclusionRules(ranking, 'ecs-fargate')).toEqual(['monitoring-not-windows-fargate']);
    expect(ranking.conflict?.answers).toEqual([
      { question: 'os', option: 'windows', negated: false },
      { question: 'monitoring', option: 'yes', negated: false },
    ]);
  });

  it('names the conflicting answers and suggests the nearest option (Windows + GPU + no host patching)', () => {
    const ranking = rankTargets(answers({ os: 'windows', gpu: 'yes', ops: 'zero' }), data);
    expect(ranking.ranked).toEqual([]);
    expect(ranking.excluded).toHaveLength(data.targets.length);
    expect(ranking.conflict?.answers).toEqual([
      { question: 'gpu', option: 'yes', negated: false },
      { question: 'os', option: 'windows', negated: false },
      { question: 'ops', option: 'zero', negated: false },
    ]);
    // Changing the team preference (taking on host patching) brings ECS on EC2 back; a requirement stays.
    expect(ranking.conflict?.nearest).toEqual({ target: 'ecs-ec2', change: [{ question: 'ops', option: 'zero', negated: false }] });
  });

  it('Kubernetes, a GPU and zero operations no longer collide: EKS Auto Mode fits all three', () => {
    const ranking = rankTargets(answers({ kubernetes: 'yes', gpu: 'yes', ops: 'zero' }), data);
    expect(ranking.conflict).toBeNull();
    expect(top(ranking)).toBe('eks');
    expect(ranking.ranked[0].variants?.chosen).toBe('auto');
  });

  it('suggests EKS on node groups when Kubernetes, a GPU, Windows and zero operations collide', () => {
    const ranking = rankTargets(answers({ kubernetes: 'yes', gpu: 'yes', os: 'windows', ops: 'zero' }), data);
    expect(ranking.ranked).toEqual([]);
    expect(ranking.conflict?.nearest).toEqual({ target: 'eks', change: [{ question: 'ops', option: 'zero', negated: false }] });
  });

  it('suggests changing a requirement when no preference helps', () => {
    const ranking = rankTargets(answers({ kubernetes: 'yes', gpu: 'yes', os: 'windows', access: ['host-agent'], host: 'os', ops: 'zero' }), data);
    expect(ranking.ranked).toEqual([]);
    const nearest = ranking.conflict!.nearest!;
    expect(nearest.target).toBe('eks');
    expect(nearest.change.map((ref) => ref.question)).toEqual(['ops']);
  });

  it('never suggests a target that is closed to new customers', () => {
    const synthetic: ChooserData = {
      ...data,
      rules: [
        ...data.rules,
        {
          id: 'everything-out',
          effect: 'exclude',
          when: [{ question: 'gpu', is: 'yes' }],
          targets: data.targets.map((target) => target.id),
          reason: 'test',
          limit: 'lambda-timeout',
        },
      ],
    };
    const ranking = rankTargets(answers({ gpu: 'yes', team: ['apprunner'] }), synthetic);
    expect(ranking.ranked).toEqual([]);
    expect(ranking.conflict?.nearest?.target).not.toBe('apprunner');
    expect(ranking.conflict?.answers).toEqual([{ question: 'gpu', option: 'yes', negated: false }]);
  });
});

describe('determinism and robustness', () => {
  it('returns the same ranking for the same answers, whatever their key order', () => {
    const given = answers({ workload: 'worker', cost: 'yes', team: ['ecs', 'ec2'] });
    const reversed = Object.fromEntries(Object.entries(given).reverse());
    expect(rankTargets(reversed, data)).toEqual(rankTargets(given, data));
    expect(rankTargets(given, data)).toEqual(rankTargets(given, data));
  });

  it('ignores unknown questions and options instead of failing', () => {
    const ranking = rankTargets({ ...answers({}), gpu: 'maybe', colour: 'blue', access: ['root', 'privileged'] } as Answers, data);
    expect(ranking.unanswered).toEqual(['gpu']);
    expect(ranking.complete).toBe(false);
    expect(exclusionRules(ranking, 'ecs-fargate')).toEqual(['privileged-not-fargate']);
  });

  it('ranks partial answers and lists what is still open', () => {
    const ranking = rankTargets({ workload: 'batch' }, data);
    expect(ranking.answered).toEqual(['workload']);
    expect(ranking.unanswered).toHaveLength(data.questions.length - 1);
    expect(top(ranking)).toBe('ecs-fargate');
  });

  // The corrected rules of issue 13 (facts sheet D2, D4, D6, D12).
  const eksVariant = (ranking: Ranking, variant: string) =>
    (ranking.ranked.find((item) => item.target === 'eks') ?? ranking.excluded.find((item) => item.target === 'eks'))?.variants?.outcomes.find(
      (outcome) => outcome.id === variant,
    );
  const chosenVariant = (ranking: Ranking) => ranking.ranked[0]?.variants?.chosen;

  it('does not rule out EKS managed node groups for Windows containers, only EKS on Fargate', () => {
    const ranking = rankTargets(answers({ os: 'windows', kubernetes: 'yes' }), data);
    expect(excludedIds(ranking)).not.toContain('eks');
    expect(top(ranking)).toBe('eks');
    expect(chosenVariant(ranking)).toBe('nodes');
    expect(eksVariant(ranking, 'fargate')?.excludedBy.map((e) => e.ruleId)).toEqual(['windows-not-eks-fargate']);
  });

  it('does not recommend Fargate for Windows containers that GuardDuty Runtime Monitoring must watch', () => {
    const ranking = rankTargets(answers({ os: 'windows', monitoring: 'yes' }), data);
    expect(top(ranking)).not.toBe('ecs-fargate');
    expect(exclusionRules(ranking, 'ecs-fargate')).toContain('monitoring-not-windows-fargate');
    expect(exclusionRules(ranking, 'ecs-express')).toContain('monitoring-not-windows-fargate');
    // Linux tasks on Fargate are still covered.
    expect(excludedIds(rankTargets(answers({ monitoring: 'yes' }), data))).not.toContain('ecs-fargate');
  });

  it('rules App Runner out for a 6 vCPU task: its 4 vCPU / 12 GB ceiling is a hard limit, not a penalty', () => {
    const ranking = rankTargets(answers({ size: 'medium', team: ['apprunner'] }), data);
    expect(exclusionRules(ranking, 'apprunner')).toEqual(['medium-app-runner']);
    expect(ranking.excluded.find((item) => item.target === 'apprunner')?.exclusions[0].limit.id).toBe('app-runner-instance');
  });

  it('accepts a 16 vCPU / 64 GB pod on EKS on Fargate, and rules it out only beyond 16 vCPU / 120 GB', () => {
    const medium = rankTargets(answers({ kubernetes: 'yes', size: 'medium', ops: 'zero' }), data);
    expect(top(medium)).toBe('eks');
    expect(eksVariant(medium, 'fargate')?.excludedBy).toEqual([]);
    const large = rankTargets(answers({ kubernetes: 'yes', size: 'large' }), data);
    expect(eksVariant(large, 'fargate')?.excludedBy.map((e) => e.ruleId)).toEqual(['large-eks-fargate']);
    expect(data.limits.find((limit) => limit.id === 'eks-fargate-size')?.text).toMatch(/16 vCPU and 120 GB/);
  });
});

describe('answers the data declares in conflict', () => {
  const ref = (question: string, option: string) => ({ question, option, negated: false });

  it('names privileged mode and “never see a server” although a target still scores (the issue-30 example)', () => {
    const ranking = rankTargets(answers({ workload: 'event', access: ['privileged'], host: 'none' }), data);
    expect(ranking.ranked.length).toBeGreaterThan(0);
    expect(ranking.conflicts.map(({ id, answers: refs }) => ({ id, refs }))).toEqual([
      { id: 'privileged-without-a-server', refs: [ref('access', 'privileged'), ref('host', 'none')] },
    ]);
    expect(ranking.conflicts[0].limits.map((limit) => limit.id)).toEqual(['fargate-no-gpu-privileged', 'ec2-privileged']);
  });

  it('lists every declared conflict that holds, in the data’s order, also when nothing fits', () => {
    const ranking = rankTargets(answers({ access: ['privileged', 'host-agent'], host: 'none' }), data);
    expect(ranking.conflicts.map((conflict) => conflict.id)).toEqual(['privileged-without-a-server', 'host-agent-without-a-server']);
    const nothingFits = rankTargets(answers({ os: 'windows', gpu: 'yes', host: 'os', ops: 'zero' }), data);
    expect(nothingFits.ranked).toEqual([]);
    expect(nothingFits.conflicts.map((conflict) => conflict.id)).toEqual(['own-os-without-patching']);
  });

  it('finds none when one side is missing or unanswered', () => {
    expect(rankTargets(answers({ access: ['privileged'], host: 'instance' }), data).conflicts).toEqual([]);
    expect(rankTargets({ access: ['privileged'] }, data).conflicts).toEqual([]);
    expect(rankTargets(answers({ host: 'none' }), data).conflicts).toEqual([]);
  });

  it('works from the data alone: a declared conflict needs no content of its own', () => {
    const synthetic: ChooserData = {
      ...data,
      conflicts: [
        {
          id: 'gpu-and-lambda-team',
          when: [
            { question: 'gpu', is: 'yes' },
            { question: 'team', includes: 'lambda' },
          ],
          reason: 'test',
          limits: ['lambda-timeout'],
        },
      ],
    };
    expect(rankTargets(answers({ gpu: 'yes', team: ['lambda'] }), synthetic).conflicts).toEqual([
      {
        id: 'gpu-and-lambda-team',
        reason: 'test',
        answers: [ref('gpu', 'yes'), ref('team', 'lambda')],
        limits: [data.limits.find((limit) => limit.id === 'lambda-timeout')],
      },
    ]);
    expect(rankTargets(answers({ gpu: 'yes' }), { ...data, conflicts: undefined }).conflicts).toEqual([]);
  });
});
