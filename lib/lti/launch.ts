/**
 * The launch (LTI Core 1.3, section 5.1.1.3 onwards): the id_token the platform posts back is checked in this
 * order, each failure naming its check: state (single use, unexpired), signature against the platform's key set,
 * issuer, audience and azp, expiry and issue time (small skew), nonce (matches the login, never seen before),
 * deployment, version, message type and the claims that type needs. Then a launch row is stored and its session
 * token (only its hash is kept) handed to the launched page.
 */
import { createRemoteJWKSet, decodeProtectedHeader, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { idTokenClaimsSchema, LTI_CLAIM, mapRoles, MESSAGE_TYPES, type IdTokenClaims } from './claims';
import type { Database, LtiMessageType, Platform } from './db/schema';
import { LtiError } from './errors';
import { newId, randomToken, sha256 } from './random';

/** Clock skew allowed on exp/iat between platform and tool. */
export const CLOCK_SKEW_SECONDS = 60;
/** An id_token issued longer ago than this is refused even if its exp is later. */
export const MAX_ID_TOKEN_AGE_SECONDS = 10 * 60;
/** How long a launched page may submit answers. */
export const LAUNCH_SESSION_TTL_MS = 4 * 60 * 60 * 1000;

export type KeySetResolver = (platform: Platform) => JWTVerifyGetKey;

/**
 * The platform's key set, fetched once and cached per URL (a cache, not state: any server can refetch it); jose
 * refetches it when a token names an unknown kid (at most once per cooldown), which is how a platform's key rotation
 * is picked up.
 */
export function keySetResolver({ cooldownMs = 30_000, maxAgeMs = 10 * 60_000 } = {}): KeySetResolver {
  const keySets = new Map<string, JWTVerifyGetKey>();
  return (platform) => {
    let keySet = keySets.get(platform.jwks_url);
    if (!keySet) {
      keySet = createRemoteJWKSet(new URL(platform.jwks_url), { cooldownDuration: cooldownMs, cacheMaxAge: maxAgeMs, timeoutDuration: 5_000 });
      keySets.set(platform.jwks_url, keySet);
    }
    return keySet;
  };
}

export const remoteKeySet = keySetResolver();

export type LaunchInput = {
  idToken: string;
  state: string;
  /**
   * How this browser proved it started the login: the state cookie came back, or the platform's client-side storage
   * returned the nonce stored under this state. Without either, a launch could be replayed in another browser.
   */
  binding: { kind: 'cookie' } | { kind: 'platform-storage'; nonce: string };
};

export type ValidLaunch = {
  launchId: string;
  sessionToken: string;
  messageType: LtiMessageType;
  role: 'learner' | 'instructor';
  claims: IdTokenClaims;
  platform: Platform;
};

/** The login state row, claimed (marked used) in the same statement that checks it is unused and unexpired. */
async function claimState(db: Kysely<Database>, state: string, now: Date) {
  const row = await db
    .updateTable('lti_login_state')
    .set({ used_at: now })
    .where('state', '=', state)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['nonce', 'platform_id', 'storage_target'])
    .executeTakeFirst();
  if (!row) {
    throw new LtiError(
      'state',
      "This launch's state is unknown, expired or already used.",
      'Open the activity again from the course page (a launch link works once and for 10 minutes).',
    );
  }
  return row;
}

/** Checks the browser binding without using up the state (the postMessage page needs a second round trip). */
export async function stateNeedsPlatformStorage(db: Kysely<Database>, state: string): Promise<{ target: string; origin: string } | null> {
  const row = await db
    .selectFrom('lti_login_state')
    .select(['storage_target', 'storage_origin'])
    .where('state', '=', state)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return row?.storage_target && row.storage_origin ? { target: row.storage_target, origin: row.storage_origin } : null;
}

