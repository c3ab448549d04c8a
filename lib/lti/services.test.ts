/**
 * What the tool sends to a platform: the tool's keys and key set, the deep-linking response, attempts with their
 * answers, the score outbox (retry with backoff, idempotent, token cached, claimed once) and the roster. On PGlite
 * and on a real PostgreSQL (lib/lti/testing).
 */
import { createLocalJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LTI_CLAIM } from './claims';
import { recordAttempt, recordGradedAttempt } from './attempts';
import { checkUpContentItem, deepLinkingResponse, quizContentItem } from './deep-linking';
import { gradeQuizSubmission, quizSubmissionSchema } from './quiz-grading';
import { getResponsibilityMatrix, prepareRounds } from '../quiz/matrix';
import { LtiError } from './errors';
import { parseTarget, quizItemId } from './grading';
import { publicKeySet, rotateKey, currentSigningKey, RETIRED_KEY_GRACE_MS } from './keys';
import { keySetResolver, validateLaunch } from './launch';
import { startLogin } from './login';
import { backoffDelay, claimDue, deliverDue, scoresUrl, sweepOnce } from './outbox';
import { deleteUser, purgeExpired } from './privacy';
import { savePlatform } from './registration';
import { fetchRoster, nextLink } from './roster';
import { PlatformStub } from './testing/platform-stub';
import { isSealed } from './secrets';
import { testEngines } from './testing/databases';
import type { ToolDatabase } from './db/database';
import type { Launch } from './db/schema';
import type { BankQuestion } from '../questions/schema';
import type { GradedAssignment } from '../assignment/settings';

const TOOL = 'http://localhost:3000';
/** Starting PGlite or initdb takes a few seconds idle, far longer on a busy 2-core machine. */
const OPEN_TIMEOUT_MS = 300_000;
const questions: BankQuestion[] = [
  {
    lesson: 'launch-types',
    id: 'q1',
    kind: 'single',
    prompt: 'P',
    explanation: 'E',
    section: 's',
    options: [
      { id: 'a', text: 'A', correct: true },
      { id: 'b', text: 'B', feedback: 'F' },
    ],
  },
  { lesson: 'launch-types', id: 'q2', kind: 'true-false', prompt: 'P', explanation: 'E', section: 's', answer: true, why: 'W', wrongFeedback: 'F' },
];
const at = new Date().toISOString();
const submission = (first: string) => ({
  startedAt: at,
  answers: [
    { questionId: 'q1', answer: { kind: 'choice' as const, optionIds: [first] }, answeredAt: at },
    { questionId: 'q2', answer: { kind: 'true-false' as const, value: true }, answeredAt: at },
  ],
});
const fast = { baseMs: 1000, maxMs: 8000 };

test('scores go to the line item path + /scores, keeping its query', () => {
  expect(scoresUrl('http://m.test/mod/lti/services.php/2/lineitems/7/lineitem?type_id=3')).toBe(
    'http://m.test/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=3',
  );
  expect(backoffDelay(1, fast)).toBe(1000);
  expect(backoffDelay(3, fast)).toBe(4000);
  expect(backoffDelay(10, fast)).toBe(8000);
  expect(nextLink('<http://m.test/members?page=2>; rel="next", <http://m.test/members>; rel="first"')).toBe('http://m.test/members?page=2');
  expect(nextLink(null)).toBeNull();
});

