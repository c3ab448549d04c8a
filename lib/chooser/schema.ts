/**
 * The chooser collection: content/chooser/ (index.ts assembles one file per target and per question), its shape (zod, which is also its type: lib/chooser/types.ts derives
 * the engine's types from it), then the cross-references a schema cannot see (a rule naming a missing option, a
 * limit without a source...). Each problem is one line naming the file, the field and what was expected.
 */
import 'server-only';
import { z } from 'zod';
import { chooserContent } from '@/content/chooser';
import { defineCollection } from '../content/collection';
import { FACT_SHEET_URLS } from '../content/fact-sources';
import { httpsUrl, kebabId, repeatedIds, text } from '../content/fields';
import type { ChooserData, Condition } from './types';

export const CHOOSER_FILE = 'content/chooser';

const slug = kebabId;
const month = z.string({ error: 'expected a month as YYYY-MM' }).regex(/^20\d\d-(0[1-9]|1[0-2])$/, { error: 'expected a month as YYYY-MM' });
const ids = (what: string) => z.array(slug(what), { error: `expected a list of ${what}s` });

const sourceSchema = z.strictObject({
  id: slug('a source id'),
  title: text('a source title'),
  url: httpsUrl(),
});

/** A hard limit (a number or a capability) with the AWS pages it comes from and the month it was checked. */
const limitSchema = z.strictObject({
  id: slug('a limit id'),
  /** One or two sentences, for example "Lambda runs one invocation for at most 15 minutes." */
  text: text('the limit, in a sentence'),
  sources: ids('source id').min(1, { error: 'expected at least one source for every limit' }),
  /** The month the limit was last checked, as YYYY-MM: shown as "as of November 2026". */
  asOf: month,
});

const optionSchema = z.strictObject({
  /** Appears in the URL: lower-case letters, digits and dashes. */
  id: slug('an option id'),
  /** Short, also used in the answer summary. */
  label: text('an option label'),
  description: text('a description').optional(),
});

const questionSchema = z.strictObject({
  /** Appears in the URL as the query key. */
  id: slug('a question id'),
  /** single = radio buttons, one answer; multi = checkboxes, any number of answers including none. */
  kind: z.enum(['single', 'multi'], { error: 'expected "single" (radio buttons) or "multi" (checkboxes)' }),
  /** A few words for summaries ("Workload", "GPU"). */
  short: text('a short name'),
  /** The question itself, used as the fieldset legend. */
  prompt: text('the question'),
  hint: text('a hint').optional(),
  /** Why the answer matters, in a sentence or two. */
  whyWeAsk: text('a "why we ask" note', { min: 40 }),
  /** The pages behind any number or limit mentioned in the question. */
  sources: ids('source id'),
  /**
   * True when the answer is a team preference (how much to operate, cost focus) rather than a property of the
   * workload: when every target is ruled out, the suggested way out changes preferences before requirements.
   */
  preference: z.boolean({ error: 'expected true or false' }).optional(),
  options: z.array(optionSchema, { error: 'expected a list of options' }).min(2, { error: 'expected at least two options' }),
});

const variantSchema = z.strictObject({ id: slug('a variant id'), name: text('a variant name'), summary: text('a variant summary') });

const targetSchema = z.strictObject({
  id: slug('a target id'),
  name: text('a target name'),
  shortName: text('a short name'),
  status: z.enum(['available', 'existing-customers-only'], { error: 'expected "available" or "existing-customers-only"' }),
  /** Required unless the target is available to everyone: shown wherever the target appears. */
  statusNote: text('a status note').optional(),
  summary: text('a one-sentence summary'),
  /** What AWS runs for you. */
  awsManages: z.array(text('an item'), { error: 'expected a list' }).min(1, { error: 'expected at least one thing AWS manages' }),
  /** What stays with your team. */
  youManage: z.array(text('an item'), { error: 'expected a list' }).min(1, { error: 'expected at least one thing you manage' }),
  costModel: text('the cost model'),
  /** Limits shown in the comparison table. */
  limits: ids('limit id').min(1, { error: 'expected at least one limit' }),
  sources: ids('source id').min(1, { error: 'expected at least one source' }),
  variants: z.array(variantSchema, { error: 'expected a list of variants' }).min(2, { error: 'expected at least two variants, or none' }).optional(),
});

/**
 * One clause of a rule's `when` (all clauses must hold).
 * `is` matches a single-choice answer, `includes` a ticked checkbox, and `excludes` holds when the box is not
 * ticked, including when the question has not been answered yet.
 */
const conditionSchema = z.union(
  [
    z.strictObject({ question: slug('a question id'), is: slug('an option id') }),
    z.strictObject({ question: slug('a question id'), includes: slug('an option id') }),
    z.strictObject({ question: slug('a question id'), excludes: slug('an option id') }),
  ],
  { error: 'expected { question, is } for a single-choice answer, or { question, includes | excludes } for a checkbox' },
);

/**
 * A target reference in a rule: "eks" for the whole target or "eks/fargate" for one variant.
 * A target with variants is ruled out when every variant is (or when a rule names the whole target).
 */
