/**
 * Grading an attempt the launched page submits: the browser sends only which options the learner chose; the score
 * is recomputed here with the course's own grading (lib/questions/grade.ts) over the lesson's question bank, and the
 * assignment's rules (lib/assignment) decide whether the attempt counts and what the gradebook gets.
 */
import { z } from 'zod';
import { parseAssignment, type GradedAssignment } from '../assignment/settings';
import { percentOf } from '../assignment/attempt';
import { grade, type Answer } from '../questions/grade';
import type { BankQuestion } from '../questions/schema';
import { LtiError } from './errors';

/** What a deep-linked resource link opens, carried in its custom parameters (platforms keep them as strings). */
export const ltiTargetSchema = z.object({
  /** A lesson's check-up, or rounds of the responsibility quiz (the rounds are in the assignment's `rounds`). */
  item_kind: z.enum(['check-up', 'quiz']),
  item_id: z.string().regex(/^[a-z0-9-]{1,80}$/),
  /** The assignment settings (lib/assignment), as JSON. */
  assignment: z.string().max(2000),
  score_maximum: z.coerce.number().positive().max(10_000),
});

/** The item id a graded quiz link and its attempts carry: one graded quiz per link, whatever its rounds. */
export const QUIZ_ITEM_ID = 'responsibility-quiz';

/** A graded quiz item's id in attempts and class results: the quiz and its rounds, in the order the link names them. */
export const quizItemId = (rounds: readonly string[]) => [QUIZ_ITEM_ID, ...rounds].join('_');

/** The rounds a quiz item's id names (quizItemId), or null for another id. */
export function roundsOfQuizItem(id: string): string[] | null {
  const [quiz, ...rounds] = id.split('_');
  return quiz === QUIZ_ITEM_ID && rounds.length > 0 ? rounds : null;
}

export type LtiTarget =
  | { kind: 'check-up'; id: string; lesson: string; assignment: GradedAssignment; scoreMaximum: number }
  /** `rounds`: the quiz rounds that count, named at deep-linking time (never empty). */
  | { kind: 'quiz'; id: string; rounds: string[]; assignment: GradedAssignment; scoreMaximum: number };

/** The launch's target, or a clear error naming what the resource link is missing. */
export function parseTarget(custom: unknown): LtiTarget {
  const parsed = ltiTargetSchema.safeParse(custom ?? {});
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'custom');
    throw new LtiError(
      'claims',
      `This link does not say which graded item it opens (custom parameter "${field}").`,
      "Add the activity again with the tool's content picker (deep linking), which sets its custom parameters.",
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(parsed.data.assignment);
  } catch {
    json = undefined;
  }
  const assignment = parseAssignment(json);
  const kind = parsed.data.item_kind;
  if (!assignment.ok || assignment.assignment.mode !== 'graded' || !assignment.assignment.parts.includes(kind)) {
    throw new LtiError(
      'claims',
      `This link's assignment settings are not a graded ${kind === 'quiz' ? 'quiz' : 'check-up'}.`,
      "Add the activity again with the tool's content picker (deep linking).",
    );
  }
  const base = { id: parsed.data.item_id, assignment: assignment.assignment, scoreMaximum: parsed.data.score_maximum };
  if (kind === 'check-up') return { kind, lesson: parsed.data.item_id, ...base };
  if (assignment.assignment.rounds.length === 0) {
    throw new LtiError('claims', 'This graded quiz link names no rounds.', "Add the activity again with the tool's content picker (deep linking).");
  }
  // Each set of rounds is its own item in class results (two quiz links with different rounds are not merged).
  return { kind, rounds: [...assignment.assignment.rounds], ...base, id: quizItemId(assignment.assignment.rounds) };
}

const answerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('choice'), optionIds: z.array(z.string().max(80)).max(10) }),
  z.object({ kind: z.literal('true-false'), value: z.boolean() }),
  z.object({ kind: z.literal('order'), stepIds: z.array(z.string().max(80)).max(10) }),
]);

export const submissionSchema = z.object({
  startedAt: z.iso.datetime(),
  answers: z.array(z.object({ questionId: z.string().max(80), answer: answerSchema, answeredAt: z.iso.datetime() })).max(200),
});
export type Submission = z.infer<typeof submissionSchema>;

export type GradedAnswer = { questionId: string; position: number; chosen: string[]; correct: boolean; answeredAt: Date };
export type GradedAttempt = { answers: GradedAnswer[]; correct: number; total: number; percent: number };

function chosenIds(answer: Answer): string[] {
  if (answer.kind === 'choice') return answer.optionIds;
  if (answer.kind === 'true-false') return [String(answer.value)];
  return answer.stepIds;
}

function knownIds(question: BankQuestion): Set<string> {
  if (question.kind === 'true-false') return new Set(['true', 'false']);
  if (question.kind === 'order') return new Set(question.steps.map((step) => step.id));
  return new Set(question.options.map((option) => option.id));
}

/**
 * Grades every question of the check-up: an unanswered question is wrong; an answer to a question outside the
 * check-up, a repeated answer, or an option the question does not have is refused (a forged or stale page).
 */
export function gradeSubmission(questions: readonly BankQuestion[], submission: Submission, now: Date): GradedAttempt {
  const byId = new Map(submission.answers.map((entry) => [entry.questionId, entry]));
  if (byId.size !== submission.answers.length)
    throw new LtiError('request', 'A question was answered twice in one attempt.', 'Reload the activity and answer again.');
  const ids = new Set(questions.map((question) => question.id));
  const stray = submission.answers.find((entry) => !ids.has(entry.questionId));
  if (stray) throw new LtiError('request', `Question "${stray.questionId}" is not part of this check-up.`, 'Reload the activity: the questions have changed.');
  const answers = questions.map((question, position): GradedAnswer => {
    const entry = byId.get(question.id);
    if (!entry) return { questionId: question.id, position, chosen: [], correct: false, answeredAt: now };
    const chosen = chosenIds(entry.answer);
    const known = knownIds(question);
    if (chosen.some((id) => !known.has(id)))
      throw new LtiError('request', `An answer to "${question.id}" names an option it does not have.`, 'Reload the activity: the questions have changed.');
    const answeredAt = new Date(entry.answeredAt);
    return { questionId: question.id, position, chosen, correct: grade(question, entry.answer).correct, answeredAt: answeredAt > now ? now : answeredAt };
  });
  const correct = answers.filter((answer) => answer.correct).length;
  return { answers, correct, total: questions.length, percent: percentOf({ score: correct, max: questions.length }) };
}

/** The gradebook's score for a learner: the best attempt so far (the assignment rules' "highest grade"), scaled. */
export function reportedScore(percents: readonly number[], scoreMaximum: number): number {
  const best = percents.length ? Math.max(...percents) : 0;
  return Math.round(best * scoreMaximum) / 100;
}
