/**
 * Forwarding a class's xAPI statements to the LRS its instructor set (lib/lti/class/settings.ts). When an attempt is
 * recorded in a course that has an LRS, its statements (one "answered" per question, one passed/failed for the
 * result, built by the site's own builders in lib/embed) go into lti_xapi_outbox in the attempt's transaction, with
 * the learner as actor. Any server then delivers them like the scores (lib/lti/outbox.ts): claimed with FOR UPDATE
 * SKIP LOCKED under a lease, retried with backoff while the LRS is down or refuses the credentials, set aside as
 * failed (kept, with the error) when the LRS refuses the statement itself. Each statement is PUT under its own id
 * (`statements?statementId=`), so a statement sent twice is stored once. Basic auth, X-Experience-API-Version 1.0.3.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import { resolvePassMark } from '../../assignment/settings';
import { buildAnsweredStatements, activityIri } from '../../embed/xapi-answered';
import { buildStatement } from '../../embed/xapi';
import type { Answer } from '../../questions/grade';
import { checkUpInteraction } from '../../questions/interaction';
import type { BankQuestion } from '../../questions/schema';
import type { Database, Launch, XapiOutboxRow } from '../db/schema';
import { logLti } from '../errors';
import type { GradedAttempt, LtiTarget, Submission } from '../grading';
import { cardQuestionId } from '../quiz-grading';
import { cardInteractions } from '../../quiz/interaction';
import type { Interaction } from '../../lms/interactions';
import type { Owner, QuizRound } from '../../quiz/types';
import { backoffDelay, DEFAULT_BACKOFF, OUTBOX_LEASE_MS, type Backoff } from '../outbox';
import { newId } from '../random';
import type { ClassScope } from './queries';
import { lrsOf, readSettingsRow, statementsUrl } from './settings';
import { lrsAddressProblem, type Lookup } from './lrs-address';

export const XAPI_VERSION = '1.0.3';

/** The learner as the LRS sees them: their LMS account (platform issuer + LTI sub), and the name the LMS sent. */
export type XapiActor = { objectType: 'Agent'; name?: string; account: { homePage: string; name: string } };

export function actorOf(issuer: string, launch: Pick<Launch, 'user_sub' | 'user_name'>): XapiActor {
  return { objectType: 'Agent', ...(launch.user_name ? { name: launch.user_name } : {}), account: { homePage: issuer, name: launch.user_sub } };
}

/** What every attempt's statements need: who, which attempt, the item's name, its grading and when it ended. */
type StatementsBase = {
  /** The tool's origin (activity IRIs are made from it). */
  origin: string;
  actor: XapiActor;
  attemptId: string;
  itemName: string;
  graded: GradedAttempt;
  now: Date;
  uuid?: () => string;
};

export type AttemptStatementsInput = StatementsBase & {
  target: Extract<LtiTarget, { kind: 'check-up' }>;
  questions: readonly BankQuestion[];
  submission: Submission;
};

export type QuizAttemptStatementsInput = StatementsBase & {
  target: Extract<LtiTarget, { kind: 'quiz' }>;
  /** The lesson that teaches the quiz (the statements' grouping). */
  lesson: string;
  /** The rounds the item counts, as graded (lib/lti/quiz-grading.ts). */
  rounds: readonly QuizRound[];
  startedAt: Date;
};

/** One "answered" statement per interaction (parent: its check-up or round), then the result about the item. */
function assemble(
  input: StatementsBase & { lesson: string; interactions: Interaction[]; objectId: string; target: LtiTarget; startedAt: Date },
): Record<string, unknown>[] {
  const answered = buildAnsweredStatements({
    origin: input.origin,
    lesson: input.lesson,
    parentName: input.itemName,
    interactions: input.interactions,
    uuid: input.uuid ?? newId,
  });
  const result = buildStatement({
    attemptId: input.attemptId,
    objectId: input.objectId,
    name: input.itemName,
    kind: 'widget',
    score: input.graded.correct,
    max: input.graded.total,
    passed: input.graded.percent >= resolvePassMark(input.target.assignment),
    graded: true,
    completedAt: input.now.toISOString(),
    durationMs: Math.max(0, input.now.getTime() - input.startedAt.getTime()),
  });
  return [...answered, result].map((statement) => ({ ...statement, actor: input.actor }));
}

