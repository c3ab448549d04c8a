/**
 * The class results' database side: who may see them (an instructor's launch, scoped by its platform, deployment
 * and course), recording a learner's opening of an activity, and the two queries the class view reads, one per view:
 * learners against items (roster + attempts + openings) and answer patterns (answers grouped by question and
 * choice). The numbers are made by the pure functions in aggregate.ts.
 */
import { sql, type Kysely } from 'kysely';
import type { Database, Launch } from '../db/schema';
import { LtiError } from '../errors';
import type { ActivityRow, AnswerPatternRow, ItemRef, MemberRow } from './aggregate';

/** Whose results a launch may read: one course of one deployment of one platform, minus the viewer. */
export type ClassScope = { platformId: number; deploymentPk: number; contextId: string; viewerSub: string };

/**
 * The class scope of a launch, or a refusal: only an instructor's launch from a course; a request that names a
 * course other than its launch's (a forged or stale context id) is refused, never answered with another course.
 */
export function classScope(launch: Launch, requestedContext?: string | null): ClassScope {
  if (launch.role !== 'instructor') {
    throw new LtiError('session', "Class results are for the course's instructors.", 'Open the activity from your course as an instructor.', 403);
  }
  if (!launch.context_id) {
    throw new LtiError(
      'session',
      'This launch did not come from a course, so there is no class to show.',
      'Open the tool from an activity inside a course.',
      403,
    );
  }
  if (requestedContext != null && requestedContext !== launch.context_id) {
    throw new LtiError(
      'session',
      'These class results belong to another course than the one this launch came from.',
      'Open the tool again from the course whose results you want.',
      403,
    );
  }
  return { platformId: launch.platform_id, deploymentPk: launch.deployment_pk, contextId: launch.context_id, viewerSub: launch.user_sub };
}

/** Notes a learner's opening of an activity (first and last time), from their launch row; instructors are not noted. */
export async function recordOpen(db: Kysely<Database>, launchId: string, item: ItemRef, now = new Date()): Promise<void> {
  await sql`
    insert into lti_activity_open (platform_id, deployment_pk, context_id, resource_link_id, user_sub, user_name, item_kind, item_id, first_opened_at, last_opened_at)
    select platform_id, deployment_pk, context_id, resource_link_id, user_sub, user_name, ${item.kind}, ${item.id}, ${now}, ${now}
    from lti_launch
    where id = ${launchId} and role = 'learner' and message_type = 'LtiResourceLinkRequest' and resource_link_id is not null
    on conflict (platform_id, deployment_pk, resource_link_id, user_sub) do update set
      last_opened_at = greatest(lti_activity_open.last_opened_at, excluded.last_opened_at),
      user_name = coalesce(excluded.user_name, lti_activity_open.user_name),
      context_id = excluded.context_id,
      item_kind = excluded.item_kind,
      item_id = excluded.item_id
  `.execute(db);
}

/** The course's instructors (from the roster) and the viewer never count as learners, even if they tried an activity. */
const notTeaching = (scope: ClassScope) => sql`
  user_sub <> ${scope.viewerSub}
  and user_sub not in (select user_sub from lti_roster_member where platform_id = ${scope.platformId} and context_id = ${scope.contextId} and role = 'instructor')
`;

type ActivityQueryRow = {
  row_kind: 'member' | 'activity';
  user_sub: string;
  name: string | null;
  item_kind: string | null;
  item_id: string | null;
  attempts: number | null;
  best_percent: number | null;
  first_opened_at: Date | string | null;
  last_opened_at: Date | string | null;
  last_finished_at: Date | string | null;
};

const toDate = (value: Date | string | null) => (value === null ? null : value instanceof Date ? value : new Date(value));

/**
 * View 1, learners against items: the course's active learners (NRPS) and, per learner and item, attempts, best
 * percentage, first and last opening and last finish. One statement; the roster rows and activity rows come back
 * together.
 */
export const classActivitySql = (scope: ClassScope) => sql<ActivityQueryRow>`
    with attempts as (
      select user_sub, item_kind, item_id, count(*)::int as attempts,
        max(case when score_maximum > 0 then score_given / score_maximum * 100 else 0 end) as best_percent,
        max(finished_at) as last_finished_at
      from lti_attempt
      where platform_id = ${scope.platformId} and deployment_pk = ${scope.deploymentPk} and context_id = ${scope.contextId} and ${notTeaching(scope)}
      group by user_sub, item_kind, item_id
    ), opens as (
      select user_sub, item_kind, item_id, max(user_name) as name, min(first_opened_at) as first_opened_at, max(last_opened_at) as last_opened_at
      from lti_activity_open
      where platform_id = ${scope.platformId} and deployment_pk = ${scope.deploymentPk} and context_id = ${scope.contextId} and ${notTeaching(scope)}
      group by user_sub, item_kind, item_id
    )
    select 'activity' as row_kind, coalesce(a.user_sub, o.user_sub) as user_sub, o.name, coalesce(a.item_kind, o.item_kind) as item_kind,
      coalesce(a.item_id, o.item_id) as item_id, coalesce(a.attempts, 0) as attempts, a.best_percent, o.first_opened_at, o.last_opened_at, a.last_finished_at
    from attempts a full outer join opens o on o.user_sub = a.user_sub and o.item_kind = a.item_kind and o.item_id = a.item_id
    union all
    select 'member', user_sub, name, null, null, null, null, null, null, null
    from lti_roster_member
    where platform_id = ${scope.platformId} and context_id = ${scope.contextId} and role = 'learner' and status = 'Active' and ${notTeaching(scope)}
  `;