const targetRef = z.string({ error: 'expected a target id' }).regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/, { error: 'expected "target" or "target/variant"' });
const when = z.array(conditionSchema, { error: 'expected a list of conditions' }).min(1, { error: 'expected at least one condition' });
const ruleTargets = z.array(targetRef, { error: 'expected a list of targets' }).min(1, { error: 'expected at least one target' });

const ruleSchema = z.discriminatedUnion(
  'effect',
  [
    // Rules a target out: the reason names the answer, the limit names the hard fact and its source.
    z.strictObject({
      id: slug('a rule id'),
      effect: z.literal('exclude'),
      when,
      targets: ruleTargets,
      /** Completes "Ruled out: ...", e.g. "needs a GPU, and Fargate offers none". */
      reason: text('the reason, completing "Ruled out: ..."'),
      limit: slug('a limit id'),
    }),
    // Makes a target a better (positive weight) or worse (negative weight) fit, with the reason shown.
    z.strictObject({
      id: slug('a rule id'),
      effect: z.literal('score'),
      when,
      targets: ruleTargets,
      weight: z
        .number({ error: 'expected a whole number from -5 to 5, not 0' })
        .int({ error: 'expected a whole number from -5 to 5, not 0' })
        .min(-5, { error: 'expected a weight of at least -5' })
        .max(5, { error: 'expected a weight of at most 5' })
        .refine((value) => value !== 0, { error: 'expected a non-zero weight (a rule that changes nothing should not exist)' }),
      reason: text('the reason, as a sentence'),
      sources: ids('source id').min(1, { error: 'expected at least one source for every reason' }),
    }),
  ],
  { error: 'expected a rule with effect "exclude" (a hard limit) or "score" (a weighted reason)' },
);

/**
 * Answers that cannot all be met, whatever the targets' scores: privileged mode needs a host in your account, and
 * "None" says you never want to see one. The result names them and the limits behind them.
 */
const conflictSchema = z.strictObject({
  id: slug('a conflict id'),
  when: z
    .array(conditionSchema, { error: 'expected a list of conditions' })
    .min(2, { error: 'expected at least two conditions (one answer cannot conflict with itself)' }),
  /** Why the answers cannot all be met, as a sentence. */
  reason: text('the reason, as a sentence'),
  limits: ids('limit id').min(1, { error: 'expected at least one limit behind the conflict' }),
});

export const chooserDataSchema = z.strictObject({
  /** When the data as a whole was last checked, as YYYY-MM. */
  asOf: month,
  sources: z.array(sourceSchema, { error: 'expected a list of sources' }).min(1),
  limits: z.array(limitSchema, { error: 'expected a list of limits' }).min(1),
  questions: z.array(questionSchema, { error: 'expected a list of questions' }).min(1),
  targets: z.array(targetSchema, { error: 'expected a list of targets' }).min(2),
  rules: z.array(ruleSchema, { error: 'expected a list of rules' }).min(1),
  conflicts: z.array(conflictSchema, { error: 'expected a list of conflicts' }).optional(),
  /** Equal scores are ordered by this list; the reason is shown next to a tie. */
  tieBreak: z.strictObject({ order: ids('target id'), reason: text('the tie-break reason') }),
  /** Score thresholds for the fit labels: at least `strong` is a strong fit, at least `good` a good fit, below is weak. */
  fitLevels: z
    .strictObject({ strong: z.number({ error: 'expected a number' }).int(), good: z.number({ error: 'expected a number' }).int() })
    .refine((levels) => levels.strong > levels.good, { error: 'expected "strong" to be above "good"' }),
});