/** A check-up attempt's statements: one "answered" per question (in the order asked), then the result. */
export function attemptStatements(input: AttemptStatementsInput): Record<string, unknown>[] {
  const started = new Date(input.submission.startedAt);
  const byId = new Map(input.submission.answers.map((entry) => [entry.questionId, entry]));
  const questionById = new Map(input.questions.map((question) => [question.id, question]));
  const interactions = input.graded.answers.flatMap((answer) => {
    const question = questionById.get(answer.questionId);
    if (!question) return [];
    const entry = byId.get(answer.questionId);
    return [
      checkUpInteraction({
        lesson: input.target.lesson,
        question,
        answer: entry?.answer as Answer | undefined,
        correct: answer.correct,
        latencyMs: Math.max(0, answer.answeredAt.getTime() - started.getTime()),
        at: answer.answeredAt.toISOString(),
      }),
    ];
  });
  const objectId = activityIri(input.origin, input.target.kind, input.target.lesson);
  return assemble({ ...input, lesson: input.target.lesson, interactions, objectId, startedAt: started });
}

/**
 * A quiz attempt's statements: one "answered" per card of each round (a choice among the round's zones, parent the
 * round), then the result about the graded item. The same interactions the embed sends (lib/quiz/interaction.ts).
 */
export function quizAttemptStatements(input: QuizAttemptStatementsInput): Record<string, unknown>[] {
  const byId = new Map(input.graded.answers.map((answer) => [answer.questionId, answer]));
  const interactions = input.rounds.flatMap((round) => {
    const answers = round.cards.map((card) => byId.get(cardQuestionId(round.id, card.id)));
    const answeredAt = answers.find((answer) => answer)?.answeredAt ?? input.now;
    const results = round.cards.map((card, index) => {
      const answer = answers[index];
      const placed = (answer?.chosen[0] as Owner | undefined) ?? null;
      return { id: card.id, placed, answer: card.answer, status: answer?.correct ? 'correct' : placed ? 'wrong' : 'unanswered' } as const;
    });
    return cardInteractions(round, results, answeredAt.getTime() - input.startedAt.getTime(), answeredAt.toISOString());
  });
  return assemble({ ...input, interactions, objectId: activityIri(input.origin, 'quiz', input.target.id) });
}

/**
 * Queues an attempt's statements when the attempt's course forwards to an LRS (inside recordAttempt's transaction,
 * so an attempt is never stored without them). Returns how many were queued.
 */
export async function enqueueAttemptStatements(
  trx: Transaction<Database> | Kysely<Database>,
  launch: Launch,
  build: (actor: XapiActor) => Record<string, unknown>[],
  attemptId: string,
  now: Date,
): Promise<number> {
  if (!launch.context_id) return 0;
  const scope = { platformId: launch.platform_id, deploymentPk: launch.deployment_pk, contextId: launch.context_id };
  const settings = await readSettingsRow(trx, scope);
  if (!settings?.lrs_endpoint) return 0;
  const platform = await trx.selectFrom('lti_platform').select('issuer').where('id', '=', launch.platform_id).executeTakeFirstOrThrow();
  const statements = build(actorOf(platform.issuer, launch));
  if (statements.length === 0) return 0;
  await trx
    .insertInto('lti_xapi_outbox')
    .values(
      statements.map((statement) => ({
        statement_id: String(statement.id),
        platform_id: scope.platformId,
        deployment_pk: scope.deploymentPk,
        context_id: scope.contextId,
        attempt_id: attemptId,
        statement: JSON.stringify(statement),
        next_try_at: now,
      })),
    )
    .onConflict((conflict) => conflict.column('statement_id').doNothing())
    .execute();
  return statements.length;
}

/** Statements due now, leased to this caller (the score outbox's claim, on the statements' table). */
/** Which due statements to claim: all, one attempt's (a learner's submission), or one course's (its settings saved). */
export type StatementFilter = { attemptId?: string; scope?: Pick<ClassScope, 'platformId' | 'deploymentPk' | 'contextId'> };

