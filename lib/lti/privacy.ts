/**
 * Keeping only what grading needs, only as long as needed: expired logins, nonces, launch sessions, tokens and
 * rate-limit counters go at once; attempts (with their answers) and rosters after the retention window
 * (LTI_RETENTION_DAYS, default 365); one learner's data on request (`npm run lti -- delete-user`).
 */
import { sql, type Kysely } from 'kysely';
import { deleteAttemptsCounted } from './class/summary';
import type { Database } from './db/schema';

export const DEFAULT_RETENTION_DAYS = 365;

/** The retention window in days: LTI_RETENTION_DAYS when it is a positive number, else DEFAULT_RETENTION_DAYS. */
export function retentionDays(setting = process.env.LTI_RETENTION_DAYS): number {
  const days = Number(setting);
  return Number.isFinite(days) && days > 0 ? days : DEFAULT_RETENTION_DAYS;
}

export async function purgeExpired(db: Kysely<Database>, retentionDays = DEFAULT_RETENTION_DAYS, now = new Date()) {
  const cutoff = new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000);
  const count = async (query: { executeTakeFirst(): Promise<{ numDeletedRows: bigint }> }) => Number((await query.executeTakeFirst()).numDeletedRows);
  return {
    loginStates: await count(db.deleteFrom('lti_login_state').where('expires_at', '<', now)),
    nonces: await count(db.deleteFrom('lti_used_nonce').where('expires_at', '<', now)),
    launches: await count(db.deleteFrom('lti_launch').where('expires_at', '<', now)),
    tokens: await count(db.deleteFrom('lti_access_token').where('expires_at', '<', now)),
    rateLimits: await count(db.deleteFrom('lti_rate_limit').where('window_start', '<', new Date(now.getTime() - 60 * 60 * 1000))),
    // A score still waiting for the gradebook keeps its attempt (on delete cascade would drop it).
    // The answer summary loses what the deleted attempts had counted, in the same statement.
    attempts: await deleteAttemptsCounted(
      db,
      sql`finished_at < ${cutoff} and not exists (select 1 from lti_score_outbox o where o.attempt_id = lti_attempt.id and o.status = 'pending')`,
    ),
    roster: await count(db.deleteFrom('lti_roster_member').where('fetched_at', '<', cutoff)),
    opens: await count(db.deleteFrom('lti_activity_open').where('last_opened_at', '<', cutoff)),
  };
}

/** Everything the tool holds about one learner of one platform (by issuer and LTI `sub`). */
export async function deleteUser(db: Kysely<Database>, issuer: string, sub: string) {
  const platforms = (await db.selectFrom('lti_platform').select('id').where('issuer', '=', issuer).execute()).map((row) => row.id);
  if (platforms.length === 0) return { attempts: 0, launches: 0, roster: 0, opens: 0 };
  return db.transaction().execute(async (trx) => {
    const attempts = await deleteAttemptsCounted(trx, sql`platform_id in (${sql.join(platforms)}) and user_sub = ${sub}`);
    const launches = await trx.deleteFrom('lti_launch').where('platform_id', 'in', platforms).where('user_sub', '=', sub).executeTakeFirst();
    const roster = await trx.deleteFrom('lti_roster_member').where('platform_id', 'in', platforms).where('user_sub', '=', sub).executeTakeFirst();
    const opens = await trx.deleteFrom('lti_activity_open').where('platform_id', 'in', platforms).where('user_sub', '=', sub).executeTakeFirst();
    return {
      attempts,
      launches: Number(launches.numDeletedRows),
      roster: Number(roster.numDeletedRows),
      opens: Number(opens.numDeletedRows),
    };
  });
}
