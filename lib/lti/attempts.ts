/**
 * Storing a graded attempt: the attempt, one row per answer (for class results, issue 26), the answers' counts in
 * the class summary, the gradebook score in the outbox and, when the course forwards to an LRS, the attempt's xAPI
 * statements in theirs (lib/lti/class/lrs.ts), in one transaction. Attempt numbers are unique per learner and resource link in the database, so
 * two tabs submitting at once cannot both be attempt 1 of a one-attempt assignment.
 */
import type { Kysely } from 'kysely';
import { attemptsLeft } from '../assignment/settings';
import type { BankQuestion } from '../questions/schema';
import type { Database, Launch } from './db/schema';
import { LtiError } from './errors';
import { gradeSubmission, reportedScore, type GradedAnswer, type GradedAttempt, type LtiTarget, type Submission } from './grading';
import type { ScorePayload } from './outbox';
import { newId } from './random';
import { attemptStatements, enqueueAttemptStatements, type XapiActor } from './class/lrs';
import { countAnswers } from './class/summary';

export type RecordedAttempt = {
  attemptId: string;
  attemptNumber: number;
  correct: number;
  total: number;
  percent: number;
  reportedScore: number;
  scoreMaximum: number;
  attemptsLeft: number | 'unlimited';
  answers: GradedAnswer[];
  /** Whether a score was queued for the gradebook (the launch came with an AGS line item and the score scope). */
  queued: boolean;
};

const isUniqueViolation = (error: unknown) => typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505';

/** Builds an attempt's xAPI statements for the course's LRS, given the learner as actor (lib/lti/class/lrs.ts). */
export type StatementsFor = (actor: XapiActor, attemptId: string) => Record<string, unknown>[];

/** A check-up attempt: graded against the lesson's question bank, then stored (recordGradedAttempt). */
export async function recordAttempt(
  db: Kysely<Database>,
  launch: Launch,
  target: LtiTarget,
  questions: readonly BankQuestion[],
  submission: Submission,
  now = new Date(),
  /** For the course's LRS, when it has one: the tool's origin (activity IRIs) and the item's name. */
  xapi: { origin: string; itemName: string } | null = null,
): Promise<RecordedAttempt> {
  if (target.kind !== 'check-up') throw new LtiError('request', 'This activity is not a check-up.', 'Reload the activity.');
  const graded = gradeSubmission(questions, submission, now);
  const statements: StatementsFor | null = xapi
    ? (actor, attemptId) => attemptStatements({ ...xapi, actor, attemptId, target, questions, submission, graded, now })
    : null;
  return recordGradedAttempt(db, launch, target, graded, new Date(submission.startedAt), now, statements);
}

/**
 * Stores an attempt the server has graded (a check-up, or quiz rounds: lib/lti/quiz-grading.ts) against the
 * launch's target: its kind and id go into the attempt row, its answers into the answer rows.
 */
export async function recordGradedAttempt(
  db: Kysely<Database>,
  launch: Launch,
  target: LtiTarget,
  graded: GradedAttempt,
  startedAt: Date,
  now = new Date(),
  /** The attempt's xAPI statements, queued for the course's LRS when it has one. */
  statements: StatementsFor | null = null,
): Promise<RecordedAttempt> {
  if (launch.message_type !== 'LtiResourceLinkRequest' || !launch.resource_link_id) {
    throw new LtiError('session', 'Answers can only be sent from an activity launch.', 'Open the activity from the course page.', 403);
  }
  const scopes = launch.ags_scopes as string[];
  const canScore = Boolean(launch.ags_lineitem) && scopes.includes('https://purl.imsglobal.org/spec/lti-ags/scope/score');
  try {
    return await db.transaction().execute(async (trx) => {
      const previous = await trx
        .selectFrom('lti_attempt')
        .select(['attempt_number', 'score_given', 'score_maximum'])
        .where('platform_id', '=', launch.platform_id)
        .where('deployment_pk', '=', launch.deployment_pk)
        .where('resource_link_id', '=', launch.resource_link_id)
        .where('user_sub', '=', launch.user_sub)
        .orderBy('attempt_number')
        .execute();
      const left = attemptsLeft(target.assignment, previous.length);
      if (left !== 'unlimited' && left <= 0) {
        throw new LtiError('session', 'No attempts are left on this assignment.', 'Ask your instructor if you need another attempt.', 409);
      }
      const attemptNumber = previous.length + 1;
      const percents = [...previous.map((row) => (row.score_maximum > 0 ? (row.score_given / row.score_maximum) * 100 : 0)), graded.percent];
      const reported = reportedScore(percents, target.scoreMaximum);
      const attemptId = newId();
      await trx
        .insertInto('lti_attempt')
        .values({
          id: attemptId,
          launch_id: launch.id,
          platform_id: launch.platform_id,
          deployment_pk: launch.deployment_pk,
          context_id: launch.context_id,
          resource_link_id: launch.resource_link_id,
          user_sub: launch.user_sub,
          item_kind: target.kind,
          item_id: target.id,
          started_at: startedAt > now ? now : startedAt,
          finished_at: now,
          score_given: graded.correct,
          score_maximum: graded.total,
          attempt_number: attemptNumber,
          reported_score: reported,
        })
        .execute();
      if (graded.answers.length) {
        await trx
          .insertInto('lti_attempt_answer')
          .values(
            graded.answers.map((answer) => ({
              attempt_id: attemptId,
              question_id: answer.questionId,
              position: answer.position,
              chosen: answer.chosen,
              correct: answer.correct,
              answered_at: answer.answeredAt,
            })),
          )
          .execute();
        await countAnswers(trx, launch, target, graded.answers);
      }
      if (statements) await enqueueAttemptStatements(trx, launch, (actor) => statements(actor, attemptId), attemptId, now);
      if (canScore) {
        const payload: ScorePayload = {
          userId: launch.user_sub,
          scoreGiven: reported,
          scoreMaximum: target.scoreMaximum,
          activityProgress: 'Completed',
          gradingProgress: 'FullyGraded',
          timestamp: now.toISOString(),
          comment: `Attempt ${attemptNumber}: ${graded.correct} of ${graded.total} right`,
        };
        await trx
          .insertInto('lti_score_outbox')
          .values({
            attempt_id: attemptId,
            platform_id: launch.platform_id,
            lineitem_url: launch.ags_lineitem!,
            payload: JSON.stringify(payload),
            next_try_at: now,
          })
          .onConflict((conflict) => conflict.column('attempt_id').doNothing())
          .execute();
      }
      const after = attemptsLeft(target.assignment, attemptNumber);
      return { attemptId, attemptNumber, ...graded, reportedScore: reported, scoreMaximum: target.scoreMaximum, attemptsLeft: after, queued: canScore };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new LtiError('session', 'Another attempt was submitted at the same moment.', 'Reload the activity to see your attempts.', 409);
    throw error;
  }
}
