/**
 * The launch-type chooser's decision engine: a pure, deterministic function from answers and data to a
 * ranking. Hard limits rule a target out (naming the answer and the limit); softer rules add or remove
 * points (with a reason); equal scores follow the data's tie-break order. When every target is ruled out,
 * the result names the smallest set of answers that conflict and the option nearest to fitting. Answers that the
 * data declares incompatible (privileged mode and "never see a server") are named whether or not something fits.
 */
import { normaliseAnswers } from './answers';
import type { Answers, ChooserData, Condition, ExcludeRule, Limit, ScoreRule, Target } from './types';

/** One answer a rule depends on; `negated` means "this box was not ticked". */
export type AnswerRef = { question: string; option: string; negated: boolean };

export type Exclusion = {
  ruleId: string;
  /** Completes "Ruled out: ...". */
  reason: string;
  answers: AnswerRef[];
  limit: Limit;
  /** Set when the rule rules out only one variant (e.g. EKS on Fargate). */
  variant?: string;
};

export type FitReason = {
  ruleId: string;
  text: string;
  weight: number;
  sources: string[];
  answers: AnswerRef[];
  variant?: string;
};

export type VariantOutcome = { id: string; excludedBy: Exclusion[]; score: number; reasons: FitReason[] };

export type FitLevel = 'strong' | 'good' | 'weak';

export type RankedTarget = {
  target: string;
  rank: number;
  score: number;
  fit: FitLevel;
  /** Reasons it fits (positive weight) first, then cautions (negative weight), each by weight. */
  reasons: FitReason[];
  /** The same reasons in the two groups the result shows: "Why it fits" and "Watch out" (weight 0 is in neither). */
  fits: FitReason[];
  cautions: FitReason[];
  /** For targets with variants: the variant to use, and what happened to each. */
  variants?: { chosen: string; outcomes: VariantOutcome[] };
  /** Other ranked targets with exactly the same score. */
  tiedWith: string[];
};

export type ExcludedTarget = {
  target: string;
  exclusions: Exclusion[];
  /** The score it would have without its exclusions (used to pick the nearest option). */
  score: number;
  reasons: FitReason[];
  variants?: { outcomes: VariantOutcome[] };
};

export type Conflict = {
  /** The fewest answers that, together, rule out every target. */
  answers: AnswerRef[];
  /** The target that the fewest answer changes would bring back, and those answers. */
  nearest: { target: string; change: AnswerRef[] } | null;
};

/** Answers the data declares incompatible (a `conflicts` entry whose conditions all hold), with the limits behind them. */
export type AnswerConflict = { id: string; reason: string; answers: AnswerRef[]; limits: Limit[] };

export type Ranking = {
  ranked: RankedTarget[];
  excluded: ExcludedTarget[];
  /** Set only when every target is ruled out. */
  conflict: Conflict | null;
  /** Declared conflicts among the answers, in the data's order; they can hold whether or not something still fits. */
  conflicts: AnswerConflict[];
  answered: string[];
  unanswered: string[];
  complete: boolean;
};

type Fired<R extends { when: Condition[] }> = { rule: R; answers: AnswerRef[] };

function conditionHolds(condition: Condition, answers: Answers): AnswerRef | null {
  const value = answers[condition.question];
  if ('is' in condition) return value === condition.is ? { question: condition.question, option: condition.is, negated: false } : null;
  if ('includes' in condition) {
    return Array.isArray(value) && value.includes(condition.includes) ? { question: condition.question, option: condition.includes, negated: false } : null;
  }
  return Array.isArray(value) && value.includes(condition.excludes) ? null : { question: condition.question, option: condition.excludes, negated: true };
}

function fire<R extends { when: Condition[] }>(rule: R, answers: Answers): Fired<R> | null {
  const refs: AnswerRef[] = [];
  for (const condition of rule.when) {
    const ref = conditionHolds(condition, answers);
    if (!ref) return null;
    refs.push(ref);
  }
  return { rule, answers: refs };
}

function splitRef(ref: string): { target: string; variant?: string } {
  const [target, variant] = ref.split('/');
  return variant ? { target, variant } : { target };
}