function verifyError(error: unknown): LtiError {
  if (error instanceof joseErrors.JWTExpired)
    return new LtiError('expiry', 'The id_token has expired.', "Check the platform's clock (it must be within a minute of the tool's), then launch again.");
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'iss')
      return new LtiError('issuer', "The id_token's issuer is not the registered platform's.", 'Check the issuer registered for this platform.');
    if (error.claim === 'aud')
      return new LtiError('audience', "The id_token is not addressed to this tool's client id.", 'Check the client id registered for this platform.');
    if (error.claim === 'iat' || error.claim === 'nbf')
      return new LtiError('expiry', `The id_token's ${error.claim} is outside the allowed window.`, "Check the platform's clock, then launch again.");
    return new LtiError('claims', `The id_token's "${error.claim}" claim failed: ${error.reason}.`, "Check the platform's LTI 1.3 configuration.");
  }
  if (error instanceof joseErrors.JWKSNoMatchingKey)
    return new LtiError(
      'signature',
      "The id_token is signed with a key the platform's key set does not list.",
      'Check the key set URL registered for this platform.',
    );
  if (error instanceof joseErrors.JWSSignatureVerificationFailed)
    return new LtiError('signature', "The id_token's signature does not verify.", 'Check the key set URL registered for this platform.');
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JOSEError)
    return new LtiError(
      'signature',
      "The id_token could not be checked against the platform's key set.",
      'Check that the key set URL registered for this platform answers.',
    );
  return new LtiError('signature', 'The id_token is not a signed JWT.', "Check the platform's LTI 1.3 configuration.");
}

