/**
 * Reading a progress file back (lib/progress/format.ts writes it). Loaded only when a learner picks a file, so zod
 * never reaches a page's first load. Pure: the result says what to store, or exactly why the file was refused
 * (which field), and the caller changes nothing on a refusal.
 *
 * Accepted: a progress file of format version 1 (its learner store of version 1 or 2), or a bare learner store as
 * kept in localStorage (version 1 or 2). Older learner stores go through the store's own MIGRATIONS.
 */
import { z } from 'zod';
import { CURRENT_VERSION, isLearnerState, MIGRATIONS, THEMES, type LearnerState } from '../learner-store';
import { checksumOf, MAX_PROGRESS_FILE_BYTES, PROGRESS_FORMAT, PROGRESS_FORMAT_VERSION } from './format';

export type ImportSource = 'progress-file' | 'learner-store';
export type ImportResult =
  | { status: 'ok'; state: LearnerState; source: ImportSource; migratedFrom?: number; exportedAt?: string }
  | { status: 'refused'; reason: string };

const isoDate = z.string({ error: 'expected a date and time as text' }).refine((value) => !Number.isNaN(Date.parse(value)), { error: 'expected a date and time such as "2026-12-01T10:00:00.000Z"' });
const count = z.number({ error: 'expected a number' }).int({ error: 'expected a whole number' }).min(0, { error: 'expected 0 or more' });
const finite = z.number({ error: 'expected a number' }).refine(Number.isFinite, { error: 'expected a finite number' });

const cardSchema = z.object({
  due: isoDate,
  stability: finite.refine((value) => value >= 0, { error: 'expected 0 or more' }),
  difficulty: finite,
  elapsed_days: finite,
  scheduled_days: finite,
  learning_steps: finite,
  reps: count,
  lapses: count,
  state: count.max(3, { error: 'expected a card state from 0 to 3' }),
  last_review: isoDate.optional(),
}, { error: 'expected a scheduling card (due, stability, difficulty, ...)' });
const reviewItemSchema = z.object({
  card: cardSchema,
  log: z
    .array(z.object({ at: isoDate, rating: count.min(1, { error: 'expected a rating from 1 to 4' }).max(4, { error: 'expected a rating from 1 to 4' }), correct: z.boolean({ error: 'expected true or false' }) }, { error: 'expected an answer { at, rating, correct }' }), { error: 'expected a list of answers' })
    .max(100, { error: 'expected at most 100 answers per item' }),
}, { error: 'expected a review item { card, log }' });
const resultSchema = z.object({
  widget: z.string({ error: 'expected the widget name' }),
  lesson: z.string({ error: 'expected the lesson slug' }),
  score: count,
  max: count,
  passed: z.boolean({ error: 'expected true or false' }),
  completedAt: isoDate,
}, { error: 'expected a result { widget, lesson, score, max, passed, completedAt }' });

/** The learner store of CURRENT_VERSION, as the file must hold it after migration. */
export const learnerStateSchema = z
  .object({
    version: z.literal(CURRENT_VERSION, { error: `expected learner store version ${CURRENT_VERSION}` }),
    theme: z.enum(THEMES, { error: `expected one of ${THEMES.join(', ')}` }),
    lessons: z.record(z.string(), z.object({ doneAt: isoDate }, { error: 'expected { "doneAt": <date> }' }), { error: 'expected an object of lessons' }),
    widgets: z.record(z.string(), z.unknown(), { error: 'expected an object of widget progress' }),
    results: z.array(resultSchema, { error: 'expected a list of results' }).max(1000, { error: 'expected at most 1000 results' }),
    reviews: z.record(z.string(), reviewItemSchema, { error: 'expected an object of review items' }),
  }, { error: 'expected the learner store as an object' })
  .strict();

const fileSchema = z.object({
  format: z.literal(PROGRESS_FORMAT, { error: `expected "${PROGRESS_FORMAT}"` }),
  version: z.number({ error: 'expected the format version as a number' }).int({ error: 'expected a whole number' }),
  exportedAt: isoDate,
  checksum: z.string({ error: 'expected the checksum as text' }),
});
const REVIEW_ID = /^(q|round):[a-z0-9]+(-[a-z0-9]+)*$/;

const refuse = (reason: string): ImportResult => ({ status: 'refused', reason });
const describe = (value: unknown) => (typeof value === 'string' ? `"${value.slice(0, 40)}"` : value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : String(value));
const fieldName = (prefix: string, path: readonly PropertyKey[]) => [prefix, ...path.map(String)].filter(Boolean).join('.');

