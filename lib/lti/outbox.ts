/**
 * The score outbox: a finished attempt's score is written in the same transaction as the attempt, then delivered
 * to the platform's line item (AGS 2.0 score publish service) by whichever server claims it first. Claiming moves
 * `next_try_at` forward inside a FOR UPDATE SKIP LOCKED transaction (a lease), so two servers never post the same row
 * at once; a failure backs off exponentially; a platform that is down only delays the score. Posting is idempotent:
 * the payload (with its timestamp) is fixed at enqueue time, so a repeated post carries the same score.
 */
import { sql, type Kysely } from 'kysely';
import { LTI_SCOPE } from './claims';
import type { Database, OutboxRow } from './db/schema';
import { logLti } from './errors';
import { ServiceError, serviceRequest } from './services';
import { purgeExpired, retentionDays } from './privacy';
import { deliverDueStatements } from './class/lrs';

export const OUTBOX_LEASE_MS = 60_000;

export type Backoff = { baseMs: number; maxMs: number };
export const DEFAULT_BACKOFF: Backoff = {
  baseMs: Number(process.env.LTI_OUTBOX_BACKOFF_MS) || 10_000,
  maxMs: Number(process.env.LTI_OUTBOX_BACKOFF_MAX_MS) || 60 * 60_000,
};

/** Delay before try number `tries + 1`: base, 2 x base, 4 x base, ... capped. */
export const backoffDelay = (tries: number, backoff: Backoff = DEFAULT_BACKOFF) => Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, tries - 1));

