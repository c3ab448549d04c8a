/**
 * The check-up's slice of the learner store (`check-up:<lesson>`, shape in lib/learner/schema.ts): the current
 * attempt's answers as given, its result once every question has one, and the past attempts. Pure; browser-safe.
 *
 * Rules (each tested in check-up-state.test.ts):
 * - The first answer to a question in an attempt is its score; later tries change what is shown, not the score.
 * - An answer given before reading ("quiz me first") is a pre-test: it marks sections, it is neither scored nor
 *   scheduled, and the first answer after reading replaces it.
 * - The attempt is complete when every question has a scored answer; its result is recorded once.
 * - A new attempt is the learner's choice: the current one moves to the past attempts (never deleted).
 * - A lesson counts as done when any attempt of its check-up passed, or the learner marked it by hand.
 */
import { readWidgetState, setWidgetState, type LearnerState } from '../learner-store';
import { isCheckUpSlice, MAX_PAST_ATTEMPTS, type CheckUpAnswer, type CheckUpSlice, type GivenAnswer } from '../learner/schema';
import { PASS_MARK } from '../results';
import type { Confidence } from './grade';

export { isCheckUpSlice, type CheckUpAnswer, type CheckUpSlice } from '../learner/schema';

export const checkUpKey = (lesson: string) => `check-up:${lesson}`;
const EMPTY: CheckUpSlice = { answers: {} };

export function readCheckUp(state: LearnerState, lesson: string): CheckUpSlice {
  return readWidgetState(state, checkUpKey(lesson), isCheckUpSlice) ?? EMPTY;
}

/** The score an answer counts for: its first scored try (answers saved before `scored` existed: their result). */
export const scoredCorrect = (answer: CheckUpAnswer): boolean | undefined => (answer.pretest ? undefined : (answer.scored ?? answer.correct));

export type AnswerInput = { questionId: string; correct: boolean; confidence?: Confidence; given?: GivenAnswer; pretest?: boolean; now: Date };

/**
 * Save one answer as given. Returns the new slice and whether this answer is the question's first scored one in
 * this attempt (the caller schedules it then, and only then).
 */
export function answerCheckUp(
  slice: CheckUpSlice,
  { questionId, correct, confidence, given, pretest, now }: AnswerInput,
): { slice: CheckUpSlice; firstScored: boolean } {
  const previous = slice.answers[questionId];
  const previousScore = previous ? scoredCorrect(previous) : undefined;
  // A pre-test answer never turns a scored answer back into an unscored one.
  const isPretest = pretest === true && previousScore === undefined;
  const firstScored = !isPretest && previousScore === undefined;
  const answer: CheckUpAnswer = {
    correct,
    at: now.toISOString(),
    ...(confidence ? { confidence } : {}),
    ...(given ? { given } : {}),
    ...(isPretest ? { pretest: true as const } : { scored: previousScore ?? correct }),
  };
  return { slice: { ...slice, startedAt: slice.startedAt ?? now.toISOString(), answers: { ...slice.answers, [questionId]: answer } }, firstScored };
}

export type CheckUpProgress = { answered: number; right: number; total: number; pretest: number; complete: boolean; passed: boolean };

/** Where the current attempt stands over the lesson's questions (answers to questions no longer in the bank don't count). */
export function checkUpProgress(slice: CheckUpSlice, questionIds: readonly string[], passMark = PASS_MARK): CheckUpProgress {
  let answered = 0;
  let right = 0;
  let pretest = 0;
  for (const id of questionIds) {
    const answer = slice.answers[id];
    if (!answer) continue;
    const score = scoredCorrect(answer);
    if (score === undefined) pretest += 1;
    else {
      answered += 1;
      if (score) right += 1;
    }
  }
  const total = questionIds.length;
  const complete = total > 0 && answered === total;
  return { answered, right, total, pretest, complete, passed: complete && right / total >= passMark };
}

/** Mark the attempt complete (once): the result to record, or undefined when it is not complete or already was. */
export function completeIfDone(
  slice: CheckUpSlice,
  questionIds: readonly string[],
  now: Date,
): { slice: CheckUpSlice; completed?: { score: number; max: number; passed: boolean } } {
  if (slice.completed) return { slice };
  const progress = checkUpProgress(slice, questionIds);
  if (!progress.complete) return { slice };
  const completed = { score: progress.right, max: progress.total, passed: progress.passed };
  return { slice: { ...slice, completed: { at: now.toISOString(), ...completed } }, completed };
}

/** Start a new attempt: the current one (if it has answers) goes to the past attempts with its score so far. */
export function startNewAttempt(state: LearnerState, lesson: string, questionIds: readonly string[], now = new Date()): LearnerState {
  const slice = readCheckUp(state, lesson);
  const progress = checkUpProgress(slice, questionIds);
  const past = [...(slice.past ?? [])];
  if (Object.keys(slice.answers).length) {
    past.push({
      ...(slice.startedAt ? { startedAt: slice.startedAt } : {}),
      endedAt: slice.completed?.at ?? now.toISOString(),
      score: progress.right,
      max: progress.total,
      answered: progress.answered,
      passed: slice.completed?.passed ?? false,
    });
  }
  return setWidgetState(state, checkUpKey(lesson), { answers: {}, ...(past.length ? { past: past.slice(-MAX_PAST_ATTEMPTS) } : {}) });
}

/** The line shown on the lesson and the course map: the latest finished attempt, or how far the current one is. */
export type CheckUpStatus =
  { kind: 'none' } | { kind: 'in-progress'; answered: number; total: number } | { kind: 'finished'; score: number; max: number; passed: boolean };

export function checkUpStatus(slice: CheckUpSlice, total?: number): CheckUpStatus {
  if (slice.completed) return { kind: 'finished', score: slice.completed.score, max: slice.completed.max, passed: slice.completed.passed };
  const answered = Object.values(slice.answers).filter((answer) => scoredCorrect(answer) !== undefined).length;
  const last = slice.past?.findLast((attempt) => attempt.answered === attempt.max);
  if (answered > 0 && total) return { kind: 'in-progress', answered, total };
  if (last) return { kind: 'finished', score: last.score, max: last.max, passed: last.passed };
  return { kind: 'none' };
}

export function checkUpStatusText(status: CheckUpStatus): string {
  if (status.kind === 'finished') return `Check-up: ${status.score} of ${status.max}, ${status.passed ? 'passed' : 'not passed yet'}`;
  if (status.kind === 'in-progress') return `Check-up: ${status.answered} of ${status.total} answered`;
  return '';
}

/** Whether any attempt of the lesson's check-up passed. */
export function checkUpPassed(slice: CheckUpSlice): boolean {
  return Boolean(slice.completed?.passed) || (slice.past ?? []).some((attempt) => attempt.passed);
}

/** Lessons that count as done: marked by hand, or their check-up passed. */
export function lessonsDone(state: LearnerState, slugs: readonly string[]): Record<string, true> {
  return Object.fromEntries(slugs.filter((slug) => state.lessons[slug] || checkUpPassed(readCheckUp(state, slug))).map((slug) => [slug, true as const]));
}

export function isLessonDone(state: LearnerState, slug: string): boolean {
  return Boolean(state.lessons[slug]) || checkUpPassed(readCheckUp(state, slug));
}

/** Sections tied to questions whose latest answer was wrong (for "quiz me first"). */
export function missedSections(slice: CheckUpSlice, questions: { id: string; section: string }[]): string[] {
  return [...new Set(questions.filter((question) => slice.answers[question.id]?.correct === false).map((question) => question.section))];
}