function firstProblem(error: z.ZodError, prefix: string): string {
  const issue = error.issues[0];
  const message = issue.code === 'unrecognized_keys' ? `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}` : issue.message;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})` : '';
  return `field "${fieldName(prefix, issue.path) || '(the whole file)'}": ${message}${more}`;
}

/** Bring an older learner store up to CURRENT_VERSION through the store's own migrations. */
function migrate(record: Record<string, unknown>, prefix: string): { record: Record<string, unknown>; from?: number } | string {
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return `field "${fieldName(prefix, ['version'])}": expected a learner store version (1 to ${CURRENT_VERSION}), got ${describe(version)}`;
  if (version > CURRENT_VERSION) return `field "${fieldName(prefix, ['version'])}": this progress is learner store version ${version}, from a newer version of the site (this one reads up to ${CURRENT_VERSION})`;
  let current = record;
  while ((current.version as number) < CURRENT_VERSION) {
    const step = MIGRATIONS[current.version as number];
    if (!step) return `field "${fieldName(prefix, ['version'])}": no migration from learner store version ${String(current.version)}`;
    current = step(current);
  }
  return { record: current, from: version < CURRENT_VERSION ? version : undefined };
}

function readLearner(value: unknown, prefix: string): { state: LearnerState; from?: number } | string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return `field "${prefix || '(the whole file)'}": expected the learner store as an object, got ${describe(value)}`;
  const migrated = migrate(value as Record<string, unknown>, prefix);
  if (typeof migrated === 'string') return migrated;
  const reviews = migrated.record.reviews;
  const badId = reviews && typeof reviews === 'object' ? Object.keys(reviews).find((id) => !REVIEW_ID.test(id)) : undefined;
  if (badId !== undefined) return `field "${fieldName(prefix, ['reviews', badId])}": expected a review id such as "q:lt-spot-warning" or "round:fargate"`;
  const parsed = learnerStateSchema.safeParse(migrated.record);
  if (!parsed.success) return firstProblem(parsed.error, prefix);
  const state = parsed.data as LearnerState;
  // The store's own guard is the last word: whatever passes here, the store will accept.
  if (!isLearnerState(state)) return `field "${prefix || '(the whole file)'}": the store refused this progress`;
  return { state, from: migrated.from };
}

/** Read the text of a picked file. Never throws; on 'refused' nothing should change. */
export function importProgress(text: string): ImportResult {
  if (text.length > MAX_PROGRESS_FILE_BYTES) return refuse(`The file is ${Math.round(text.length / 1000)} KB; a progress file is a few KB. Is it the right file?`);
  if (text.trim() === '') return refuse('The file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return refuse(`The file is not complete JSON, so it may have been cut short or edited (${error instanceof Error ? error.message : 'parse error'}).`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return refuse(`This is not a progress file: expected a JSON object, got ${describe(data)}.`);
  const record = data as Record<string, unknown>;

  if (!('format' in record)) {
    // A bare learner store (copied from the browser's storage, or from a site before progress files).
    if (!('lessons' in record) || !('version' in record)) return refuse(`This is not a progress file: field "format": expected "${PROGRESS_FORMAT}".`);
    const learner = readLearner(record, '');
    if (typeof learner === 'string') return refuse(`This learner store cannot be read: ${learner}.`);
    return { status: 'ok', state: learner.state, source: 'learner-store', ...(learner.from ? { migratedFrom: learner.from } : {}) };
  }

  const file = fileSchema.safeParse(record);
  if (!file.success) return refuse(`This is not a progress file this site can read: ${firstProblem(file.error, '')}.`);
  const { version, exportedAt, checksum } = file.data;
  const rawLearner = record.learner;
  if (version > PROGRESS_FORMAT_VERSION) return refuse(`field "version": this file is format version ${version}, from a newer version of the site (this one reads version ${PROGRESS_FORMAT_VERSION}).`);
  if (version < 1) return refuse(`field "version": expected format version ${PROGRESS_FORMAT_VERSION}, got ${version}.`);
  const learner = readLearner(rawLearner, 'learner');
  if (typeof learner === 'string') return refuse(`The progress in this file cannot be read: ${learner}.`);
  if (checksumOf(JSON.stringify(rawLearner)) !== checksum) {
    return refuse('field "checksum": the progress in this file was changed after it was exported (its checksum does not match). Export it again from the other browser.');
  }
  return { status: 'ok', state: learner.state, source: 'progress-file', exportedAt, ...(learner.from ? { migratedFrom: learner.from } : {}) };
}