function limitOf(limits: Map<string, Limit>, id: string, owner: string): Limit {
  const limit = limits.get(id);
  if (!limit) throw new Error(`chooser data: "${owner}" names unknown limit "${id}"`);
  return limit;
}

function toExclusion({ rule, answers }: Fired<ExcludeRule>, limits: Map<string, Limit>, variant?: string): Exclusion {
  const limit = limitOf(limits, rule.limit, rule.id);
  return { ruleId: rule.id, reason: rule.reason, answers, limit, ...(variant ? { variant } : {}) };
}

function toReason({ rule, answers }: Fired<ScoreRule>, variant?: string): FitReason {
  return { ruleId: rule.id, text: rule.reason, weight: rule.weight, sources: rule.sources, answers, ...(variant ? { variant } : {}) };
}

const byWeight = (a: FitReason, b: FitReason) => b.weight - a.weight;

/** Splits reasons by the sign of their weight, keeping their order: what counts for a target and what against it. */
export function groupReasons(reasons: readonly FitReason[]): { fits: FitReason[]; cautions: FitReason[] } {
  return { fits: reasons.filter((reason) => reason.weight > 0), cautions: reasons.filter((reason) => reason.weight < 0) };
}
const sum = (reasons: FitReason[]) => reasons.reduce((total, reason) => total + reason.weight, 0);

/** Everything the rules say about one target, before ranking. */
type Assessment = {
  target: Target;
  exclusions: Exclusion[];
  reasons: FitReason[];
  variantOutcomes?: VariantOutcome[];
  /** Rule answer sets that exclude the whole target, and per variant (for the conflict search). */
  blocks: { target: AnswerRef[][]; variants: Record<string, AnswerRef[][]> };
};

function assess(target: Target, firedExcludes: Fired<ExcludeRule>[], firedScores: Fired<ScoreRule>[], limits: Map<string, Limit>): Assessment {
  const exclusions: Exclusion[] = [];
  const reasons: FitReason[] = [];
  const blocks: Assessment['blocks'] = { target: [], variants: {} };
  const variantExclusions = new Map<string, Exclusion[]>();
  const variantReasons = new Map<string, FitReason[]>();
  for (const variant of target.variants ?? []) {
    variantExclusions.set(variant.id, []);
    variantReasons.set(variant.id, []);
    blocks.variants[variant.id] = [];
  }
  for (const fired of firedExcludes) {
    for (const ref of fired.rule.targets.map(splitRef).filter((item) => item.target === target.id)) {
      if (ref.variant) {
        variantExclusions.get(ref.variant)?.push(toExclusion(fired, limits, ref.variant));
        blocks.variants[ref.variant]?.push(fired.answers);
      } else {
        exclusions.push(toExclusion(fired, limits));
        blocks.target.push(fired.answers);
      }
    }
  }
  for (const fired of firedScores) {
    for (const ref of fired.rule.targets.map(splitRef).filter((item) => item.target === target.id)) {
      if (ref.variant) variantReasons.get(ref.variant)?.push(toReason(fired, ref.variant));
      else reasons.push(toReason(fired));
    }
  }
  const variantOutcomes = target.variants?.map((variant) => {
    const variantOwn = (variantReasons.get(variant.id) ?? []).sort(byWeight);
    return { id: variant.id, excludedBy: variantExclusions.get(variant.id) ?? [], score: sum(variantOwn), reasons: variantOwn };
  });
  return { target, exclusions, reasons, variantOutcomes, blocks };
}

/** The variant to recommend: the best-scoring one still open (ties: the data's variant order). */
function bestVariant(outcomes: VariantOutcome[], openOnly: boolean): VariantOutcome | undefined {
  const pool = openOnly ? outcomes.filter((outcome) => outcome.excludedBy.length === 0) : outcomes;
  return pool.reduce<VariantOutcome | undefined>((best, outcome) => (!best || outcome.score > best.score ? outcome : best), undefined);
}

function fitLevel(score: number, levels: ChooserData['fitLevels']): FitLevel {
  if (score >= levels.strong) return 'strong';
  if (score >= levels.good) return 'good';
  return 'weak';
}

