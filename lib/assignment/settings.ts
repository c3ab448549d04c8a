/**
 * Assignment settings: how an instructor assigns a lesson, a check-up or the quiz. One typed, validated object,
 * carried in the embed URL (encodeAssignment / parseAssignmentQuery), in a package's launcher config and, later, in
 * an LTI deep-linking item (parseAssignment). The schema is zod/mini so the launcher and the embed can carry it;
 * the type is derived from it.
 *
 * - `practice` (the default): nothing is graded; every help the widget has (try again, show solution, the answer
 *   key) stays.
 * - `graded`: what counts (`parts`: the lesson's check-up, the quiz, or both; `rounds`: which quiz rounds, empty for
 *   all), how many attempts (`attempts`), how much feedback during an attempt (`feedback`), and the pass mark
 *   (`passMark`, a percentage; absent means the LMS's own mastery score, or the site's 80 % when the LMS sets
 *   none). Solutions and answer keys are never shown in graded mode: that is a rule, not a setting.
 */
import * as z from 'zod/mini';
import { ASSIGNMENT_KEYS } from './keys';

export { ASSIGNMENT_KEYS, assignmentParams, encodeAssignment, isGradedQuery } from './keys';

export const ASSIGNMENT_VERSION = 1;

/** What can count towards the grade. */
export const ASSIGNMENT_PARTS = ['check-up', 'quiz'] as const;
export type AssignmentPart = (typeof ASSIGNMENT_PARTS)[number];

/**
 * Feedback while a graded attempt runs:
 * - `none`: answers are taken without any mark; the score shows when the attempt is submitted.
 * - `right-wrong`: each checked answer is marked right or wrong, with no explanation and no right answer.
 * - `explanation`: each checked answer is marked and explained (the option's feedback, the card's reason).
 */
export const FEEDBACK_LEVELS = ['none', 'right-wrong', 'explanation'] as const;
export type FeedbackLevel = (typeof FEEDBACK_LEVELS)[number];

export const MAX_ATTEMPTS = 20;
/** The site's pass mark, as a percentage (lib/results.ts PASS_MARK is the same 0.8). */
export const DEFAULT_PASS_MARK = 80;

const ROUND_ID = /^[a-z0-9-]{1,40}$/;

export const practiceSchema = z.object({ v: z.literal(ASSIGNMENT_VERSION), mode: z.literal('practice') });

export const gradedSchema = z.object({
  v: z.literal(ASSIGNMENT_VERSION),
  mode: z.literal('graded'),
  /** At least one; each once. */
  parts: z.array(z.enum(ASSIGNMENT_PARTS)).check(
    z.minLength(1),
    z.refine((parts) => new Set(parts).size === parts.length, 'each part at most once'),
  ),
  /** Quiz rounds that count, by id; empty means every round. */
  rounds: z.array(z.string().check(z.regex(ROUND_ID))).check(
    z.maxLength(40),
    z.refine((rounds) => new Set(rounds).size === rounds.length, 'each round at most once'),
  ),
  /** How many attempts a learner may submit: 1 to 20, or unlimited. */
  attempts: z.union([z.int().check(z.minimum(1), z.maximum(MAX_ATTEMPTS)), z.literal('unlimited')]),
  feedback: z.enum(FEEDBACK_LEVELS),
  /** 0-100; absent: the LMS's mastery score, else DEFAULT_PASS_MARK. */
  passMark: z.optional(z.int().check(z.minimum(0), z.maximum(100))),
});

export const assignmentSchema = z.discriminatedUnion('mode', [practiceSchema, gradedSchema]);

export type Assignment = z.infer<typeof assignmentSchema>;
export type GradedAssignment = z.infer<typeof gradedSchema>;

export const PRACTICE: Assignment = { v: ASSIGNMENT_VERSION, mode: 'practice' };

/** What the embed dialog starts from when an instructor switches to graded: one attempt, right/wrong marks. */
export function defaultGraded(parts: readonly AssignmentPart[]): GradedAssignment {
  return { v: ASSIGNMENT_VERSION, mode: 'graded', parts: [...parts], rounds: [], attempts: 1, feedback: 'right-wrong' };
}

export type ParsedAssignment = { ok: true; assignment: Assignment } | { ok: false; problems: string[] };