/** AGS: scores go to the line item URL's path + /scores, keeping its query string (Moodle's carry ?type_id=). */
export function scoresUrl(lineitem: string): string {
  const url = new URL(lineitem);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/scores`;
  return url.toString();
}

export type ScorePayload = {
  userId: string;
  scoreGiven: number;
  scoreMaximum: number;
  activityProgress: 'Initialized' | 'Started' | 'InProgress' | 'Submitted' | 'Completed';
  gradingProgress: 'FullyGraded' | 'Pending' | 'PendingManual' | 'Failed' | 'NotReady';
  timestamp: string;
  comment?: string;
};

/** Rows due now, leased to this caller. */
export async function claimDue(db: Kysely<Database>, limit = 10, now = new Date()): Promise<OutboxRow[]> {
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('lti_score_outbox')
      .select('id')
      .where('status', '=', 'pending')
      .where('next_try_at', '<=', now)
      .orderBy('id')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (due.length === 0) return [];
    return trx
      .updateTable('lti_score_outbox')
      .set({ next_try_at: new Date(now.getTime() + OUTBOX_LEASE_MS), tries: sql<number>`tries + 1` })
      .where(
        'id',
        'in',
        due.map((row) => row.id),
      )
      .returningAll()
      .execute();
  });
}

/** 4xx other than 401/408/409/429 will not get better by waiting: the row is set aside as failed (kept, with the error). */
const permanent = (status: number | undefined) => status !== undefined && status >= 400 && status < 500 && ![401, 408, 409, 429].includes(status);

export type DeliveryResult = { id: number; outcome: 'delivered' | 'retry' | 'failed'; error?: string };

async function deliverOne(db: Kysely<Database>, row: OutboxRow, fetchImpl: typeof fetch, backoff: Backoff): Promise<DeliveryResult> {
  const platform = await db.selectFrom('lti_platform').selectAll().where('id', '=', row.platform_id).executeTakeFirstOrThrow();
  let failure: ServiceError;
  try {
    const response = await serviceRequest(
      db,
      platform,
      [LTI_SCOPE.score],
      scoresUrl(row.lineitem_url),
      { method: 'POST', headers: { 'content-type': 'application/vnd.ims.lis.v1.score+json' }, body: JSON.stringify(row.payload) },
      fetchImpl,
    );
    if (response.ok) {
      await db.updateTable('lti_score_outbox').set({ status: 'delivered', delivered_at: new Date(), last_error: null }).where('id', '=', row.id).execute();
      logLti('score delivered', { outbox: row.id, tries: row.tries });
      return { id: row.id, outcome: 'delivered' };
    }
    failure = new ServiceError(`score service answered ${response.status}`, response.status);
  } catch (error) {
    failure = error instanceof ServiceError ? error : new ServiceError(error instanceof Error ? error.name : 'error');
  }
  if (permanent(failure.status)) {
    await db.updateTable('lti_score_outbox').set({ status: 'failed', last_error: failure.message }).where('id', '=', row.id).execute();
    logLti('score refused', { outbox: row.id, status: failure.status });
    return { id: row.id, outcome: 'failed', error: failure.message };
  }
  await db
    .updateTable('lti_score_outbox')
    .set({ next_try_at: new Date(Date.now() + backoffDelay(row.tries, backoff)), last_error: failure.message })
    .where('id', '=', row.id)
    .execute();
  logLti('score will be retried', { outbox: row.id, tries: row.tries, error: failure.message });
  return { id: row.id, outcome: 'retry', error: failure.message };
}

/** Claims and delivers what is due; returns what happened to each row. */
export async function deliverDue(
  db: Kysely<Database>,
  options: { fetchImpl?: typeof fetch; limit?: number; now?: Date; backoff?: Backoff } = {},
): Promise<DeliveryResult[]> {
  const rows = await claimDue(db, options.limit ?? 10, options.now);
  const results: DeliveryResult[] = [];
  for (const row of rows) results.push(await deliverOne(db, row, options.fetchImpl ?? fetch, options.backoff ?? DEFAULT_BACKOFF));
  return results;
}

/** Puts one row back to pending now (the `npm run lti -- outbox --retry-failed` command). */
export async function retryFailed(db: Kysely<Database>): Promise<number> {
  const rows = await db
    .updateTable('lti_score_outbox')
    .set({ status: 'pending', next_try_at: new Date() })
    .where('status', '=', 'failed')
    .returning('id')
    .execute();
  return rows.length;
}

const SWEEPER_KEY = Symbol.for('containers-on-aws.lti-outbox-sweeper');

/** How often each server purges expired rows (login states, nonces, sessions, tokens, rate-limit counters, and what is past the retention window). */
export const PURGE_INTERVAL_MS = Number(process.env.LTI_PURGE_INTERVAL_MS) || 60 * 60_000;

export type SweepState = { lastPurgeAt: number | null };

/**
 * One tick of the sweeper: deliver what is due, then purge when the last purge is PURGE_INTERVAL_MS old (or there
 * was none in this process). Deleting is idempotent, so servers purging at once do no harm. Returns what it did.
 */
export async function sweepOnce(
  db: Kysely<Database>,
  state: SweepState,
  now = new Date(),
  options: { fetchImpl?: typeof fetch; purgeIntervalMs?: number } = {},
) {
  const delivered = await deliverDue(db, { fetchImpl: options.fetchImpl, now });
  // The classes' xAPI statements, each to its course's LRS; a failure there never stops the scores or the purge.
  const forwarded = await deliverDueStatements(db, { fetchImpl: options.fetchImpl, now }).catch((error) => {
    logLti('xapi forwarding failed', { error: error instanceof Error ? error.name : 'unknown' });
    return [];
  });
  let purged: Awaited<ReturnType<typeof purgeExpired>> | null = null;
  if (state.lastPurgeAt === null || now.getTime() - state.lastPurgeAt >= (options.purgeIntervalMs ?? PURGE_INTERVAL_MS)) {
    state.lastPurgeAt = now.getTime();
    purged = await purgeExpired(db, retentionDays(), now);
    const total = Object.values(purged).reduce((sum, count) => sum + count, 0);
    if (total > 0) logLti('purged', purged);
  }
  return { delivered, forwarded, purged };
}

/**
 * Delivers due scores every LTI_OUTBOX_INTERVAL_MS (default 15 s) and purges expired rows every
 * LTI_PURGE_INTERVAL_MS (default an hour) in this server process. Every server runs one; the lease keeps them from
 * posting the same row. The timer holds no data: a restart loses nothing.
 */
export function startOutboxSweeper(getDb: () => Promise<Kysely<Database>>) {
  const holder = globalThis as { [SWEEPER_KEY]?: NodeJS.Timeout };
  if (holder[SWEEPER_KEY]) return;
  const interval = Number(process.env.LTI_OUTBOX_INTERVAL_MS) || 15_000;
  const state: SweepState = { lastPurgeAt: null };
  let running = false;
  holder[SWEEPER_KEY] = setInterval(() => {
    if (running) return;
    running = true;
    getDb()
      .then((db) => sweepOnce(db, state))
      .catch((error) => logLti('outbox sweep failed', { error: error instanceof Error ? error.name : 'unknown' }))
      .finally(() => (running = false));
  }, interval);
  holder[SWEEPER_KEY].unref();
}