const refKey = (ref: AnswerRef) => `${ref.question}${ref.negated ? '!=' : '='}${ref.option}`;

/** Sorts answers into the order a learner met them: question order, then option order, "ticked" before "not ticked". */
function answerOrder(data: ChooserData): (ref: AnswerRef) => number {
  return (ref) => {
    const questionIndex = data.questions.findIndex((question) => question.id === ref.question);
    const optionIndex = data.questions[questionIndex]?.options.findIndex((option) => option.id === ref.option) ?? 0;
    return questionIndex * 100 + optionIndex * 2 + (ref.negated ? 1 : 0);
  };
}

/** Subsets of 0..n-1 of size k, in lexicographic order. */
function* combinations(n: number, k: number, start = 0, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === k) {
    yield prefix;
    return;
  }
  for (let index = start; index <= n - (k - prefix.length); index += 1) yield* combinations(n, k, index + 1, [...prefix, index]);
}

/**
 * The smallest set of items that satisfies `test`; among sets of that size, the one with the lowest `cost`,
 * then the lexicographically first (so the answer never depends on anything but the inputs).
 */
function smallestSet<T>(items: T[], test: (chosen: Set<T>) => boolean, cost: (chosen: T[]) => number = () => 0): T[] | null {
  for (let size = 0; size <= items.length; size += 1) {
    let best: T[] | null = null;
    for (const indexes of combinations(items.length, size)) {
      const chosen = indexes.map((index) => items[index]);
      if (test(new Set(chosen)) && (!best || cost(chosen) < cost(best))) best = chosen;
    }
    if (best) return best;
  }
  return null;
}

function findConflict(assessments: Assessment[], data: ChooserData, scoreOf: (id: string) => number, tieIndex: (id: string) => number): Conflict {
  // Only targets open to everyone can be suggested: a closed service is no way out of a conflict.
  const candidates = assessments.filter((item) => item.target.status === 'available').sort((a, b) => tieIndex(a.target.id) - tieIndex(b.target.id));
  const refs = new Map<string, AnswerRef>();
  for (const item of candidates) {
    for (const block of [...item.blocks.target, ...Object.values(item.blocks.variants).flat()]) for (const ref of block) refs.set(refKey(ref), ref);
  }
  const order = answerOrder(data);
  const keys = [...refs.values()].sort((a, b) => order(a) - order(b)).map(refKey);

  // Which answers, kept on their own, still rule every candidate out?
  const blockWithin = (block: AnswerRef[], kept: Set<string>) => block.every((ref) => kept.has(refKey(ref)));
  const excludedBy = (item: Assessment, kept: Set<string>) => {
    if (item.blocks.target.some((block) => blockWithin(block, kept))) return true;
    const variants = Object.values(item.blocks.variants);
    return variants.length > 0 && variants.every((blocks) => blocks.some((block) => blockWithin(block, kept)));
  };
  const conflicting = smallestSet(keys, (kept) => candidates.every((item) => excludedBy(item, kept))) ?? keys;

  // For each candidate: the fewest answers to change so that no rule rules it out any more.
  const blockBroken = (block: AnswerRef[], changed: Set<string>) => block.some((ref) => changed.has(refKey(ref)));
  const freedBy = (item: Assessment, changed: Set<string>) => {
    if (!item.blocks.target.every((block) => blockBroken(block, changed))) return false;
    const variants = Object.values(item.blocks.variants);
    return variants.length === 0 || variants.some((blocks) => blocks.every((block) => blockBroken(block, changed)));
  };
  // Nearest = fewest answers to change; then fewest of them workload requirements rather than team
  // preferences; then the better score; then the tie-break order (candidates are already in it).
  const preferences = new Set(data.questions.filter((question) => question.preference).map((question) => question.id));
  const requirementCount = (change: string[]) => change.filter((key) => !preferences.has(refs.get(key)!.question)).length;
  let nearest: { target: string; change: string[] } | null = null;
  for (const item of candidates) {
    const own = keys.filter((key) =>
      [...item.blocks.target, ...Object.values(item.blocks.variants).flat()].some((block) => block.some((ref) => refKey(ref) === key)),
    );
    const change = smallestSet(own, (changed) => freedBy(item, changed), requirementCount);
    if (!change) continue;
    const better =
      !nearest ||
      change.length - nearest.change.length ||
      requirementCount(change) - requirementCount(nearest.change) ||
      scoreOf(nearest.target) - scoreOf(item.target.id);
    if (better === true || (typeof better === 'number' && better < 0)) nearest = { target: item.target.id, change };
  }
  return {
    answers: conflicting.map((key) => refs.get(key)!),
    nearest: nearest ? { target: nearest.target, change: nearest.change.map((key) => refs.get(key)!) } : null,
  };
}