/** Runs every check, then stores the launch. Throws LtiError naming the failed check. */
export async function validateLaunch(db: Kysely<Database>, input: LaunchInput, options: { keySet?: KeySetResolver; now?: Date } = {}): Promise<ValidLaunch> {
  const now = options.now ?? new Date();
  const keySet = options.keySet ?? remoteKeySet;
  const stateRow = await claimState(db, input.state, now);
  if (input.binding.kind === 'platform-storage' && input.binding.nonce !== stateRow.nonce) {
    throw new LtiError(
      'browser-binding',
      "The platform's storage returned a different value for this launch.",
      'Open the activity again from the course page, in the same browser window.',
    );
  }
  const platform = await db.selectFrom('lti_platform').selectAll().where('id', '=', stateRow.platform_id).executeTakeFirstOrThrow();

  try {
    decodeProtectedHeader(input.idToken);
  } catch {
    throw new LtiError('signature', 'The id_token is not a signed JWT.', "Check the platform's LTI 1.3 configuration.");
  }
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(input.idToken, keySet(platform), {
      issuer: platform.issuer,
      audience: platform.client_id,
      algorithms: ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'PS256'],
      clockTolerance: CLOCK_SKEW_SECONDS,
      maxTokenAge: MAX_ID_TOKEN_AGE_SECONDS,
      requiredClaims: ['exp', 'iat', 'nonce', 'sub'],
      currentDate: now,
    }));
  } catch (error) {
    throw verifyError(error);
  }
  const parsed = idTokenClaimsSchema.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const claim = String(issue?.path[0] ?? 'claims');
    const check =
      claim === LTI_CLAIM.deploymentId ? 'deployment' : claim === LTI_CLAIM.version ? 'version' : claim === LTI_CLAIM.messageType ? 'message-type' : 'claims';
    throw new LtiError(check, `The id_token's "${claim}" claim is missing or malformed.`, "Check the platform's LTI 1.3 configuration and privacy settings.");
  }
  const claims = parsed.data;
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if ((audiences.length > 1 || claims.azp !== undefined) && claims.azp !== platform.client_id) {
    throw new LtiError('audience', "The id_token's azp is not this tool's client id.", 'Check the client id registered for this platform.');
  }
  if (claims.nonce !== stateRow.nonce) {
    throw new LtiError('nonce', "The id_token's nonce is not the one this login issued.", 'Open the activity again from the course page.');
  }
  const nonceInserted = await db
    .insertInto('lti_used_nonce')
    .values({ platform_id: platform.id, nonce: claims.nonce, expires_at: new Date(now.getTime() + (MAX_ID_TOKEN_AGE_SECONDS + CLOCK_SKEW_SECONDS) * 1000) })
    .onConflict((conflict) => conflict.columns(['platform_id', 'nonce']).doNothing())
    .returning('nonce')
    .executeTakeFirst();
  if (!nonceInserted) {
    throw new LtiError('nonce', 'This id_token was already used.', 'Open the activity again from the course page.');
  }
  const deployment = await db
    .selectFrom('lti_deployment')
    .select('id')
    .where('platform_id', '=', platform.id)
    .where('deployment_id', '=', claims[LTI_CLAIM.deploymentId])
    .executeTakeFirst();
  if (!deployment) {
    throw new LtiError(
      'deployment',
      `Deployment "${claims[LTI_CLAIM.deploymentId]}" of this platform is not registered with the tool.`,
      'Add the deployment id ("npm run lti -- add-platform" with the same issuer and client id and --deployment-id) or register the tool again.',
    );
  }
  if (claims[LTI_CLAIM.version] !== '1.3.0') {
    throw new LtiError('version', `LTI version "${claims[LTI_CLAIM.version]}" is not supported.`, 'Configure the tool as LTI 1.3 in the platform.');
  }
  const messageType = claims[LTI_CLAIM.messageType];
  if (!(MESSAGE_TYPES as readonly string[]).includes(messageType)) {
    throw new LtiError('message-type', `Message type "${messageType}" is not one this tool handles.`, 'Use a resource link or deep linking to open this tool.');
  }
  if (messageType === 'LtiResourceLinkRequest' && !claims[LTI_CLAIM.resourceLink]) {
    throw new LtiError('claims', 'A resource link launch without a resource_link claim.', "Check the platform's LTI 1.3 configuration.");
  }
  const deepLink = claims[LTI_CLAIM.deepLinkingSettings];
  if (messageType === 'LtiDeepLinkingRequest' && !deepLink) {
    throw new LtiError('claims', 'A deep linking request without deep_linking_settings.', "Check the platform's LTI 1.3 configuration.");
  }

  const role = mapRoles(claims[LTI_CLAIM.roles]);
  const sessionToken = randomToken();
  const launchId = newId();
  const ags = claims[LTI_CLAIM.ags];
  await db
    .insertInto('lti_launch')
    .values({
      id: launchId,
      session_hash: sha256(sessionToken),
      platform_id: platform.id,
      deployment_pk: deployment.id,
      message_type: messageType as LtiMessageType,
      context_id: claims[LTI_CLAIM.context]?.id ?? null,
      context_title: claims[LTI_CLAIM.context]?.title ?? null,
      resource_link_id: claims[LTI_CLAIM.resourceLink]?.id ?? null,
      user_sub: claims.sub,
      user_name: claims.name ?? null,
      role,
      target: JSON.stringify(claims[LTI_CLAIM.custom] ?? null),
      ags_lineitem: ags?.lineitem ?? null,
      ags_lineitems: ags?.lineitems ?? null,
      ags_scopes: JSON.stringify(ags?.scope ?? []),
      nrps_url: claims[LTI_CLAIM.nrps]?.context_memberships_url ?? null,
      deep_link: deepLink ? JSON.stringify({ returnUrl: deepLink.deep_link_return_url, data: deepLink.data, acceptMultiple: deepLink.accept_multiple }) : null,
      expires_at: new Date(now.getTime() + LAUNCH_SESSION_TTL_MS),
    })
    .execute();
  return { launchId, sessionToken, messageType: messageType as LtiMessageType, role, claims, platform };
}

export const bearerSchema = z.string().regex(/^Bearer [A-Za-z0-9_-]{20,100}$/);

/** The launch a session token belongs to, if it is still valid. */
export async function launchForSession(db: Kysely<Database>, authorization: string | null, now = new Date()) {
  if (!authorization || !bearerSchema.safeParse(authorization).success) {
    throw new LtiError('session', 'This page has no valid launch session.', 'Open the activity again from the course page.', 401);
  }
  const launch = await db
    .selectFrom('lti_launch')
    .selectAll()
    .where('session_hash', '=', sha256(authorization.slice('Bearer '.length)))
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (!launch) throw new LtiError('session', 'This launch session has expired.', 'Open the activity again from the course page.', 401);
  return launch;
}
