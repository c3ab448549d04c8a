/**
 * The learner record, defined once. This valibot schema is the type (InferOutput), the browser's check when the
 * store is read (lib/learner-store.ts) and the check of an imported progress file (lib/progress/import.ts); every
 * limit lives here. Valibot, not zod/mini: the store is read on every page, and for this schema zod/mini's bundle
 * was 7.9 KB gzip against valibot's 2.5 KB (esbuild, minified; see docs/self-quiz.md "Measured").
 */
import * as v from 'valibot';

export const LEARNER_VERSION = 2;
export const THEMES = ['light', 'dark', 'system'] as const;
/** Results kept in the store, newest last (older ones drop off). */
export const MAX_RESULTS = 200;
/** Answers each review item keeps in its log (enough for mastery and the weakest-questions list). */
export const MAX_LOG = 20;
/** Past check-up attempts kept per lesson, newest last. */
export const MAX_PAST_ATTEMPTS = 20;
export const REVIEW_ID = /^(q|round):[a-z0-9]+(-[a-z0-9]+)*$/;
/** The longest note a learner can keep on a disputed question (a few sentences; the store lives in localStorage). */
export const MAX_DISPUTE_NOTE = 1000;
/** Disputed questions kept at most (more than the bank holds, so the cap only stops a forged record). */
export const MAX_DISPUTES = 500;

const isoDate = v.pipe(
  v.string('expected a date and time as text'),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'expected a date and time such as "2026-12-01T10:00:00.000Z"'),
);
const count = v.pipe(v.number('expected a number'), v.integer('expected a whole number'), v.minValue(0, 'expected 0 or more'));
const finite = v.pipe(v.number('expected a number'), v.finite('expected a finite number'));
const bool = v.boolean('expected true or false');