export async function claimDueStatements(db: Kysely<Database>, limit = 50, now = new Date(), filter: StatementFilter = {}): Promise<XapiOutboxRow[]> {
  return db.transaction().execute(async (trx) => {
    let query = trx.selectFrom('lti_xapi_outbox').select('id').where('status', '=', 'pending').where('next_try_at', '<=', now);
    if (filter.attemptId) query = query.where('attempt_id', '=', filter.attemptId);
    if (filter.scope) {
      query = query
        .where('platform_id', '=', filter.scope.platformId)
        .where('deployment_pk', '=', filter.scope.deploymentPk)
        .where('context_id', '=', filter.scope.contextId);
    }
    const due = await query.orderBy('id').limit(limit).forUpdate().skipLocked().execute();
    if (due.length === 0) return [];
    const claimed = await trx
      .updateTable('lti_xapi_outbox')
      .set({ next_try_at: new Date(now.getTime() + OUTBOX_LEASE_MS), tries: sql<number>`tries + 1` })
      .where(
        'id',
        'in',
        due.map((row) => row.id),
      )
      .returningAll()
      .execute();
    // In queue order, so an LRS gets a learner's statements in the order they were made.
    return claimed.sort((a, b) => Number(a.id) - Number(b.id));
  });
}

/** The LRS refused the statement itself (malformed, or a different statement under this id): waiting will not help. */
const permanent = (status: number) => [400, 409, 413].includes(status);

export type StatementDelivery = { id: number; statementId: string; outcome: 'delivered' | 'retry' | 'failed'; error?: string };

/**
 * Claims and sends what is due, each course's statements to its own LRS; returns what happened to each row.
 * Bounded in time, so a slow or silent LRS cannot hold a learner's submission or outlive the claim: each request has
 * `timeoutMs`, the whole run `deadlineMs` (rows left when it passes go back to the queue, due now), and after a
 * course's LRS cannot be reached its other rows wait for their retry without another try in this run. A request
 * handler passes `filter` to send only its own attempt's or course's statements; the sweeper sends everything.
 */