for (const engine of testEngines()) {
  describe(`tool services on ${engine.name}`, () => {
    let database: ToolDatabase;
    let platform: PlatformStub;
    const keySet = keySetResolver({ cooldownMs: 0 });

    beforeAll(async () => {
      platform = await PlatformStub.start();
      database = await engine.open();
      await savePlatform(database.db, platform.registration);
    }, OPEN_TIMEOUT_MS);
    afterAll(async () => {
      await database?.close().catch(() => undefined);
      await platform?.stop();
      await engine.stop();
    }, OPEN_TIMEOUT_MS);

    async function launch(claims: Record<string, unknown> = {}): Promise<Launch> {
      const { state, nonce } = await startLogin(database.db, { iss: platform.issuer, login_hint: 'u', target_link_uri: `${TOOL}/lti/launch` }, TOOL);
      const valid = await validateLaunch(
        database.db,
        { idToken: await platform.sign(platform.launchClaims(nonce, claims)), state, binding: { kind: 'cookie' } },
        { keySet },
      );
      return database.db.selectFrom('lti_launch').selectAll().where('id', '=', valid.launchId).executeTakeFirstOrThrow();
    }

    test('the tool key is made once, published by kid, and a rotated key stays published for the grace period', async () => {
      const first = await currentSigningKey(database.db);
      expect((await currentSigningKey(database.db)).kid).toBe(first.kid);
      const before = await publicKeySet(database.db);
      expect(before.keys.map((key) => key.kid)).toEqual([first.kid]);
      expect(before.keys[0]).not.toHaveProperty('d');
      // At rest the private key is sealed (lib/lti/secrets.ts): the database holds no private JWK.
      const stored = await database.db.selectFrom('lti_tool_key').select('private_jwk').where('kid', '=', first.kid).executeTakeFirstOrThrow();
      expect(isSealed(stored.private_jwk)).toBe(true);
      expect(stored.private_jwk).not.toHaveProperty('d');
      const { kid } = await rotateKey(database.db);
      expect((await currentSigningKey(database.db)).kid).toBe(kid);
      expect((await publicKeySet(database.db)).keys.map((key) => key.kid).sort()).toEqual([first.kid, kid].sort());
      const later = new Date(Date.now() + RETIRED_KEY_GRACE_MS + 60_000);
      expect((await publicKeySet(database.db, later)).keys.map((key) => key.kid)).toEqual([kid]);
    });

    test('the deep-linking response is signed by the tool and carries a graded check-up with its line item', async () => {
      const deepLaunch = await launch({
        [LTI_CLAIM.messageType]: 'LtiDeepLinkingRequest',
        [LTI_CLAIM.roles]: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor'],
        [LTI_CLAIM.resourceLink]: undefined,
        [LTI_CLAIM.deepLinkingSettings]: { deep_link_return_url: `${platform.url}/return`, accept_types: ['ltiResourceLink'], data: 'opaque-42' },
      });
      const assignment: GradedAssignment = { v: 1, mode: 'graded', parts: ['check-up'], rounds: [], attempts: 3, feedback: 'explanation' };
      const { returnUrl, jwt } = await deepLinkingResponse(
        database.db,
        deepLaunch,
        checkUpContentItem(TOOL, { lesson: 'launch-types', lessonTitle: 'Launch types', questionCount: 8, assignment, scoreMaximum: 20 }),
      );
      expect(returnUrl).toBe(`${platform.url}/return`);
      const { payload } = await jwtVerify(jwt, createLocalJWKSet(await publicKeySet(database.db)), { issuer: platform.clientId, audience: platform.issuer });
      expect(payload).toMatchObject({
        [LTI_CLAIM.messageType]: 'LtiDeepLinkingResponse',
        [LTI_CLAIM.version]: '1.3.0',
        [LTI_CLAIM.deploymentId]: platform.deploymentId,
        [LTI_CLAIM.data]: 'opaque-42',
      });
      const [item] = payload[LTI_CLAIM.contentItems] as Record<string, unknown>[];
      expect(item).toMatchObject({
        type: 'ltiResourceLink',
        title: 'Check-up: Launch types',
        url: `${TOOL}/lti/launch`,
        lineItem: { scoreMaximum: 20, label: 'Check-up: Launch types', resourceId: 'check-up:launch-types', tag: 'check-up' },
      });
      // What the resource link opens reads back as the same assignment.
      expect(parseTarget(item.custom)).toEqual({ kind: 'check-up', id: 'launch-types', lesson: 'launch-types', assignment, scoreMaximum: 20 });
      // A learner's launch cannot sign content items.
      const learner = await launch();
      await expect(
        deepLinkingResponse(
          database.db,
          learner,
          checkUpContentItem(TOOL, { lesson: 'launch-types', lessonTitle: 'L', questionCount: 8, assignment, scoreMaximum: 20 }),
        ),
      ).rejects.toBeInstanceOf(LtiError);
    });

    test('an attempt is graded on the server, stored with its answers, and its score waits in the outbox until the platform answers', async () => {
      const learner = await launch();
      const target = parseTarget(learner.target);
      const recorded = await recordAttempt(database.db, learner, target, questions, submission('b'));
      expect(recorded).toMatchObject({ attemptNumber: 1, correct: 1, total: 2, reportedScore: 5, queued: true, attemptsLeft: 1 });
      const answers = await database.db.selectFrom('lti_attempt_answer').selectAll().where('attempt_id', '=', recorded.attemptId).orderBy('position').execute();
      expect(answers.map((answer) => [answer.question_id, answer.chosen, answer.correct])).toEqual([
        ['q1', ['b'], false],
        ['q2', ['true'], true],
      ]);

      // The platform is down: the score stays pending with a backoff.
      platform.scripted.set('/token', [{ status: 200, body: { access_token: 'token-1', expires_in: 3600 } }]);
      platform.scripted.set('/lineitems/7/lineitem/scores', [{ status: 503 }]);
      const now = new Date();
      expect((await deliverDue(database.db, { now, backoff: fast }))[0]).toMatchObject({ outcome: 'retry' });
      const waiting = await database.db.selectFrom('lti_score_outbox').selectAll().where('attempt_id', '=', recorded.attemptId).executeTakeFirstOrThrow();
      expect(waiting).toMatchObject({ status: 'pending', tries: 1 });
      expect(await claimDue(database.db, 10, now)).toEqual([]);

      // Back up: delivered on the next try, with the cached token (one token request in all) and the same payload.
      platform.scripted.set('/lineitems/7/lineitem/scores', [{ status: 200, body: {} }]);
      expect((await deliverDue(database.db, { now: new Date(Date.now() + 5_000), backoff: fast }))[0]).toMatchObject({ outcome: 'delivered' });
      const posts = platform.requests.filter((request) => request.path === '/lineitems/7/lineitem/scores');
      expect(posts).toHaveLength(2);
      expect(posts[0].body).toBe(posts[1].body);
      expect(JSON.parse(posts[1].body)).toMatchObject({
        userId: 'learner-42',
        scoreGiven: 5,
        scoreMaximum: 10,
        activityProgress: 'Completed',
        gradingProgress: 'FullyGraded',
      });
      expect(posts[1].headers.authorization).toBe('Bearer token-1');
      expect(posts[1].headers['content-type']).toBe('application/vnd.ims.lis.v1.score+json');
      expect(platform.requests.filter((request) => request.path === '/token')).toHaveLength(1);
      const tokenRequest = new URLSearchParams(platform.requests.find((request) => request.path === '/token')!.body);
      expect(tokenRequest.get('grant_type')).toBe('client_credentials');
      expect(tokenRequest.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
      // Delivered means done: nothing is claimed again.
      expect(await claimDue(database.db, 10, new Date(Date.now() + 3_600_000))).toEqual([]);
    });

    test('the second attempt counts if better; then no attempts are left; two claims never share a row', async () => {
      const learner = await launch({ sub: 'learner-2' });
      const target = parseTarget(learner.target);
      await recordAttempt(database.db, learner, target, questions, submission('b'));
      const second = await recordAttempt(database.db, learner, target, questions, submission('a'));
      expect(second).toMatchObject({ attemptNumber: 2, correct: 2, reportedScore: 10, attemptsLeft: 0 });
      await expect(recordAttempt(database.db, learner, target, questions, submission('a'))).rejects.toMatchObject({ check: 'session', status: 409 });
      const now = new Date(Date.now() + 60_000);
      const [a, b] = await Promise.all([claimDue(database.db, 1, now), claimDue(database.db, 1, now)]);
      const ids = [...a, ...b].map((row) => row.id);
      expect(ids).toHaveLength(new Set(ids).size);
      expect(ids.length).toBeGreaterThan(0);
    });

    test('a graded quiz round: the placements are scored on the server from the rounds bound to the launch, stored as a quiz attempt, sent through the outbox', async () => {
      const matrix = getResponsibilityMatrix();
      const roundIds = matrix.rounds.slice(0, 2).map((round) => round.id);
      const item = quizContentItem(TOOL, {
        rounds: prepareRounds(matrix, roundIds).map((round) => ({ id: round.id, title: round.title, cardCount: round.cards.length })),
        assignment: { v: 1, mode: 'graded', parts: ['quiz'], rounds: [], attempts: 2, feedback: 'none' },
        scoreMaximum: 20,
      });
      const learner = await launch({ sub: 'learner-quiz', [LTI_CLAIM.resourceLink]: { id: 'link-quiz' }, [LTI_CLAIM.custom]: item.custom });
      const target = parseTarget(learner.target);
      expect(target).toMatchObject({ kind: 'quiz', rounds: roundIds });
      const rounds = prepareRounds(matrix, target.kind === 'quiz' ? target.rounds : []);
      // Every card of the first round right, the second round untouched; the browser's "score" is not read.
      const first = rounds[0];
      const body = quizSubmissionSchema.parse({
        kind: 'quiz',
        startedAt: at,
        score: 100,
        rounds: [{ roundId: first.id, placements: Object.fromEntries(first.cards.map((card) => [card.id, card.answer])), answeredAt: at }],
      });
      const total = rounds.reduce((sum, round) => sum + round.cards.length, 0);
      const graded = gradeQuizSubmission(rounds, body, new Date());
      const recorded = await recordGradedAttempt(database.db, learner, target, graded, new Date(at));
      const expected = Math.round((((first.cards.length / total) * 100 * 100) / 100) * 20) / 100;
      expect(recorded).toMatchObject({ attemptNumber: 1, correct: first.cards.length, total, queued: true, attemptsLeft: 1 });
      expect(recorded.reportedScore).toBeCloseTo(expected, 1);
      const row = await database.db.selectFrom('lti_attempt').selectAll().where('id', '=', recorded.attemptId).executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        item_kind: 'quiz',
        item_id: quizItemId(rounds.map((round) => round.id)),
        score_given: first.cards.length,
        score_maximum: total,
      });
      const answers = await database.db.selectFrom('lti_attempt_answer').selectAll().where('attempt_id', '=', recorded.attemptId).orderBy('position').execute();
      expect(answers).toHaveLength(total);
      expect(answers[0]).toMatchObject({ question_id: `${first.id}/${first.cards[0].id}`, chosen: [first.cards[0].answer], correct: true });
      expect(answers[answers.length - 1]).toMatchObject({ chosen: [], correct: false });
      const outbox = await database.db.selectFrom('lti_score_outbox').selectAll().where('attempt_id', '=', recorded.attemptId).executeTakeFirstOrThrow();
      const payload = (typeof outbox.payload === 'string' ? JSON.parse(outbox.payload) : outbox.payload) as Record<string, unknown>;
      expect(payload).toMatchObject({ userId: 'learner-quiz', scoreGiven: recorded.reportedScore, scoreMaximum: 20, gradingProgress: 'FullyGraded' });
      // The attempts limit applies to quiz links as to check-ups.
      await recordGradedAttempt(database.db, learner, target, gradeQuizSubmission(rounds, body, new Date()), new Date(at));
      await expect(recordGradedAttempt(database.db, learner, target, graded, new Date(at))).rejects.toMatchObject({ status: 409 });
    });

    test('a refused score is set aside, not retried forever; a 401 drops the cached token and tries once more', async () => {
      const learner = await launch({ sub: 'learner-3' });
      await recordAttempt(database.db, learner, parseTarget(learner.target), questions, submission('a'));
      await database.db.deleteFrom('lti_access_token').execute();
      platform.scripted.set('/token', [
        { status: 200, body: { access_token: 'old', expires_in: 3600 } },
        { status: 200, body: { access_token: 'new', expires_in: 3600 } },
      ]);
      platform.scripted.set('/lineitems/7/lineitem/scores', [{ status: 401 }, { status: 200, body: {} }]);
      const results = await deliverDue(database.db, { now: new Date(Date.now() + 120_000), backoff: fast });
      expect(results.map((result) => result.outcome)).toContain('delivered');
      const learner4 = await launch({ sub: 'learner-4' });
      await recordAttempt(database.db, learner4, parseTarget(learner4.target), questions, submission('a'));
      platform.scripted.set('/lineitems/7/lineitem/scores', [{ status: 400 }]);
      expect((await deliverDue(database.db, { now: new Date(Date.now() + 240_000), backoff: fast })).map((result) => result.outcome)).toContain('failed');
    });

    test('the roster is read page by page on an instructor launch and kept per course', async () => {
      const teacher = await launch({ sub: 'teacher-1', [LTI_CLAIM.roles]: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor'] });
      platform.scripted.set('/token', [{ status: 200, body: { access_token: 'roster-token', expires_in: 3600 } }]);
      platform.scripted.set('/memberships', [
        {
          status: 200,
          body: { members: [{ user_id: 'learner-42', name: 'Ada', roles: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'] }] },
          headers: { link: `<${platform.url}/memberships2>; rel="next"` },
        },
      ]);
      platform.scripted.set('/memberships2', [
        { status: 200, body: { members: [{ user_id: 'teacher-1', roles: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor'] }] } },
      ]);
      const members = await fetchRoster(database.db, teacher);
      expect(members).toEqual([
        { userSub: 'learner-42', name: 'Ada', role: 'learner', status: 'Active' },
        { userSub: 'teacher-1', name: null, role: 'instructor', status: 'Active' },
      ]);
      expect(await database.db.selectFrom('lti_roster_member').select('user_sub').where('context_id', '=', 'course-1').orderBy('user_sub').execute()).toEqual([
        { user_sub: 'learner-42' },
        { user_sub: 'teacher-1' },
      ]);
      await expect(fetchRoster(database.db, await launch())).rejects.toBeInstanceOf(LtiError);
      // The cached access token is sealed at rest too.
      const tokens = await database.db.selectFrom('lti_access_token').select('token').execute();
      expect(tokens.length).toBeGreaterThan(0);
      for (const { token } of tokens) expect(token).not.toContain('roster-token');
    });

    test("privacy: expired rows go; a learner's attempts and answers can be deleted", async () => {
      const purged = await purgeExpired(database.db, 365, new Date(Date.now() + 24 * 3_600_000));
      expect(purged.loginStates).toBeGreaterThan(0);
      expect(purged.launches).toBeGreaterThan(0);
      const deleted = await deleteUser(database.db, platform.issuer, 'learner-42');
      expect(deleted.attempts).toBeGreaterThan(0);
      expect(
        await database.db
          .selectFrom('lti_attempt_answer')
          .innerJoin('lti_attempt', 'lti_attempt.id', 'lti_attempt_answer.attempt_id')
          .select('question_id')
          .where('user_sub', '=', 'learner-42')
          .execute(),
      ).toEqual([]);
    });

    test('the sweeper purges expired logins, nonces, sessions, tokens and old rate-limit rows on its first tick, then once per interval', async () => {
      const now = new Date(Date.now() + 2 * 24 * 3_600_000);
      await startLogin(database.db, { iss: platform.issuer, login_hint: 'u', target_link_uri: `${TOOL}/lti/launch` }, TOOL);
      await database.db
        .insertInto('lti_rate_limit')
        .values({ bucket: 'login:old', window_start: new Date(Date.now() - 3 * 3_600_000), hits: 1 })
        .execute();
      await database.db
        .insertInto('lti_access_token')
        .values({
          platform_id: (await database.db.selectFrom('lti_platform').select('id').executeTakeFirstOrThrow()).id,
          scopes: 'old-scope',
          token: 'expired',
          expires_at: new Date(Date.now() - 1000),
        })
        .onConflict((c) => c.doNothing())
        .execute();
      const state = { lastPurgeAt: null };
      // Any score still pending from the tests above meets a platform that is down: this test is about purging.
      const down = { purgeIntervalMs: 3_600_000, fetchImpl: async () => new Response(null, { status: 503 }) };
      const first = await sweepOnce(database.db, state, now, down);
      expect(first.purged).toMatchObject({ loginStates: expect.any(Number), rateLimits: expect.any(Number) });
      expect(first.purged!.loginStates).toBeGreaterThan(0);
      expect(first.purged!.rateLimits).toBeGreaterThan(0);
      expect(first.purged!.tokens).toBeGreaterThan(0);
      expect(await database.db.selectFrom('lti_login_state').select('state').where('expires_at', '<', now).execute()).toEqual([]);
      expect(await database.db.selectFrom('lti_rate_limit').select('bucket').where('bucket', '=', 'login:old').execute()).toEqual([]);
      // Within the interval the tick only delivers; after it, it purges again.
      expect((await sweepOnce(database.db, state, new Date(now.getTime() + 60_000), down)).purged).toBeNull();
      expect((await sweepOnce(database.db, state, new Date(now.getTime() + 3_600_000), down)).purged).not.toBeNull();
    });
  });
}