/** A ts-fsrs Card as stored (dates as ISO strings). */
export const cardSchema = v.object(
  {
    due: isoDate,
    stability: v.pipe(finite, v.minValue(0, 'expected 0 or more')),
    difficulty: finite,
    elapsed_days: finite,
    scheduled_days: finite,
    learning_steps: finite,
    reps: count,
    lapses: count,
    state: v.pipe(count, v.maxValue(3, 'expected a card state from 0 to 3')),
    last_review: v.optional(isoDate),
  },
  'expected a scheduling card (due, stability, difficulty, ...)',
);
const rating = v.pipe(count, v.minValue(1, 'expected a rating from 1 to 4'), v.maxValue(4, 'expected a rating from 1 to 4'));
/** One answer in an item's log. rating: 1 Again, 2 Hard, 3 Good, 4 Easy. */
const learningDayKey = v.pipe(v.string('expected a day as text'), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day such as "2026-12-01"'));
/**
 * One answer in an item's log. rating: 1 Again, 2 Hard, 3 Good, 4 Easy. day: the learner's learning day when they
 * answered (their time zone then, 4 am boundary), so a streak does not change when they travel.
 */
export const reviewLogEntrySchema = v.object(
  { at: isoDate, rating, correct: bool, day: v.optional(learningDayKey) },
  'expected an answer { at, rating, correct }',
);
export const reviewItemSchema = v.object(
  {
    card: cardSchema,
    log: v.pipe(v.array(reviewLogEntrySchema, 'expected a list of answers'), v.maxLength(MAX_LOG, `expected at most ${MAX_LOG} answers per item`)),
    /** Set when the learner suspends the item (lib/review/leech.ts): left out of due counts and sessions until unset. */
    suspended: v.optional(isoDate),
  },
  'expected a review item { card, log }',
);

export const widgetResultSchema = v.object(
  { widget: v.string('expected the widget name'), lesson: v.string('expected the lesson slug'), score: count, max: count, passed: bool, completedAt: isoDate },
  'expected a result { widget, lesson, score, max, passed, completedAt }',
);

const confidence = v.picklist(['sure', 'unsure', 'guessed'], 'expected sure, unsure or guessed');
const idList = v.array(v.string('expected an id'), 'expected a list of ids');
/** What the learner chose, so a returning learner sees it (lib/questions/grade.ts grades it). */
export const givenAnswerSchema = v.variant(
  'kind',
  [
    v.object({ kind: v.literal('choice'), optionIds: idList }),
    v.object({ kind: v.literal('true-false'), value: bool }),
    v.object({ kind: v.literal('order'), stepIds: idList }),
  ],
  'expected an answer of kind choice, true-false or order',
);
export const checkUpAnswerSchema = v.object(
  {
    correct: bool,
    at: isoDate,
    confidence: v.optional(confidence),
    given: v.optional(givenAnswerSchema),
    /** Given before reading ("quiz me first"): marks sections to read, never scheduled, never scored. */
    pretest: v.optional(v.literal(true)),
    /** The first scored try's result in this attempt: later tries change what is shown, not the score. */
    scored: v.optional(bool),
  },
  'expected a check-up answer { correct, at }',
);
export const pastAttemptSchema = v.object(
  { startedAt: v.optional(isoDate), endedAt: isoDate, score: count, max: count, answered: count, passed: bool },
  'expected a past attempt { endedAt, score, max, answered, passed }',
);
/** The check-up of one lesson, kept under `widgets["check-up:<lesson>"]`: the current attempt and the past ones. */
export const checkUpSliceSchema = v.object(
  {
    answers: v.record(v.string(), checkUpAnswerSchema, 'expected an object of answers'),
    startedAt: v.optional(isoDate),
    /** Set once every question has a scored answer: the attempt's result (raised once as a result event). */
    completed: v.optional(v.object({ at: isoDate, score: count, max: count, passed: bool })),
    past: v.optional(
      v.pipe(
        v.array(pastAttemptSchema, 'expected a list of past attempts'),
        v.maxLength(MAX_PAST_ATTEMPTS, `expected at most ${MAX_PAST_ATTEMPTS} past attempts`),
      ),
    ),
  },
  'expected a check-up { answers }',
);

/** A question the learner disputes, with their note (shown on /progress, kept in the export). */
export const disputeSchema = v.object(
  {
    at: isoDate,
    note: v.pipe(v.string('expected the note as text'), v.maxLength(MAX_DISPUTE_NOTE, `expected a note of at most ${MAX_DISPUTE_NOTE} characters`)),
  },
  'expected a disputed question { at, note }',
);
const questionKey = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a question id such as "lt-spot-warning"'));

const reviewId = v.pipe(v.string(), v.regex(REVIEW_ID, 'expected a review id such as "q:lt-spot-warning" or "round:fargate"'));

/** The field schemas of the record, so a partly damaged record can be read field by field. */
export const learnerFields = {
  version: v.literal(LEARNER_VERSION, `expected learner store version ${LEARNER_VERSION}`),
  theme: v.picklist(THEMES, `expected one of ${THEMES.join(', ')}`),
  lessons: v.record(v.string(), v.object({ doneAt: isoDate }, 'expected { "doneAt": <date> }'), 'expected an object of lessons'),
  /** Each widget owns one slice, keyed by widget instance, checked by its reader (check-ups: checkUpSliceSchema). */
  widgets: v.record(v.string(), v.unknown(), 'expected an object of widget progress'),
  results: v.pipe(v.array(widgetResultSchema, 'expected a list of results'), v.maxLength(MAX_RESULTS, `expected at most ${MAX_RESULTS} results`)),
  /** Spaced-repetition items (check-up questions, matrix rounds) keyed by `q:<question>` or `round:<round>`. */
  reviews: v.record(reviewId, reviewItemSchema, 'expected an object of review items'),
  /**
   * Questions the learner flagged as disputed, keyed by question id. Optional, so records saved before it still
   * read as version 2 with no migration (an absent field is "none flagged").
   */
  disputes: v.optional(
    v.pipe(
      v.record(questionKey, disputeSchema, 'expected an object of disputed questions'),
      v.check((value) => Object.keys(value).length <= MAX_DISPUTES, `expected at most ${MAX_DISPUTES} disputed questions`),
    ),
  ),
};
export const learnerStateSchema = v.strictObject(learnerFields, 'unexpected field');

export type LearnerState = v.InferOutput<typeof learnerStateSchema>;
export type ThemePreference = LearnerState['theme'];
export type StoredCard = v.InferOutput<typeof cardSchema>;
export type ReviewLogEntry = v.InferOutput<typeof reviewLogEntrySchema>;
export type ReviewItem = v.InferOutput<typeof reviewItemSchema>;
export type WidgetResult = v.InferOutput<typeof widgetResultSchema>;
export type GivenAnswer = v.InferOutput<typeof givenAnswerSchema>;
export type CheckUpAnswer = v.InferOutput<typeof checkUpAnswerSchema>;
export type PastAttempt = v.InferOutput<typeof pastAttemptSchema>;
export type CheckUpSlice = v.InferOutput<typeof checkUpSliceSchema>;
export type Dispute = v.InferOutput<typeof disputeSchema>;

export const isLearnerState = (value: unknown): value is LearnerState => v.is(learnerStateSchema, value);
export const isReviewItem = (value: unknown): value is ReviewItem => v.is(reviewItemSchema, value);
export const isWidgetResult = (value: unknown): value is WidgetResult => v.is(widgetResultSchema, value);
export const isCheckUpSlice = (value: unknown): value is CheckUpSlice => v.is(checkUpSliceSchema, value);

/** The first problem, as `field "<path>": <message>` (path joined with dots under `prefix`), and how many more. */
export function describeProblem(issues: readonly v.BaseIssue<unknown>[], prefix = ''): string {
  const issue = issues[0];
  const keys = (issue.path ?? []).map((item) => String(item.key));
  let message = issue.message;
  if (issue.type === 'strict_object' && keys.length) message = `unexpected field "${keys.pop()}"`;
  const field = [prefix, ...keys].filter(Boolean).join('.') || '(the whole file)';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `field "${field}": ${message}${more}`;
}

/** Check a value against a schema: the value, or the first problem named as describeProblem does. */
export function check<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  prefix = '',
): { ok: true; value: v.InferOutput<S> } | { ok: false; problem: string } {
  const parsed = v.safeParse(schema, value);
  return parsed.success ? { ok: true, value: parsed.output } : { ok: false, problem: describeProblem(parsed.issues, prefix) };
}
