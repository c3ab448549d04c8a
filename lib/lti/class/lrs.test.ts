/**
 * LRS forwarding on a real database (PGlite, and PostgreSQL when installed) against a real LRS stub served over HTTP
 * (lib/lti/testing/lrs-stub.ts: checks Basic auth, the version header and every statement with Learning Locker's
 * validator): the instructor's settings (secret sealed), statements queued with the attempt, kept while the LRS is
 * down or refuses the credentials, delivered once it is back, stored once when sent twice, set aside when refused,
 * claimed once, and the status the class view shows (never the secret).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BankQuestion } from '../../questions/schema';
import { recordAttempt } from '../attempts';
import { LTI_CLAIM } from '../claims';
import type { ToolDatabase } from '../db/database';
import type { Launch } from '../db/schema';
import { parseTarget } from '../grading';
import { keySetResolver, validateLaunch } from '../launch';
import { startLogin } from '../login';
import { sweepOnce } from '../outbox';
import { savePlatform } from '../registration';
import { testEngines } from '../testing/databases';
import { LrsStub } from '../testing/lrs-stub';
import { PlatformStub } from '../testing/platform-stub';
import { ANSWERED_VERB } from '../../embed/xapi-answered';
import { VERBS } from '../../embed/xapi';
import { claimDueStatements, deliverDueStatements, forwardingStatus, XAPI_VERSION } from './lrs';
import { classScope } from './queries';
import { lrsOf, readSettingsRow, saveSettings } from './settings';

const TOOL = 'http://localhost:3000';
const OPEN_TIMEOUT_MS = 300_000;
const LEARNER = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner';
const INSTRUCTOR = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor';
const STUCK = { minAttempts: 2, lowPercent: 60, staleDays: 7 };
const FAST = { baseMs: 1, maxMs: 1 };
const later = (ms = 120_000) => new Date(Date.now() + ms);
process.env.LTI_LRS_ALLOW_HTTP = '1';
process.env.LTI_LRS_ALLOW_PRIVATE_NETWORK = '1'; // the LRS stub listens on loopback

const questions: BankQuestion[] = [
  {
    lesson: 'launch-types',
    id: 'q1',
    kind: 'single',
    prompt: 'Who patches Fargate hosts?',
    explanation: 'AWS patches them.',
    section: 'who-patches',
    options: [
      { id: 'a', text: 'AWS', correct: true },
      { id: 'b', text: 'You', feedback: 'Mixes Fargate up with EC2.' },
    ],
  },
  {
    lesson: 'launch-types',
    id: 'q2',
    kind: 'true-false',
    prompt: 'Tasks share a kernel on Fargate.',
    explanation: 'They do not.',
    section: 'isolation',
    answer: false,
    why: 'W',
    wrongFeedback: 'F2',
  },
];
const answersOf = (q1: string, q2: boolean) => ({
  startedAt: new Date(Date.now() - 65_000).toISOString(),
  answers: [
    { questionId: 'q1', answer: { kind: 'choice' as const, optionIds: [q1] }, answeredAt: new Date(Date.now() - 30_000).toISOString() },
    { questionId: 'q2', answer: { kind: 'true-false' as const, value: q2 }, answeredAt: new Date(Date.now() - 10_000).toISOString() },
  ],
});
const XAPI = { origin: TOOL, itemName: 'Check-up: Launch types' };

for (const engine of testEngines()) {
  describe(`LRS forwarding on ${engine.name}`, () => {
    let database: ToolDatabase;
    let platform: PlatformStub;
    let lrs: LrsStub;
    const keySet = keySetResolver({ cooldownMs: 0 });

    async function launch(sub: string, role: string, claims: Record<string, unknown> = {}): Promise<Launch> {
      const { state, nonce } = await startLogin(database.db, { iss: platform.issuer, login_hint: sub, target_link_uri: `${TOOL}/lti/launch` }, TOOL);
      const signed = await platform.sign(platform.launchClaims(nonce, { sub, name: sub === 'ann' ? 'Ann' : undefined, [LTI_CLAIM.roles]: [role], ...claims }));
      const valid = await validateLaunch(database.db, { idToken: signed, state, binding: { kind: 'cookie' } }, { keySet });
      return database.db.selectFrom('lti_launch').selectAll().where('id', '=', valid.launchId).executeTakeFirstOrThrow();
    }
    async function attempt(sub: string, q1: string, q2: boolean, claims: Record<string, unknown> = {}) {
      const row = await launch(sub, LEARNER, claims);
      return recordAttempt(database.db, row, parseTarget(row.target), questions, answersOf(q1, q2), new Date(), XAPI);
    }
    const outbox = () => database.db.selectFrom('lti_xapi_outbox').selectAll().orderBy('id').execute();

    beforeAll(async () => {
      platform = await PlatformStub.start();
      lrs = await LrsStub.start('course-key', 'course-secret-value');
      database = await engine.open();
      await savePlatform(database.db, platform.registration);
    }, OPEN_TIMEOUT_MS);
    afterAll(async () => {
      await database?.close().catch(() => undefined);
      await platform?.stop();
      await lrs?.stop();
      await engine.stop();
    }, OPEN_TIMEOUT_MS);

    test('a course without an LRS queues nothing', async () => {
      await attempt('zed', 'a', false);
      expect(await outbox()).toEqual([]);
    });

    test("the instructor's LRS is stored for their course only, the secret sealed and never shown", async () => {
      const scope = classScope(await launch('teacher-1', INSTRUCTOR));
      const saved = await saveSettings(database.db, scope, { stuck: STUCK, lrs: { endpoint: lrs.endpoint, key: 'course-key', secret: 'course-secret-value' } });
      expect(saved).toEqual({ stuck: STUCK, lrs: { endpoint: lrs.endpoint, key: 'course-key', secretSet: true } });
      expect(JSON.stringify(saved)).not.toContain('course-secret-value');
      const row = await readSettingsRow(database.db, scope);
      expect(JSON.stringify(row)).not.toContain('course-secret-value');
      expect(lrsOf(row)?.secret).toBe('course-secret-value');
      // A blank secret keeps the stored one.
      await saveSettings(database.db, scope, { stuck: STUCK, lrs: { endpoint: lrs.endpoint, key: 'course-key', secret: '' } });
      expect(lrsOf(await readSettingsRow(database.db, scope))?.secret).toBe('course-secret-value');
      // ...but only for the same LRS: pointing the stored secret at another server needs the secret again.
      await expect(
        saveSettings(
          database.db,
          scope,
          { stuck: STUCK, lrs: { endpoint: 'https://collector.attacker.test/xapi/', key: 'course-key', secret: '' } },
          new Date(),
          {
            lookup: async () => [{ address: '93.184.216.34' }],
          },
        ),
      ).rejects.toThrow(/enter it again for the new endpoint/);
      expect((await readSettingsRow(database.db, scope))?.lrs_endpoint).toBe(lrs.endpoint);
      const other = classScope(await launch('teacher-2', INSTRUCTOR, { [LTI_CLAIM.context]: { id: 'course-2', title: 'Other course' } }));
      expect(await readSettingsRow(database.db, other)).toBeUndefined();
    });

    test('while the LRS is down the statements wait, and they all arrive once it is back', async () => {
      lrs.down = 503;
      const recorded = await attempt('ann', 'a', true);
      const rows = await outbox();
      expect(rows).toHaveLength(3);
      expect(rows.every((row) => row.attempt_id === recorded.attemptId && row.status === 'pending')).toBe(true);
      const first = await deliverDueStatements(database.db, { backoff: FAST });
      expect(first.map((result) => result.outcome)).toEqual(['retry', 'retry', 'retry']);
      const scope = classScope(await launch('teacher-1', INSTRUCTOR));
      const failing = await forwardingStatus(database.db, scope);
      expect(failing).toMatchObject({ queued: 3, sent: 0, failing: 3, failed: 0 });
      expect(failing.lastError).toMatch(/503/);
      expect(JSON.stringify(failing)).not.toMatch(/course-secret-value|course-key/);
      // A dropped connection is a retry too, and the course's other statements wait without another try in that run.
      lrs.down = 'drop';
      let tries = 0;
      const counting: typeof fetch = (...args) => {
        tries += 1;
        return fetch(...args);
      };
      expect((await deliverDueStatements(database.db, { backoff: FAST, now: later(), fetchImpl: counting })).map((result) => result.outcome)).toEqual([
        'retry',
        'retry',
        'retry',
      ]);
      expect(tries).toBe(1);
      expect((await forwardingStatus(database.db, scope)).lastError).toMatch(/could not be reached/);
      lrs.down = null;
      const second = await deliverDueStatements(database.db, { backoff: FAST, now: later(240_000) });
      expect(second.map((result) => result.outcome)).toEqual(['delivered', 'delivered', 'delivered']);
      expect(lrs.refused).toEqual([]);
      const stored = [...lrs.statements.values()];
      expect(stored.map((statement) => (statement.verb as { id: string }).id)).toEqual([ANSWERED_VERB, ANSWERED_VERB, VERBS.failed]);
      const result = lrs.statements.get(recorded.attemptId)!;
      expect(result.actor).toEqual({ objectType: 'Agent', name: 'Ann', account: { homePage: platform.issuer, name: 'ann' } });
      expect(result.result).toMatchObject({ score: { raw: 1, max: 2, scaled: 0.5 }, success: false, completion: true });
      const ok = lrs.requests.filter((request) => request.status === 204);
      expect(ok.map((request) => request.path)).toEqual(['/xapi/statements', '/xapi/statements', '/xapi/statements']);
      expect(await forwardingStatus(database.db, scope)).toMatchObject({ queued: 0, sent: 3, failing: 0, failed: 0, lastError: null });
      expect(XAPI_VERSION).toBe('1.0.3');
    });

    test('a statement sent twice is stored once (PUT by statement id)', async () => {
      const [row] = await outbox();
      await database.db.updateTable('lti_xapi_outbox').set({ status: 'pending', next_try_at: new Date() }).where('id', '=', row.id).execute();
      const before = lrs.statements.size;
      const results = await deliverDueStatements(database.db, { backoff: FAST });
      expect(results).toEqual([{ id: row.id, statementId: row.statement_id, outcome: 'delivered' }]);
      expect(lrs.statements.size).toBe(before);
      expect(lrs.requests.at(-1)).toMatchObject({ statementId: row.statement_id, status: 204 });
    });

    test('wrong credentials are retried, not lost; saving the right ones sends them at the next sweep', async () => {
      const teacher = await launch('teacher-1', INSTRUCTOR);
      const scope = classScope(teacher);
      await saveSettings(database.db, scope, { stuck: STUCK, lrs: { endpoint: lrs.endpoint, key: 'course-key', secret: 'a-typo' } });
      await attempt('bob', 'a', false);
      expect((await deliverDueStatements(database.db, { backoff: { baseMs: 3_600_000, maxMs: 3_600_000 } })).map((result) => result.outcome)).toEqual([
        'retry',
        'retry',
        'retry',
      ]);
      const status = await forwardingStatus(database.db, scope);
      expect(status).toMatchObject({ queued: 3, failing: 3 });
      expect(status.lastError).toMatch(/401/);
      expect(JSON.stringify(status)).not.toContain('a-typo');
      // The route does this after saving: what waits goes at the next sweep, not after its hour of backoff.
      await saveSettings(database.db, scope, { stuck: STUCK, lrs: { endpoint: lrs.endpoint, key: 'course-key', secret: 'course-secret-value' } });
      const { retryCourseNow } = await import('./lrs');
      await retryCourseNow(database.db, scope);
      const swept = await sweepOnce(database.db, { lastPurgeAt: Date.now() }, new Date(), { purgeIntervalMs: 3_600_000 });
      expect(swept.forwarded.map((result) => result.outcome)).toEqual(['delivered', 'delivered', 'delivered']);
    });

    test('a statement the LRS refuses is set aside as failed, with its error, and the others go on', async () => {
      const scope = classScope(await launch('teacher-1', INSTRUCTOR));
      await database.db
        .insertInto('lti_xapi_outbox')
        .values({
          statement_id: '0b9f6a4e-6a0c-4d0f-9d8e-2f0a5a1b2c3d',
          platform_id: scope.platformId,
          deployment_pk: scope.deploymentPk,
          context_id: scope.contextId,
          attempt_id: null,
          statement: JSON.stringify({ id: '0b9f6a4e-6a0c-4d0f-9d8e-2f0a5a1b2c3d', verb: { id: 'not an iri' } }),
          next_try_at: new Date(),
        })
        .execute();
      await attempt('cyd', 'a', false);
      const results = await deliverDueStatements(database.db, { backoff: FAST });
      expect(results.map((result) => result.outcome)).toEqual(['failed', 'delivered', 'delivered', 'delivered']);
      expect(lrs.refused.length).toBeGreaterThan(0);
      const status = await forwardingStatus(database.db, scope);
      expect(status).toMatchObject({ queued: 0, failed: 1 });
      expect(status.lastError).toMatch(/400/);
      lrs.refused.length = 0;
    });

    test('two servers claiming at once never get the same statement', async () => {
      lrs.down = 503;
      await attempt('dee', 'a', true);
      await attempt('eve', 'b', false);
      const [a, b] = await Promise.all([claimDueStatements(database.db, 3), claimDueStatements(database.db, 3)]);
      const ids = [...a, ...b].map((row) => row.id);
      expect(ids).toHaveLength(6);
      expect(new Set(ids).size).toBe(6);
      expect(await claimDueStatements(database.db, 10)).toEqual([]);
      lrs.down = null;
    });

    test('turning forwarding off sets aside what was waiting, with the reason', async () => {
      const scope = classScope(await launch('teacher-1', INSTRUCTOR));
      await saveSettings(database.db, scope, { stuck: STUCK, lrs: null });
      const results = await deliverDueStatements(database.db, { now: later() });
      expect(results).toHaveLength(6);
      expect(results.every((result) => result.outcome === 'failed')).toBe(true);
      const row = await database.db
        .selectFrom('lti_xapi_outbox')
        .select('last_error')
        .where('status', '=', 'failed')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      expect(row.last_error).toMatch(/turned off/);
      await attempt('fay', 'a', true);
      expect((await outbox()).filter((entry) => entry.status === 'pending')).toEqual([]);
    });
  });
}