/** Validates an assignment from a package, an LTI claim or any JSON: problems name the field. */
export function parseAssignment(value: unknown): ParsedAssignment {
  const result = assignmentSchema.safeParse(value);
  if (result.success) return { ok: true, assignment: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => `${issue.path.join('.') || '(assignment)'}: ${issue.message}`) };
}

export type AssignmentFromQuery = { assignment: Assignment; problems: string[] };

const list = (value: string | null) => (value === null || value === '' ? [] : value.split(','));

/**
 * Reads the assignment back from an embed URL's query. No `mode` (or `mode=practice`) is practice. A graded query
 * that does not validate is not quietly turned into practice (a learner editing the address must not lose the
 * restrictions): it becomes the strictest graded assignment (one attempt, no feedback) over `defaultParts`, and the
 * problems say why.
 */
export function parseAssignmentQuery(query: string | URLSearchParams, defaultParts: readonly AssignmentPart[]): AssignmentFromQuery {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const mode = params.get('mode');
  if (mode === null || mode === 'practice') {
    const stray = ASSIGNMENT_KEYS.filter((key) => key !== 'mode' && params.has(key));
    return { assignment: PRACTICE, problems: stray.map((key) => `${key}: only read with mode=graded`) };
  }
  const attempts = params.get('attempts');
  const pass = params.get('pass');
  const candidate = {
    v: ASSIGNMENT_VERSION,
    mode,
    parts: params.has('count') ? list(params.get('count')) : [...defaultParts],
    rounds: list(params.get('rounds')),
    attempts: attempts === null ? 1 : attempts === 'unlimited' ? attempts : /^\d{1,3}$/.test(attempts) ? Number(attempts) : attempts,
    feedback: params.get('feedback') ?? 'right-wrong',
    ...(pass === null ? {} : { passMark: /^\d{1,3}$/.test(pass) ? Number(pass) : pass }),
  };
  const parsed = parseAssignment(candidate);
  if (parsed.ok) return { assignment: parsed.assignment, problems: [] };
  const strictest: GradedAssignment = { ...defaultGraded(defaultParts.length ? defaultParts : ['check-up']), feedback: 'none' };
  return { assignment: strictest, problems: parsed.problems };
}

/**
 * The pass mark that applies, as a percentage: the assignment's own, else the LMS's mastery score (SCORM 1.2
 * `cmi.student_data.mastery_score`, an LTI line item's), else the site's.
 */
export function resolvePassMark(assignment: GradedAssignment, lmsMasteryScore?: number | null): number {
  if (assignment.passMark !== undefined) return assignment.passMark;
  if (typeof lmsMasteryScore === 'number' && Number.isFinite(lmsMasteryScore) && lmsMasteryScore >= 0 && lmsMasteryScore <= 100) return lmsMasteryScore;
  return DEFAULT_PASS_MARK;
}

/** SCORM 1.2 `cmi.student_data.mastery_score` as the LMS returns it: a number 0-100 as text, or '' when unset. */
export function readMasteryScore(value: string): number | null {
  if (!/^\d{1,3}(\.\d+)?$/.test(value.trim())) return null;
  const score = Number(value);
  return score <= 100 ? score : null;
}

/** Whether another attempt may start after `used` submitted ones. */
export function attemptsLeft(assignment: GradedAssignment, used: number): number | 'unlimited' {
  return assignment.attempts === 'unlimited' ? 'unlimited' : Math.max(0, assignment.attempts - used);
}

/** The parts of a target an assignment may count: what the lesson or widget has. */
export function assignableParts(has: { checkUp: boolean; quiz: boolean }): AssignmentPart[] {
  return ASSIGNMENT_PARTS.filter((part) => (part === 'check-up' ? has.checkUp : has.quiz));
}

/** Problems of an assignment against what a target has (a lesson without the quiz cannot count it; rounds exist). */
export function assignmentFits(assignment: Assignment, has: { checkUp: boolean; quiz: boolean; rounds: readonly string[] }): string[] {
  if (assignment.mode === 'practice') return [];
  const problems: string[] = [];
  const allowed = assignableParts(has);
  for (const part of assignment.parts) if (!allowed.includes(part)) problems.push(`parts: this target has no ${part}`);
  const unknown = assignment.rounds.filter((round) => !has.rounds.includes(round));
  if (unknown.length) problems.push(`rounds: no round ${unknown.join(', ')}`);
  if (assignment.rounds.length && !assignment.parts.includes('quiz')) problems.push('rounds: given, but the quiz does not count');
  return problems;
}
