/**
 * The grade of a graded assignment, as pure rules shared by the LMS side (the SCORM launcher, later the LTI tool)
 * and the embed's own "attempt" panel:
 *
 * - An attempt covers every assigned part: the check-up (`check-up`) and each counted quiz round (`round:<id>`).
 * - A part's first result in an attempt counts; anything later for the same part is ignored (no fixing a wrong
 *   answer inside an attempt).
 * - The attempt is submitted when every part has a result; its score is the sum over the parts (never the best
 *   single part), as a percentage; it passes at the pass mark.
 * - A new attempt starts with the next result after a submitted one, while attempts remain; the grade is the best
 *   submitted attempt (Moodle quiz's default "highest grade").
 */
import type { GradedAssignment } from './settings';

export type PartKey = string;
export type PartScore = { score: number; max: number };
export type AttemptScore = PartScore & { percent: number; passed: boolean };

export type AttemptTally = {
  /** Attempts submitted so far. */
  submitted: number;
  /** The best submitted attempt, or null before the first. */
  best: AttemptScore | null;
  /** The latest submitted attempt. */
  last: AttemptScore | null;
  /** The parts of the attempt in progress that have a result. */
  current: Record<PartKey, PartScore>;
};

export const EMPTY_TALLY: AttemptTally = { submitted: 0, best: null, last: null, current: {} };

export const partKey = {
  checkUp: 'check-up' as PartKey,
  round: (roundId: string): PartKey => `round:${roundId}`,
};

/** The parts an assignment counts on a target that has `available` (a check-up, these quiz rounds). */
export function requiredParts(assignment: GradedAssignment, available: { checkUp: boolean; rounds: readonly string[] }): PartKey[] {
  const parts: PartKey[] = [];
  if (assignment.parts.includes('check-up') && available.checkUp) parts.push(partKey.checkUp);
  if (assignment.parts.includes('quiz')) {
    const rounds = assignment.rounds.length ? available.rounds.filter((round) => assignment.rounds.includes(round)) : available.rounds;
    parts.push(...rounds.map(partKey.round));
  }
  return parts;
}

/** The result widgets an assignment can count: the check-up and the quiz (its rounds). Any other result never counts. */
export const COUNTED_WIDGETS = { checkUp: 'check-up', quiz: 'responsibility-quiz' } as const;

/** The result of a widget as the part it answers: the check-up, or the round it names. */
export function partOf(result: { widget: string; item?: string }): PartKey | null {
  if (result.widget === COUNTED_WIDGETS.checkUp) return partKey.checkUp;
  if (result.widget === COUNTED_WIDGETS.quiz && result.item) return partKey.round(result.item);
  return null;
}

export function percentOf(score: PartScore): number {
  return score.max > 0 ? Math.round((score.score / score.max) * 10_000) / 100 : 0;
}

export function scoreAttempt(parts: readonly PartScore[], passMark: number): AttemptScore {
  const score = parts.reduce((sum, part) => sum + part.score, 0);
  const max = parts.reduce((sum, part) => sum + part.max, 0);
  const percent = percentOf({ score, max });
  return { score, max, percent, passed: max > 0 && percent >= passMark };
}

export type AttemptRules = { required: readonly PartKey[]; attempts: GradedAssignment['attempts']; passMark: number };

export type RecordOutcome =
  | { kind: 'counted'; tally: AttemptTally; remaining: PartKey[] }
  | { kind: 'submitted'; tally: AttemptTally; attempt: AttemptScore }
  | { kind: 'ignored'; reason: 'not-assigned' | 'already-answered' | 'no-attempts-left' };

export function attemptsExhausted(tally: AttemptTally, attempts: GradedAssignment['attempts']): boolean {
  return attempts !== 'unlimited' && tally.submitted >= attempts;
}

/** Whether a new attempt can begin (nothing in progress, attempts left). */
export function canStartAttempt(tally: AttemptTally, attempts: GradedAssignment['attempts']): boolean {
  return Object.keys(tally.current).length === 0 && !attemptsExhausted(tally, attempts);
}

const better = (a: AttemptScore | null, b: AttemptScore): AttemptScore => (!a || b.percent > a.percent ? b : a);

export function recordPart(tally: AttemptTally, part: PartKey, score: PartScore, rules: AttemptRules): RecordOutcome {
  if (!rules.required.includes(part)) return { kind: 'ignored', reason: 'not-assigned' };
  if (Object.keys(tally.current).length === 0 && attemptsExhausted(tally, rules.attempts)) return { kind: 'ignored', reason: 'no-attempts-left' };
  if (part in tally.current) return { kind: 'ignored', reason: 'already-answered' };
  const current = { ...tally.current, [part]: { score: Math.min(score.score, score.max), max: score.max } };
  const remaining = rules.required.filter((key) => !(key in current));
  if (remaining.length) return { kind: 'counted', tally: { ...tally, current }, remaining };
  const attempt = scoreAttempt(
    rules.required.map((key) => current[key]),
    rules.passMark,
  );
  return { kind: 'submitted', attempt, tally: { submitted: tally.submitted + 1, best: better(tally.best, attempt), last: attempt, current: {} } };
}

/** "Attempt 1 of 2", "Attempt 3" (unlimited): the number of the attempt in progress or about to start. */
export function attemptLabel(tally: AttemptTally, attempts: GradedAssignment['attempts']): string {
  const number = tally.submitted + (attemptsExhausted(tally, attempts) && Object.keys(tally.current).length === 0 ? 0 : 1);
  return attempts === 'unlimited' ? `Attempt ${number}` : `Attempt ${Math.min(number, attempts)} of ${attempts}`;
}

/**
 * The embed's picture of the tally, corrected by what the LMS launcher says (`attempt-status`): the LMS counts, so
 * its number of submitted attempts and the parts it has for the attempt in progress win over the embed's own.
 */
export function withLauncherStatus(tally: AttemptTally, status: { submitted: number; answered: readonly string[]; best: number | null }): AttemptTally {
  const current = Object.fromEntries(status.answered.map((part) => [part, tally.current[part] ?? { score: 0, max: 0 }]));
  const best = status.best === null ? tally.best : { ...(tally.best ?? { score: 0, max: 0, passed: false }), percent: status.best };
  return { ...tally, submitted: status.submitted, current, best };
}
