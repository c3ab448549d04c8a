/**
 * The answer summary behind the class view's answer patterns (issue 26): per course, item, question, right/wrong and
 * exact wrong choice, how many answers. Counted in recordAttempt's transaction and uncounted in the statement that
 * deletes attempts (retention purge, delete-user), so it always equals grouping the answers themselves, which is
 * what the class view used to do over every answer (180,000 rows for 500 learners). Right answers are one row per
 * question (chosen = '{}'): which choice a right answer made is never shown.
 */
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Database, Launch } from '../db/schema';
import type { GradedAnswer } from '../grading';

type Db = Kysely<Database> | Transaction<Database>;

/** Adds one attempt's answers to its course's summary (attempts outside a course have no class view). */
export async function countAnswers(
  trx: Db,
  launch: Pick<Launch, 'platform_id' | 'deployment_pk' | 'context_id'>,
  /** The graded item as the attempt row names it (lib/lti/grading.ts LtiTarget: a check-up's id is its lesson). */
  item: { kind: string; id: string },
  answers: readonly GradedAnswer[],
) {
  if (!launch.context_id || answers.length === 0) return;
  await trx
    .insertInto('lti_answer_summary')
    .values(
      // In one order for every writer, so two attempts that count the same questions take their row locks in the same
      // order and cannot deadlock.
      [...answers]
        .sort((a, b) => (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0))
        .map((answer) => ({
          platform_id: launch.platform_id,
          deployment_pk: launch.deployment_pk,
          context_id: launch.context_id!,
          item_kind: item.kind,
          item_id: item.id,
          question_id: answer.questionId,
          correct: answer.correct,
          chosen: answer.correct ? [] : answer.chosen,
          answers: 1,
        })),
    )
    .onConflict((conflict) =>
      conflict
        .columns(['platform_id', 'deployment_pk', 'context_id', 'item_kind', 'item_id', 'question_id', 'correct', 'chosen'])
        .doUpdateSet({ answers: sql<number>`lti_answer_summary.answers + excluded.answers` }),
    )
    .execute();
}

/**
 * Deletes the attempts `where` selects (a condition on lti_attempt's columns) and takes their answers out of the
 * summary, in one statement: every part of it sees the answers as they were before the delete cascades to them.
 * Returns how many attempts were deleted.
 */
export async function deleteAttemptsCounted(db: Db, where: RawBuilder<unknown>): Promise<number> {
  const { rows } = await sql<{ deleted: number }>`
    with gone as (
      delete from lti_attempt where ${where}
      returning id, platform_id, deployment_pk, context_id, item_kind, item_id
    ), counts as (
      select g.platform_id, g.deployment_pk, g.context_id, g.item_kind, g.item_id, a.question_id, a.correct,
        case when a.correct then '{}'::text[] else a.chosen end as chosen, count(*)::int as answers
      from gone g join lti_attempt_answer a on a.attempt_id = g.id
      where g.context_id is not null
      group by 1, 2, 3, 4, 5, 6, 7, 8
    ), uncounted as (
      update lti_answer_summary s set answers = s.answers - c.answers
      from counts c
      where s.platform_id = c.platform_id and s.deployment_pk = c.deployment_pk and s.context_id = c.context_id and s.item_kind = c.item_kind
        and s.item_id = c.item_id and s.question_id = c.question_id and s.correct = c.correct and s.chosen = c.chosen
      returning 1
    )
    select (select count(*) from gone)::int as deleted, (select count(*) from uncounted)::int as uncounted
  `.execute(db);
  return Number(rows[0]?.deleted ?? 0);
}

/** Rebuilds the summary from the answers (after a bulk load that bypassed recordAttempt, such as bench:class's seed). */
export async function rebuildAnswerSummary(db: Db) {
  await sql`delete from lti_answer_summary`.execute(db);
  await sql`
    insert into lti_answer_summary (platform_id, deployment_pk, context_id, item_kind, item_id, question_id, correct, chosen, answers)
    select t.platform_id, t.deployment_pk, t.context_id, t.item_kind, t.item_id, a.question_id, a.correct,
      case when a.correct then '{}'::text[] else a.chosen end, count(*)::int
    from lti_attempt t join lti_attempt_answer a on a.attempt_id = t.id
    where t.context_id is not null
    group by 1, 2, 3, 4, 5, 6, 7, 8
  `.execute(db);
}
