/**
 * OIDC login initiation (LTI Core 1.3, section 5.1.1): the platform sends the browser here first; the tool stores a
 * state and a nonce (single use, expiring) and sends the browser on to the platform's authorization endpoint.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database, Platform } from './db/schema';
import { LtiError } from './errors';
import { randomToken } from './random';

export const LOGIN_STATE_TTL_MS = 10 * 60 * 1000;

export const loginParamsSchema = z.object({
  iss: z.string().min(1).max(500),
  login_hint: z.string().min(1).max(2000),
  target_link_uri: z.string().min(1).max(2000),
  lti_message_hint: z.string().max(4000).optional(),
  client_id: z.string().max(255).optional(),
  lti_deployment_id: z.string().max(255).optional(),
  lti_storage_target: z.string().max(100).optional(),
});
export type LoginParams = z.infer<typeof loginParamsSchema>;

export function parseLoginParams(input: Record<string, string>): LoginParams {
  const parsed = loginParamsSchema.safeParse(input);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') || 'parameters';
    throw new LtiError(
      'request',
      `The login request is missing or has a bad "${field}".`,
      "Check the tool's login URL in the platform: it must be this tool's /lti/login.",
    );
  }
  return parsed.data;
}

/** The platform that sent this login: by issuer and client id (required when one issuer has several). */
export async function findPlatform(db: Kysely<Database>, issuer: string, clientId: string | undefined): Promise<Platform> {
  let query = db.selectFrom('lti_platform').selectAll().where('issuer', '=', issuer);
  if (clientId) query = query.where('client_id', '=', clientId);
  const platforms = await query.limit(2).execute();
  if (platforms.length === 0) {
    throw new LtiError(
      'platform',
      `No platform with issuer "${issuer}"${clientId ? ` and client id "${clientId}"` : ''} is registered with this tool.`,
      'Register the platform (Dynamic Registration, or "npm run lti -- add-platform"), or check the issuer and client id it sends.',
    );
  }
  if (platforms.length > 1) {
    throw new LtiError(
      'platform',
      `Several registrations share issuer "${issuer}" and the login request names no client id.`,
      'Configure the platform to send client_id in login requests.',
    );
  }
  return platforms[0];
}

export type LoginStart = {
  state: string;
  nonce: string;
  /** Where to send the browser: the platform's authorization endpoint with the OIDC parameters. */
  redirectUrl: string;
  /** LTI client-side storage: the frame to post to and the origin to expect, when the platform offers it. */
  storage?: { target: string; origin: string };
};

/** Checks the login request, stores state and nonce, and builds the authorization request. */
export async function startLogin(db: Kysely<Database>, params: LoginParams, toolOrigin: string, now = new Date()): Promise<LoginStart> {
  const platform = await findPlatform(db, params.iss, params.client_id);
  let target: URL;
  try {
    target = new URL(params.target_link_uri);
  } catch {
    throw new LtiError('request', "The login request's target_link_uri is not a URL.", "Set the tool URL in the platform to this tool's /lti/launch.");
  }
  if (target.origin !== toolOrigin) {
    throw new LtiError(
      'request',
      `The login request asks to launch ${target.origin}, not this tool (${toolOrigin}).`,
      "Set the tool URL in the platform to this tool's /lti/launch.",
    );
  }
  const state = randomToken();
  const nonce = randomToken();
  const auth = new URL(platform.auth_login_url);
  const storage = params.lti_storage_target ? { target: params.lti_storage_target, origin: auth.origin } : undefined;
  await db
    .insertInto('lti_login_state')
    .values({
      state,
      nonce,
      platform_id: platform.id,
      storage_target: storage?.target ?? null,
      storage_origin: storage?.origin ?? null,
      expires_at: new Date(now.getTime() + LOGIN_STATE_TTL_MS),
    })
    .execute();
  const query: Record<string, string> = {
    scope: 'openid',
    response_type: 'id_token',
    response_mode: 'form_post',
    prompt: 'none',
    client_id: platform.client_id,
    redirect_uri: `${toolOrigin}/lti/launch`,
    login_hint: params.login_hint,
    state,
    nonce,
  };
  if (params.lti_message_hint) query.lti_message_hint = params.lti_message_hint;
  for (const [key, value] of Object.entries(query)) auth.searchParams.set(key, value);
  return { state, nonce, redirectUrl: auth.toString(), storage };
}

/** Fixed-window rate limit kept in the database (every server counts the same requests). True when allowed. */
export async function allowRequest(db: Kysely<Database>, bucket: string, limit: number, windowMs: number, now = new Date()): Promise<boolean> {
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const row = await db
    .insertInto('lti_rate_limit')
    .values({ bucket, window_start: windowStart, hits: 1 })
    .onConflict((conflict) => conflict.columns(['bucket', 'window_start']).doUpdateSet((eb) => ({ hits: eb('lti_rate_limit.hits', '+', 1) })))
    .returning('hits')
    .executeTakeFirstOrThrow();
  return row.hits <= limit;
}