/**
 * Rank every target for a set of answers. Works on partial answers too (unanswered questions simply do not
 * trigger their rules, except `excludes` conditions, which hold until the box is ticked).
 */
export function rankTargets(rawAnswers: Answers, data: ChooserData): Ranking {
  const answers = normaliseAnswers(rawAnswers, data.questions);
  const limits = new Map(data.limits.map((limit) => [limit.id, limit]));
  const firedExcludes: Fired<ExcludeRule>[] = [];
  const firedScores: Fired<ScoreRule>[] = [];
  for (const rule of data.rules) {
    if (rule.effect === 'exclude') {
      const fired = fire(rule, answers);
      if (fired) firedExcludes.push(fired);
    } else {
      const fired = fire(rule, answers);
      if (fired) firedScores.push(fired);
    }
  }

  const tieIndex = (id: string) => {
    const index = data.tieBreak.order.indexOf(id);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  const assessments = data.targets.map((target) => assess(target, firedExcludes, firedScores, limits));

  const ranked: RankedTarget[] = [];
  const excluded: ExcludedTarget[] = [];
  const scores = new Map<string, number>();
  for (const item of assessments) {
    const outcomes = item.variantOutcomes;
    const open = outcomes ? bestVariant(outcomes, true) : undefined;
    const anyVariant = outcomes ? bestVariant(outcomes, false) : undefined;
    const ownScore = sum(item.reasons);
    const isExcluded = item.exclusions.length > 0 || (outcomes !== undefined && !open);
    const score = ownScore + ((isExcluded ? anyVariant : open)?.score ?? 0);
    scores.set(item.target.id, score);
    if (isExcluded) {
      const variantExclusions = item.exclusions.length > 0 ? [] : (outcomes ?? []).flatMap((outcome) => outcome.excludedBy);
      excluded.push({
        target: item.target.id,
        exclusions: [...item.exclusions, ...variantExclusions],
        score,
        reasons: [...item.reasons, ...(anyVariant?.reasons ?? [])].sort(byWeight),
        ...(outcomes ? { variants: { outcomes } } : {}),
      });
    } else {
      const reasons = [...item.reasons, ...(open?.reasons ?? [])].sort(byWeight);
      ranked.push({
        target: item.target.id,
        rank: 0,
        score,
        fit: fitLevel(score, data.fitLevels),
        reasons,
        ...groupReasons(reasons),
        ...(outcomes && open ? { variants: { chosen: open.id, outcomes } } : {}),
        tiedWith: [],
      });
    }
  }

  ranked.sort((a, b) => b.score - a.score || tieIndex(a.target) - tieIndex(b.target));
  ranked.forEach((item, index) => {
    item.rank = index + 1;
    item.tiedWith = ranked.filter((other) => other !== item && other.score === item.score).map((other) => other.target);
  });

  const answered = data.questions.filter((question) => question.id in answers).map((question) => question.id);
  const unanswered = data.questions.filter((question) => !(question.id in answers)).map((question) => question.id);
  const conflict = ranked.length === 0 ? findConflict(assessments, data, (id) => scores.get(id) ?? 0, tieIndex) : null;
  const conflicts = (data.conflicts ?? []).flatMap((declared) => {
    const fired = fire(declared, answers);
    return fired
      ? [{ id: declared.id, reason: declared.reason, answers: fired.answers, limits: declared.limits.map((id) => limitOf(limits, id, declared.id)) }]
      : [];
  });
  return { ranked, excluded, conflict, conflicts, answered, unanswered, complete: unanswered.length === 0 };
}