/** The checks a schema cannot express: ids unique and resolvable, every source used, complete tie-break order. */
export function crossCheck(data: ChooserData, file: string = CHOOSER_FILE): string[] {
  const problems: string[] = [];
  const at = (field: string, message: string) => problems.push(`${file}: field "${field}": ${message}`);
  const unique = (list: { id: string }[], field: string) => {
    for (const { id, index } of repeatedIds(list.map((item) => item.id))) at(`${field}[${index}].id`, `expected a unique id, but "${id}" is used twice`);
  };
  unique(data.sources, 'sources');
  unique(data.limits, 'limits');
  unique(data.questions, 'questions');
  unique(data.targets, 'targets');
  unique(data.rules, 'rules');

  const sourceIds = new Set(data.sources.map((source) => source.id));
  const limitIds = new Set(data.limits.map((limit) => limit.id));
  const used = new Set<string>();
  const checkSources = (list: string[], field: string) =>
    list.forEach((id, index) => {
      used.add(id);
      if (!sourceIds.has(id)) at(`${field}[${index}]`, `expected a source id from "sources", got "${id}"`);
    });

  data.limits.forEach((limit, index) => checkSources(limit.sources, `limits[${index}].sources`));
  data.questions.forEach((question, index) => {
    unique(question.options, `questions[${index}].options`);
    checkSources(question.sources, `questions[${index}].sources`);
    if (question.kind === 'multi' && question.options.some((option) => option.id === 'none')) {
      at(`questions[${index}].options`, 'expected no option with id "none" in a checkbox question (the URL uses it for "none ticked")');
    }
  });
  const targetsById = new Map(data.targets.map((target) => [target.id, target]));
  data.targets.forEach((target, index) => {
    checkSources(target.sources, `targets[${index}].sources`);
    target.limits.forEach((id, limitIndex) => {
      if (!limitIds.has(id)) at(`targets[${index}].limits[${limitIndex}]`, `expected a limit id from "limits", got "${id}"`);
    });
    if (target.variants) unique(target.variants, `targets[${index}].variants`);
    if (target.status !== 'available' && !target.statusNote)
      at(`targets[${index}].statusNote`, `expected a status note, because "${target.id}" is not available to everyone`);
  });

  const questionsById = new Map(data.questions.map((question) => [question.id, question]));
  const usedLimits = new Set(data.targets.flatMap((target) => target.limits));
  const checkConditions = (conditions: Condition[], at0: string) =>
    conditions.forEach((condition, conditionIndex) => {
      const field = `${at0}.when[${conditionIndex}]`;
      const question = questionsById.get(condition.question);
      if (!question) {
        at(`${field}.question`, `expected a question id (${[...questionsById.keys()].join(', ')}), got "${condition.question}"`);
        return;
      }
      const [key, option] =
        'is' in condition ? ['is', condition.is] : 'includes' in condition ? ['includes', condition.includes] : ['excludes', condition.excludes];
      if (key === 'is' && question.kind !== 'single') at(`${field}.is`, `expected "includes" or "excludes", because "${question.id}" is a checkbox question`);
      if (key !== 'is' && question.kind !== 'multi') at(`${field}.${key}`, `expected "is", because "${question.id}" is a single-choice question`);
      if (!question.options.some((candidate) => candidate.id === option)) {
        at(`${field}.${key}`, `expected an option of "${question.id}" (${question.options.map((candidate) => candidate.id).join(', ')}), got "${option}"`);
      }
    });
  unique(data.conflicts ?? [], 'conflicts');
  (data.conflicts ?? []).forEach((conflict, index) => {
    checkConditions(conflict.when, `conflicts[${index}]`);
    conflict.limits.forEach((id, limitIndex) => {
      usedLimits.add(id);
      if (!limitIds.has(id)) at(`conflicts[${index}].limits[${limitIndex}]`, `expected a limit id from "limits", got "${id}"`);
    });
  });
  data.rules.forEach((rule, index) => {
    checkConditions(rule.when, `rules[${index}]`);
    rule.targets.forEach((ref, refIndex) => {
      const [targetId, variantId] = ref.split('/');
      const target = targetsById.get(targetId);
      if (!target) at(`rules[${index}].targets[${refIndex}]`, `expected a target id (${[...targetsById.keys()].join(', ')}), got "${targetId}"`);
      else if (variantId && !target.variants?.some((variant) => variant.id === variantId)) {
        at(
          `rules[${index}].targets[${refIndex}]`,
          `expected a variant of "${targetId}" (${(target.variants ?? []).map((variant) => variant.id).join(', ') || 'it has none'}), got "${variantId}"`,
        );
      }
    });
    if (rule.effect === 'exclude') {
      usedLimits.add(rule.limit);
      if (!limitIds.has(rule.limit)) at(`rules[${index}].limit`, `expected a limit id from "limits", got "${rule.limit}"`);
    } else {
      checkSources(rule.sources, `rules[${index}].sources`);
    }
  });

  data.sources.forEach((source, index) => {
    if (!used.has(source.id)) at(`sources[${index}]`, `source "${source.id}" is never cited: cite it or remove it`);
  });
  const urlOf = new Map(data.sources.map((source) => [source.id, source.url]));
  data.limits.forEach((limit, index) => {
    if (!usedLimits.has(limit.id)) at(`limits[${index}]`, `limit "${limit.id}" is never shown: name it in a rule or a target, or remove it`);
    // A limit is a hard fact (every exclusion names one), so it must rest on a page the AWS facts sheet verified.
    if (!limit.sources.some((id) => FACT_SHEET_URLS.has(urlOf.get(id) ?? ''))) {
      at(`limits[${index}].sources`, `limit "${limit.id}" cites no page from the AWS facts sheet: cite the sheet's source for this fact`);
    }
  });

  const order = data.tieBreak.order;
  const missing = data.targets.filter((target) => !order.includes(target.id)).map((target) => target.id);
  const extra = order.filter((id) => !targetsById.has(id));
  if (missing.length || extra.length || new Set(order).size !== order.length) {
    at(
      'tieBreak.order',
      `expected every target id exactly once${missing.length ? `; missing ${missing.join(', ')}` : ''}${extra.length ? `; unknown ${extra.join(', ')}` : ''}`,
    );
  }

  return problems;
}

export const chooserCollection = defineCollection({
  name: 'the chooser data',
  file: CHOOSER_FILE,
  load: () => chooserContent,
  schema: chooserDataSchema,
  crossCheck,
});