export async function readClassActivity(db: Kysely<Database>, scope: ClassScope): Promise<{ members: MemberRow[]; activity: ActivityRow[] }> {
  const { rows } = await classActivitySql(scope).execute(db);
  const members: MemberRow[] = [];
  const activity: ActivityRow[] = [];
  for (const row of rows) {
    if (row.row_kind === 'member') {
      members.push({ userSub: row.user_sub, name: row.name });
      continue;
    }
    activity.push({
      userSub: row.user_sub,
      itemKind: row.item_kind!,
      itemId: row.item_id!,
      name: row.name,
      attempts: Number(row.attempts ?? 0),
      bestPercent: row.best_percent === null ? null : Number(row.best_percent),
      firstOpenedAt: toDate(row.first_opened_at),
      lastOpenedAt: toDate(row.last_opened_at),
      lastFinishedAt: toDate(row.last_finished_at),
    });
  }
  return { members, activity };
}

/**
 * View 2, answers: how many answers gave each exact wrong choice to each question, per item, and how many were right
 * (right answers are one row per question: which choice a right answer made is never shown, so it is not grouped by).
 * One statement over the course's answer summary (lib/lti/class/summary.ts: a few hundred rows, counted as attempts
 * are recorded), minus what the viewer and the course's instructors answered themselves (driven from those few
 * people through the attempts' class index, so it never reads the learners' attempts), so instructors trying the activity are still never counted.
 */
export const answerPatternsSql = (scope: ClassScope) => sql<{
  item_kind: string;
  item_id: string;
  question_id: string;
  correct: boolean;
  chosen: string[];
  answers: number;
}>`
    select item_kind, item_id, question_id, correct, chosen, sum(answers)::int as answers
    from (
      select item_kind, item_id, question_id, correct, chosen, answers
      from lti_answer_summary
      where platform_id = ${scope.platformId} and deployment_pk = ${scope.deploymentPk} and context_id = ${scope.contextId}
      union all
      select t.item_kind, t.item_id, a.question_id, a.correct, case when a.correct then '{}'::text[] else a.chosen end, -1
      from (
        select ${scope.viewerSub}::text as user_sub
        union
        select user_sub from lti_roster_member where platform_id = ${scope.platformId} and context_id = ${scope.contextId} and role = 'instructor'
      ) teaching
      -- lateral: one index lookup per instructor, whatever the planner guesses (without statistics it merge-joined
      -- against every attempt of the course)
      cross join lateral (
        select id, item_kind, item_id from lti_attempt
        where platform_id = ${scope.platformId} and deployment_pk = ${scope.deploymentPk} and context_id = ${scope.contextId}
          and user_sub = teaching.user_sub
      ) t
      join lti_attempt_answer a on a.attempt_id = t.id
    ) counted
    group by item_kind, item_id, question_id, correct, chosen
    having sum(answers) > 0
  `;

/** The same numbers grouped from every answer (what view 2 read before the summary): the summary's tests and bench compare with it. */
export const answerPatternsFromAnswersSql = (scope: ClassScope) => sql<{
  item_kind: string;
  item_id: string;
  question_id: string;
  correct: boolean;
  chosen: string[];
  answers: number;
}>`
    select t.item_kind, t.item_id, a.question_id, a.correct, case when a.correct then '{}'::text[] else a.chosen end as chosen, count(*)::int as answers
    from lti_attempt t join lti_attempt_answer a on a.attempt_id = t.id
    where t.platform_id = ${scope.platformId} and t.deployment_pk = ${scope.deploymentPk} and t.context_id = ${scope.contextId} and ${notTeaching(scope)}
    group by t.item_kind, t.item_id, a.question_id, a.correct, 5
  `;

export async function readAnswerPatterns(db: Kysely<Database>, scope: ClassScope): Promise<AnswerPatternRow[]> {
  const { rows } = await answerPatternsSql(scope).execute(db);
  return rows.map((row) => ({
    itemKind: row.item_kind,
    itemId: row.item_id,
    questionId: row.question_id,
    correct: row.correct,
    chosen: row.chosen,
    answers: Number(row.answers),
  }));
}