export async function deliverDueStatements(
  db: Kysely<Database>,
  options: {
    fetchImpl?: typeof fetch;
    limit?: number;
    now?: Date;
    backoff?: Backoff;
    timeoutMs?: number;
    deadlineMs?: number;
    filter?: StatementFilter;
    lookup?: Lookup;
  } = {},
): Promise<StatementDelivery[]> {
  const rows = await claimDueStatements(db, options.limit ?? 50, options.now, options.filter);
  const deadline = Date.now() + (options.deadlineMs ?? OUTBOX_LEASE_MS / 2);
  const unreachable = new Map<string, string>();
  const checkedAddress = new Map<string, string | null>();
  const fetchImpl = options.fetchImpl ?? fetch;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const lrsByScope = new Map<string, ReturnType<typeof lrsOf> | Error>();
  const results: StatementDelivery[] = [];
  for (const row of rows) {
    const scopeKey = `${row.platform_id}\u0000${row.deployment_pk}\u0000${row.context_id}`;
    if (!lrsByScope.has(scopeKey)) {
      try {
        lrsByScope.set(scopeKey, lrsOf(await readSettingsRow(db, { platformId: row.platform_id, deploymentPk: row.deployment_pk, contextId: row.context_id })));
      } catch (error) {
        lrsByScope.set(scopeKey, error instanceof Error ? error : new Error('the LRS secret could not be opened'));
      }
    }
    const lrs = lrsByScope.get(scopeKey)!;
    if (Date.now() > deadline) {
      // Out of time: back to the queue, due now, for the next run (the claim's try is not counted against it).
      await db
        .updateTable('lti_xapi_outbox')
        .set({ next_try_at: new Date(), tries: sql<number>`greatest(tries - 1, 0)` })
        .where('id', '=', row.id)
        .execute();
      continue;
    }
    let error: string;
    let status: number | undefined;
    if (lrs === null) {
      await db
        .updateTable('lti_xapi_outbox')
        .set({ status: 'failed', last_error: 'Forwarding was turned off before this statement was sent.' })
        .where('id', '=', row.id)
        .execute();
      results.push({ id: row.id, statementId: row.statement_id, outcome: 'failed', error: 'forwarding off' });
      continue;
    }
    if (!(lrs instanceof Error) && !checkedAddress.has(scopeKey)) {
      checkedAddress.set(scopeKey, await lrsAddressProblem(lrs.endpoint, { lookup: options.lookup }));
    }
    const addressProblem = checkedAddress.get(scopeKey);
    if (lrs instanceof Error) {
      error = 'The LRS secret could not be opened with the tool key; save the LRS settings again.';
    } else if (addressProblem) {
      error = `Not sent: ${addressProblem.replace(/^Endpoint: /, '')}`;
    } else if (unreachable.has(scopeKey)) {
      error = unreachable.get(scopeKey)!;
    } else {
      try {
        const url = new URL(statementsUrl(lrs.endpoint));
        url.searchParams.set('statementId', row.statement_id);
        const response = await fetchImpl(url, {
          method: 'PUT',
          headers: {
            authorization: `Basic ${Buffer.from(`${lrs.key}:${lrs.secret}`).toString('base64')}`,
            'content-type': 'application/json',
            'x-experience-api-version': XAPI_VERSION,
          },
          body: JSON.stringify(row.statement),
          redirect: 'error',
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
        await response.body?.cancel().catch(() => undefined);
        if (response.ok) {
          await db.updateTable('lti_xapi_outbox').set({ status: 'delivered', delivered_at: new Date(), last_error: null }).where('id', '=', row.id).execute();
          results.push({ id: row.id, statementId: row.statement_id, outcome: 'delivered' });
          continue;
        }
        status = response.status;
        error = `The LRS answered ${response.status} ${response.statusText}`.trim();
      } catch (cause) {
        error = `The LRS could not be reached (${cause instanceof Error ? cause.name : 'error'})`;
        unreachable.set(scopeKey, error);
      }
    }
    if (status !== undefined && permanent(status)) {
      await db.updateTable('lti_xapi_outbox').set({ status: 'failed', last_error: error }).where('id', '=', row.id).execute();
      logLti('xapi statement refused', { outbox: row.id, status });
      results.push({ id: row.id, statementId: row.statement_id, outcome: 'failed', error });
      continue;
    }
    await db
      .updateTable('lti_xapi_outbox')
      .set({ next_try_at: new Date(Date.now() + backoffDelay(row.tries, backoff)), last_error: error })
      .where('id', '=', row.id)
      .execute();
    results.push({ id: row.id, statementId: row.statement_id, outcome: 'retry', error });
  }
  const retries = results.filter((result) => result.outcome === 'retry').length;
  if (retries) logLti('xapi statements will be retried', { count: retries });
  return results;
}

/** After the instructor saves new LRS settings: what is waiting goes at the next sweep instead of after its backoff. */
export async function retryCourseNow(db: Kysely<Database>, scope: Pick<ClassScope, 'platformId' | 'deploymentPk' | 'contextId'>, now = new Date()) {
  await db
    .updateTable('lti_xapi_outbox')
    .set({ next_try_at: now })
    .where('platform_id', '=', scope.platformId)
    .where('deployment_pk', '=', scope.deploymentPk)
    .where('context_id', '=', scope.contextId)
    .where('status', '=', 'pending')
    .execute();
}

export type ForwardingStatus = {
  queued: number;
  sent: number;
  failed: number;
  /** Queued statements that have been tried and not taken yet, with the last error (never the credentials). */
  failing: number;
  lastError: string | null;
  lastSentAt: string | null;
};

/** The course's forwarding as the class view shows it: one grouped statement over the course's outbox rows. */
export async function forwardingStatus(db: Kysely<Database>, scope: Pick<ClassScope, 'platformId' | 'deploymentPk' | 'contextId'>): Promise<ForwardingStatus> {
  const { rows } = await sql<{ queued: number; sent: number; failed: number; failing: number; last_sent_at: Date | string | null; last_error: string | null }>`
    select
      count(*) filter (where status = 'pending')::int as queued,
      count(*) filter (where status = 'delivered')::int as sent,
      count(*) filter (where status = 'failed')::int as failed,
      count(*) filter (where status = 'pending' and last_error is not null)::int as failing,
      max(delivered_at) as last_sent_at,
      (select last_error from lti_xapi_outbox
        where platform_id = ${scope.platformId} and deployment_pk = ${scope.deploymentPk} and context_id = ${scope.contextId}
          and status <> 'delivered' and last_error is not null
        order by id desc limit 1) as last_error
    from lti_xapi_outbox
    where platform_id = ${scope.platformId} and deployment_pk = ${scope.deploymentPk} and context_id = ${scope.contextId}
  `.execute(db);
  const row = rows[0];
  const at = row?.last_sent_at ? new Date(row.last_sent_at).toISOString() : null;
  return {
    queued: Number(row?.queued ?? 0),
    sent: Number(row?.sent ?? 0),
    failed: Number(row?.failed ?? 0),
    failing: Number(row?.failing ?? 0),
    lastError: row?.last_error ?? null,
    lastSentAt: at,
  };
}
