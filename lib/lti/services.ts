/**
 * Calling a platform's LTI Advantage services: an OAuth 2 access token from its token endpoint (client_credentials
 * with a private_key_jwt assertion signed by the tool's key), shared by every server through the database until
 * it expires; then authorised requests, retried once with a fresh token on 401.
 */
import { SignJWT } from 'jose';
import type { Kysely } from 'kysely';
import type { Database, Platform } from './db/schema';
import { currentSigningKey, TOOL_KEY_ALG } from './keys';
import { isSealed, seal, secretKey, unseal } from './secrets';
import { newId } from './random';

/** A token is reused until this long before it expires. */
const EXPIRY_MARGIN_MS = 30_000;

export class ServiceError extends Error {
  constructor(
    message: string,
    /** HTTP status of the platform's answer; undefined when it did not answer at all. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

async function requestToken(db: Kysely<Database>, platform: Platform, scopes: string, fetchImpl: typeof fetch): Promise<{ token: string; expiresIn: number }> {
  const { kid, key } = await currentSigningKey(db);
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: TOOL_KEY_ALG, kid, typ: 'JWT' })
    .setIssuer(platform.client_id)
    .setSubject(platform.client_id)
    .setAudience(platform.auth_token_audience || platform.auth_token_url)
    .setIssuedAt()
    .setExpirationTime('5m')
    .setJti(newId())
    .sign(key);
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: assertion,
    scope: scopes,
  });
  let response: Response;
  try {
    response = await fetchImpl(platform.auth_token_url, { method: 'POST', body, headers: { accept: 'application/json' }, signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    throw new ServiceError(`token endpoint unreachable (${error instanceof Error ? error.name : 'error'})`);
  }
  if (!response.ok) throw new ServiceError(`token endpoint answered ${response.status}`, response.status);
  const json = (await response.json().catch(() => null)) as { access_token?: unknown; expires_in?: unknown } | null;
  if (!json || typeof json.access_token !== 'string') throw new ServiceError('token endpoint sent no access_token', response.status);
  return { token: json.access_token, expiresIn: typeof json.expires_in === 'number' ? json.expires_in : 3600 };
}

/** A stored access token: sealed (lib/lti/secrets.ts), or plain when stored before tokens were sealed. */
function openToken(stored: string): string {
  if (!stored.startsWith('{')) return stored;
  const value: unknown = JSON.parse(stored);
  return isSealed(value) ? unseal(value, secretKey()) : stored;
}

/** A cached token for these scopes, or a new one (stored for the other servers). */
export async function accessToken(
  db: Kysely<Database>,
  platform: Platform,
  scopes: string[],
  fetchImpl: typeof fetch = fetch,
  now = new Date(),
): Promise<string> {
  const key = [...scopes].sort().join(' ');
  const cached = await db
    .selectFrom('lti_access_token')
    .select('token')
    .where('platform_id', '=', platform.id)
    .where('scopes', '=', key)
    .where('expires_at', '>', new Date(now.getTime() + EXPIRY_MARGIN_MS))
    .executeTakeFirst();
  if (cached) return openToken(cached.token);
  const { token, expiresIn } = await requestToken(db, platform, key, fetchImpl);
  const expiresAt = new Date(now.getTime() + expiresIn * 1000);
  const sealedToken = JSON.stringify(seal(token, secretKey()));
  await db
    .insertInto('lti_access_token')
    .values({ platform_id: platform.id, scopes: key, token: sealedToken, expires_at: expiresAt })
    .onConflict((conflict) => conflict.columns(['platform_id', 'scopes']).doUpdateSet({ token: sealedToken, expires_at: expiresAt }))
    .execute();
  return token;
}

async function forgetToken(db: Kysely<Database>, platform: Platform, scopes: string[]) {
  await db
    .deleteFrom('lti_access_token')
    .where('platform_id', '=', platform.id)
    .where('scopes', '=', [...scopes].sort().join(' '))
    .execute();
}

/** An authorised request to a platform service; a 401 drops the cached token and tries once more. */
export async function serviceRequest(
  db: Kysely<Database>,
  platform: Platform,
  scopes: string[],
  url: string,
  init: RequestInit,
  fetchImpl: typeof fetch = fetch,
): Promise<Response> {
  for (let round = 0; round < 2; round++) {
    const token = await accessToken(db, platform, scopes, fetchImpl);
    let response: Response;
    try {
      response = await fetchImpl(url, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      throw new ServiceError(`service unreachable (${error instanceof Error ? error.name : 'error'})`);
    }
    if (response.status === 401 && round === 0) {
      await forgetToken(db, platform, scopes);
      continue;
    }
    return response;
  }
  throw new ServiceError('unreachable');
}
