/**
 * Build-time validation of content/chooser.ts: the shape (zod), then the cross-references the type system
 * cannot see (a rule naming a missing option, a limit without a source...). Server and scripts only: zod never
 * reaches the browser. Each problem is one line naming the file, the field and what was expected.
 */
import { HEDGE, PLACEHOLDER } from '../content/check';
import { FACT_SHEET_URLS } from '../content/fact-sources';
import { z } from 'zod';
import { ContentError } from '../content/lessons';
import { formatIssues } from '../content/frontmatter';
import type { ChooserData, Condition } from './types';

export const CHOOSER_FILE = 'content/chooser.ts';

const text = (what: string) => z.string({ error: `expected ${what} as text` }).trim().min(1, { error: `expected ${what}, got an empty string` });
const slug = (what: string) =>
  z.string({ error: `expected ${what}` }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: `expected ${what} in lower-case kebab-case` });
const month = z.string({ error: 'expected a month as YYYY-MM' }).regex(/^20\d\d-(0[1-9]|1[0-2])$/, { error: 'expected a month as YYYY-MM' });
const ids = (what: string) => z.array(slug(what), { error: `expected a list of ${what}s` });

const sourceSchema = z.strictObject({
  id: slug('a source id'),
  title: text('a source title'),
  url: z.url({ protocol: /^https$/, error: 'expected an https:// URL' }),
});

const limitSchema = z.strictObject({
  id: slug('a limit id'),
  text: text('the limit, in a sentence'),
  sources: ids('source id').min(1, { error: 'expected at least one source for every limit' }),
  asOf: month,
});

const optionSchema = z.strictObject({
  id: slug('an option id'),
  label: text('an option label'),
  description: text('a description').optional(),
});

const questionSchema = z.strictObject({
  id: slug('a question id'),
  kind: z.enum(['single', 'multi'], { error: 'expected "single" (radio buttons) or "multi" (checkboxes)' }),
  short: text('a short name'),
  prompt: text('the question'),
  hint: text('a hint').optional(),
  whyWeAsk: text('a "why we ask" note').min(40, { error: 'expected a "why we ask" note of at least a sentence' }),
  sources: ids('source id'),
  preference: z.boolean({ error: 'expected true or false' }).optional(),
  options: z.array(optionSchema, { error: 'expected a list of options' }).min(2, { error: 'expected at least two options' }),
});

const variantSchema = z.strictObject({ id: slug('a variant id'), name: text('a variant name'), summary: text('a variant summary') });

const targetSchema = z.strictObject({
  id: slug('a target id'),
  name: text('a target name'),
  shortName: text('a short name'),
  status: z.enum(['available', 'existing-customers-only'], { error: 'expected "available" or "existing-customers-only"' }),
  statusNote: text('a status note').optional(),
  summary: text('a one-sentence summary'),
  awsManages: z.array(text('an item'), { error: 'expected a list' }).min(1, { error: 'expected at least one thing AWS manages' }),
  youManage: z.array(text('an item'), { error: 'expected a list' }).min(1, { error: 'expected at least one thing you manage' }),
  costModel: text('the cost model'),
  limits: ids('limit id').min(1, { error: 'expected at least one limit' }),
  sources: ids('source id').min(1, { error: 'expected at least one source' }),
  variants: z.array(variantSchema, { error: 'expected a list of variants' }).min(2, { error: 'expected at least two variants, or none' }).optional(),
});

const conditionSchema = z.union(
  [
    z.strictObject({ question: slug('a question id'), is: slug('an option id') }),
    z.strictObject({ question: slug('a question id'), includes: slug('an option id') }),
    z.strictObject({ question: slug('a question id'), excludes: slug('an option id') }),
  ],
  { error: 'expected { question, is } for a single-choice answer, or { question, includes | excludes } for a checkbox' },
);

const targetRef = z.string({ error: 'expected a target id' }).regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/, { error: 'expected "target" or "target/variant"' });
const when = z.array(conditionSchema, { error: 'expected a list of conditions' }).min(1, { error: 'expected at least one condition' });
const ruleTargets = z.array(targetRef, { error: 'expected a list of targets' }).min(1, { error: 'expected at least one target' });

