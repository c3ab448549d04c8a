/**
 * Every launch check against the in-repo platform stub, on PGlite and on a real PostgreSQL (lib/lti/testing).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LTI_CLAIM } from './claims';
import { LtiError } from './errors';
import { keySetResolver, validateLaunch, type LaunchInput } from './launch';
import { findPlatform, startLogin, allowRequest } from './login';
import { savePlatform } from './registration';
import { PlatformStub } from './testing/platform-stub';
import { testEngines } from './testing/databases';
import type { ToolDatabase } from './db/database';

const TOOL = 'http://localhost:3000';
/** Starting PGlite or initdb takes a few seconds idle, far longer on a busy 2-core machine. */
const OPEN_TIMEOUT_MS = 300_000;
const cookie: LaunchInput['binding'] = { kind: 'cookie' };

for (const engine of testEngines()) {
  describe(`launch checks on ${engine.name}`, () => {
    let database: ToolDatabase;
    let platform: PlatformStub;
    // No cooldown: the unknown-kid test refetches right after the first fetch.
    const keySet = keySetResolver({ cooldownMs: 0 });

    beforeAll(async () => {
      platform = await PlatformStub.start();
      database = await engine.open();
      await savePlatform(database.db, platform.registration);
    }, OPEN_TIMEOUT_MS);
    afterAll(async () => {
      await database?.close();
      await platform?.stop();
      await engine.stop();
    }, OPEN_TIMEOUT_MS);

    const login = () =>
      startLogin(database.db, { iss: platform.issuer, login_hint: 'u', target_link_uri: `${TOOL}/lti/launch`, client_id: platform.clientId }, TOOL);

    async function refusal(promise: Promise<unknown>): Promise<string> {
      const error = await promise.then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(LtiError);
      return (error as LtiError).check;
    }

    test('a well-formed launch passes and stores a session for the learner', async () => {
      const { state, nonce } = await login();
      const launch = await validateLaunch(database.db, { idToken: await platform.sign(platform.launchClaims(nonce)), state, binding: cookie }, { keySet });
      expect(launch).toMatchObject({ role: 'learner', messageType: 'LtiResourceLinkRequest' });
      const row = await database.db.selectFrom('lti_launch').selectAll().where('id', '=', launch.launchId).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ user_sub: 'learner-42', context_id: 'course-1', resource_link_id: 'link-1', role: 'learner' });
      expect(row.session_hash).not.toContain(launch.sessionToken);
    });

    test('an instructor role maps to instructor', async () => {
      const { state, nonce } = await login();
      const claims = platform.launchClaims(nonce, { [LTI_CLAIM.roles]: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor'] });
      expect((await validateLaunch(database.db, { idToken: await platform.sign(claims), state, binding: cookie }, { keySet })).role).toBe('instructor');
    });

    test('wrong issuer', async () => {
      const { state, nonce } = await login();
      expect(
        await refusal(
          validateLaunch(
            database.db,
            { idToken: await platform.sign(platform.launchClaims(nonce, { iss: 'https://evil.test' })), state, binding: cookie },
            { keySet },
          ),
        ),
      ).toBe('issuer');
    });

    test('wrong audience, and a second audience without the right azp', async () => {
      let { state, nonce } = await login();
      expect(
        await refusal(
          validateLaunch(
            database.db,
            { idToken: await platform.sign(platform.launchClaims(nonce, { aud: 'another-tool' })), state, binding: cookie },
            { keySet },
          ),
        ),
      ).toBe('audience');
      ({ state, nonce } = await login());
      const claims = platform.launchClaims(nonce, { aud: [platform.clientId, 'another-tool'], azp: 'another-tool' });
      expect(await refusal(validateLaunch(database.db, { idToken: await platform.sign(claims), state, binding: cookie }, { keySet }))).toBe('audience');
    });

    test('expired, and issued too long ago', async () => {
      let { state, nonce } = await login();
      const past = new Date(Date.now() - 20 * 60_000);
      expect(
        await refusal(
          validateLaunch(database.db, { idToken: await platform.sign(platform.launchClaims(nonce), { now: past }), state, binding: cookie }, { keySet }),
        ),
      ).toBe('expiry');
      ({ state, nonce } = await login());
      expect(
        await refusal(
          validateLaunch(
            database.db,
            { idToken: await platform.sign(platform.launchClaims(nonce), { now: past, expiresInSeconds: 3600 }), state, binding: cookie },
            { keySet },
          ),
        ),
      ).toBe('expiry');
    });

    test('a small clock skew is allowed', async () => {
      const { state, nonce } = await login();
      const ahead = new Date(Date.now() + 30_000);
      await expect(
        validateLaunch(database.db, { idToken: await platform.sign(platform.launchClaims(nonce), { now: ahead }), state, binding: cookie }, { keySet }),
      ).resolves.toBeTruthy();
    });

    test('a replayed launch: the state works once, and a nonce seen before is refused', async () => {
      const { state, nonce } = await login();
      const idToken = await platform.sign(platform.launchClaims(nonce));
      await validateLaunch(database.db, { idToken, state, binding: cookie }, { keySet });
      expect(await refusal(validateLaunch(database.db, { idToken, state, binding: cookie }, { keySet }))).toBe('state');
      // Even with a fresh state row that carries the same nonce (say the old row was purged), the nonce table refuses it.
      await database.db.deleteFrom('lti_login_state').where('state', '=', state).execute();
      const platformRow = await findPlatform(database.db, platform.issuer, platform.clientId);
      await database.db
        .insertInto('lti_login_state')
        .values({
          state: 'replayed-state-0123456789',
          nonce,
          platform_id: platformRow.id,
          storage_target: null,
          storage_origin: null,
          expires_at: new Date(Date.now() + 60_000),
        })
        .execute();
      expect(await refusal(validateLaunch(database.db, { idToken, state: 'replayed-state-0123456789', binding: cookie }, { keySet }))).toBe('nonce');
    });

    test("a nonce other than the login's is refused", async () => {
      const { state } = await login();
      expect(
        await refusal(
          validateLaunch(database.db, { idToken: await platform.sign(platform.launchClaims('some-other-nonce')), state, binding: cookie }, { keySet }),
        ),
      ).toBe('nonce');
    });

    test('an unknown kid makes the tool refetch the key set once, and the new key is accepted', async () => {
      const before = platform.keySetFetches();
      const kid = await platform.rotate({ publish: true });
      const { state, nonce } = await login();
      await expect(
        validateLaunch(database.db, { idToken: await platform.sign(platform.launchClaims(nonce), { kid }), state, binding: cookie }, { keySet }),
      ).resolves.toBeTruthy();
      expect(platform.keySetFetches()).toBe(before + 1);
    });

    test('a key the platform does not publish, and a forged signature, are refused', async () => {
      const kid = await platform.rotate({ publish: false });
      let { state, nonce } = await login();
      expect(
        await refusal(validateLaunch(database.db, { idToken: await platform.sign(platform.launchClaims(nonce), { kid }), state, binding: cookie }, { keySet })),
      ).toBe('signature');
      ({ state, nonce } = await login());
      const forged = await platform.sign(platform.launchClaims(nonce), { kid: 'platform-key-1', key: await PlatformStub.strangerKey() });
      expect(await refusal(validateLaunch(database.db, { idToken: forged, state, binding: cookie }, { keySet }))).toBe('signature');
    });

    test('unknown deployment', async () => {
      const { state, nonce } = await login();
      expect(
        await refusal(
          validateLaunch(
            database.db,
            {
              idToken: await platform.sign(platform.launchClaims(nonce, { [LTI_CLAIM.deploymentId]: 'deployment-9' }), { kid: 'platform-key-1' }),
              state,
              binding: cookie,
            },
            { keySet },
          ),
        ),
      ).toBe('deployment');
    });

    test('wrong message type and wrong version', async () => {
      let { state, nonce } = await login();
      expect(
        await refusal(
          validateLaunch(
            database.db,
            {
              idToken: await platform.sign(platform.launchClaims(nonce, { [LTI_CLAIM.messageType]: 'LtiSubmissionReviewRequest' }), { kid: 'platform-key-1' }),
              state,
              binding: cookie,
            },
            { keySet },
          ),
        ),
      ).toBe('message-type');
      ({ state, nonce } = await login());
      expect(
        await refusal(
          validateLaunch(
            database.db,
            { idToken: await platform.sign(platform.launchClaims(nonce, { [LTI_CLAIM.version]: '1.1' }), { kid: 'platform-key-1' }), state, binding: cookie },
            { keySet },
          ),
        ),
      ).toBe('version');
    });

    test("platform storage must give back the login's nonce", async () => {
      const { state, nonce } = await login();
      const idToken = await platform.sign(platform.launchClaims(nonce), { kid: 'platform-key-1' });
      expect(await refusal(validateLaunch(database.db, { idToken, state, binding: { kind: 'platform-storage', nonce: 'not-it' } }, { keySet }))).toBe(
        'browser-binding',
      );
      const again = await login();
      await expect(
        validateLaunch(
          database.db,
          {
            idToken: await platform.sign(platform.launchClaims(again.nonce), { kid: 'platform-key-1' }),
            state: again.state,
            binding: { kind: 'platform-storage', nonce: again.nonce },
          },
          { keySet },
        ),
      ).resolves.toBeTruthy();
    });

    test('login initiation: unknown issuer and a target on another site are refused; the redirect carries state and nonce', async () => {
      expect(await refusal(startLogin(database.db, { iss: 'https://unknown.test', login_hint: 'u', target_link_uri: `${TOOL}/lti/launch` }, TOOL))).toBe(
        'platform',
      );
      expect(await refusal(startLogin(database.db, { iss: platform.issuer, login_hint: 'u', target_link_uri: 'https://evil.test/lti/launch' }, TOOL))).toBe(
        'request',
      );
      const { redirectUrl, state, nonce } = await login();
      const url = new URL(redirectUrl);
      expect(Object.fromEntries(url.searchParams)).toMatchObject({
        state,
        nonce,
        client_id: platform.clientId,
        response_mode: 'form_post',
        redirect_uri: `${TOOL}/lti/launch`,
        login_hint: 'u',
        prompt: 'none',
      });
    });

    test('the login rate limit counts in the database', async () => {
      const now = new Date('2026-12-06T10:00:00Z');
      const results = [];
      for (let i = 0; i < 4; i++) results.push(await allowRequest(database.db, 'login:1.2.3.4', 3, 60_000, now));
      expect(results).toEqual([true, true, true, false]);
      expect(await allowRequest(database.db, 'login:1.2.3.4', 3, 60_000, new Date('2026-12-06T10:01:00Z'))).toBe(true);
    });
  });
}