const ruleSchema = z.discriminatedUnion(
  'effect',
  [
    z.strictObject({
      id: slug('a rule id'),
      effect: z.literal('exclude'),
      when,
      targets: ruleTargets,
      reason: text('the reason, completing "Ruled out: ..."'),
      limit: slug('a limit id'),
    }),
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

export const chooserDataSchema: z.ZodType<ChooserData> = z.strictObject({
  asOf: month,
  sources: z.array(sourceSchema, { error: 'expected a list of sources' }).min(1),
  limits: z.array(limitSchema, { error: 'expected a list of limits' }).min(1),
  questions: z.array(questionSchema, { error: 'expected a list of questions' }).min(1),
  targets: z.array(targetSchema, { error: 'expected a list of targets' }).min(2),
  rules: z.array(ruleSchema, { error: 'expected a list of rules' }).min(1),
  tieBreak: z.strictObject({ order: ids('target id'), reason: text('the tie-break reason') }),
  fitLevels: z
    .strictObject({ strong: z.number({ error: 'expected a number' }).int(), good: z.number({ error: 'expected a number' }).int() })
    .refine((levels) => levels.strong > levels.good, { error: 'expected "strong" to be above "good"' }),
});


/** The checks a schema cannot express: ids unique and resolvable, every source used, complete tie-break order. */
export function crossCheck(data: ChooserData, file = CHOOSER_FILE): string[] {
  const problems: string[] = [];
  const at = (field: string, message: string) => problems.push(`${file}: field "${field}": ${message}`);
  const unique = (list: { id: string }[], field: string) => {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      if (seen.has(item.id)) at(`${field}[${index}].id`, `expected a unique id, but "${item.id}" is used twice`);
      seen.add(item.id);
    });
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
    if (target.status !== 'available' && !target.statusNote) at(`targets[${index}].statusNote`, `expected a status note, because "${target.id}" is not available to everyone`);
  });

  const questionsById = new Map(data.questions.map((question) => [question.id, question]));
  const usedLimits = new Set(data.targets.flatMap((target) => target.limits));
  data.rules.forEach((rule, index) => {
    rule.when.forEach((condition: Condition, conditionIndex) => {
      const field = `rules[${index}].when[${conditionIndex}]`;
      const question = questionsById.get(condition.question);
      if (!question) {
        at(`${field}.question`, `expected a question id (${[...questionsById.keys()].join(', ')}), got "${condition.question}"`);
        return;
      }
      const [key, option] = 'is' in condition ? ['is', condition.is] : 'includes' in condition ? ['includes', condition.includes] : ['excludes', condition.excludes];
      if (key === 'is' && question.kind !== 'single') at(`${field}.is`, `expected "includes" or "excludes", because "${question.id}" is a checkbox question`);
      if (key !== 'is' && question.kind !== 'multi') at(`${field}.${key}`, `expected "is", because "${question.id}" is a single-choice question`);
      if (!question.options.some((candidate) => candidate.id === option)) {
        at(`${field}.${key}`, `expected an option of "${question.id}" (${question.options.map((candidate) => candidate.id).join(', ')}), got "${option}"`);
      }
    });
    rule.targets.forEach((ref, refIndex) => {
      const [targetId, variantId] = ref.split('/');
      const target = targetsById.get(targetId);
      if (!target) at(`rules[${index}].targets[${refIndex}]`, `expected a target id (${[...targetsById.keys()].join(', ')}), got "${targetId}"`);
      else if (variantId && !target.variants?.some((variant) => variant.id === variantId)) {
        at(`rules[${index}].targets[${refIndex}]`, `expected a variant of "${targetId}" (${(target.variants ?? []).map((variant) => variant.id).join(', ') || 'it has none'}), got "${variantId}"`);
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
    at('tieBreak.order', `expected every target id exactly once${missing.length ? `; missing ${missing.join(', ')}` : ''}${extra.length ? `; unknown ${extra.join(', ')}` : ''}`);
  }

  const placeholder = JSON.stringify(data).match(PLACEHOLDER);
  if (placeholder) at('(text)', `placeholder text "${placeholder[0]}" left in the data`);
  const hedge = JSON.stringify(data).match(HEDGE);
  if (hedge) at('(text)', `hedge "${hedge[0]}": state the fact with its source, or leave the claim out`);
  return problems;
}

/** Validates the chooser data; throws a ContentError with one line per problem. */
export function validateChooserData(data: unknown, file = CHOOSER_FILE): ChooserData {
  const result = chooserDataSchema.safeParse(data);
  if (!result.success) throw new ContentError(formatIssues(file, result.error, data, 'field'));
  const problems = crossCheck(result.data, file);
  if (problems.length) throw new ContentError(problems);
  return result.data;
}
