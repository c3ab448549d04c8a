/**
 * Registering platforms: LTI Dynamic Registration 1.0 (the admin pastes the tool's /lti/register URL into the LMS;
 * the LMS opens it with its openid_configuration URL and a registration token) and manual registration (the
 * `npm run lti -- add-platform` command), both ending in a platform row and its deployment(s). Several platforms,
 * and several deployments per platform, live side by side.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { LTI_SCOPE } from './claims';
import type { Database } from './db/schema';
import { LtiError } from './errors';

export const TOOL_NAME = 'Containers on AWS';

/** The tool's own endpoints, shown on the setup page and sent in registrations. */
export function toolEndpoints(origin: string) {
  return {
    login: `${origin}/lti/login`,
    launch: `${origin}/lti/launch`,
    deepLink: `${origin}/lti/launch`,
    jwks: `${origin}/lti/jwks`,
    register: `${origin}/lti/register`,
  };
}

const url = z.url({ protocol: /^https?$/ });

export const manualPlatformSchema = z.object({
  issuer: z.string().min(1).max(500),
  clientId: z.string().min(1).max(255),
  name: z.string().min(1).max(200).optional(),
  authLoginUrl: url,
  authTokenUrl: url,
  authTokenAudience: z.string().max(500).optional(),
  jwksUrl: url,
  deploymentIds: z.array(z.string().min(1).max(255)).min(1),
});
export type ManualPlatform = z.infer<typeof manualPlatformSchema>;

/** Adds (or updates) a platform and its deployments; returns the platform's id. */
export async function savePlatform(db: Kysely<Database>, input: ManualPlatform): Promise<number> {
  const platform = manualPlatformSchema.parse(input);
  return db.transaction().execute(async (trx) => {
    const values = {
      issuer: platform.issuer,
      client_id: platform.clientId,
      name: platform.name ?? new URL(platform.authLoginUrl).host,
      auth_login_url: platform.authLoginUrl,
      auth_token_url: platform.authTokenUrl,
      auth_token_audience: platform.authTokenAudience ?? null,
      jwks_url: platform.jwksUrl,
    };
    const { id } = await trx
      .insertInto('lti_platform')
      .values(values)
      .onConflict((conflict) => conflict.columns(['issuer', 'client_id']).doUpdateSet(values))
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('lti_deployment')
      .values(platform.deploymentIds.map((deployment_id) => ({ platform_id: id, deployment_id })))
      .onConflict((conflict) => conflict.columns(['platform_id', 'deployment_id']).doNothing())
      .execute();
    return id;
  });
}

/** The platform's OpenID configuration, as far as the tool needs it (LTI Dynamic Registration, section 3.4). */
export const platformConfigurationSchema = z.object({
  issuer: z.string().min(1),
  authorization_endpoint: url,
  token_endpoint: url,
  jwks_uri: url,
  registration_endpoint: url,
  authorization_server: z.string().optional(),
  'https://purl.imsglobal.org/spec/lti-platform-configuration': z
    .object({ product_family_code: z.string().optional(), version: z.string().optional() })
    .optional(),
});

const registrationResponseSchema = z.object({
  client_id: z.string().min(1),
  'https://purl.imsglobal.org/spec/lti-tool-configuration': z.object({ deployment_id: z.string().min(1).optional() }).optional(),
});

/** The client registration the tool asks for. */
export function toolRegistrationRequest(origin: string) {
  const endpoints = toolEndpoints(origin);
  return {
    application_type: 'web',
    response_types: ['id_token'],
    grant_types: ['implicit', 'client_credentials'],
    initiate_login_uri: endpoints.login,
    redirect_uris: [endpoints.launch],
    client_name: TOOL_NAME,
    jwks_uri: endpoints.jwks,
    token_endpoint_auth_method: 'private_key_jwt',
    scope: [LTI_SCOPE.lineItem, LTI_SCOPE.lineItemReadOnly, LTI_SCOPE.result, LTI_SCOPE.score, LTI_SCOPE.roster].join(' '),
    'https://purl.imsglobal.org/spec/lti-tool-configuration': {
      domain: new URL(origin).host,
      description: 'Interactive lessons on deploying containers on AWS, with graded check-ups.',
      target_link_uri: endpoints.launch,
      // Only what grading needs: the user id always comes; the name lets an instructor read class results.
      claims: ['iss', 'sub', 'name'],
      messages: [{ type: 'LtiDeepLinkingRequest', target_link_uri: endpoints.deepLink, label: 'Add a lesson, widget or graded check-up' }],
    },
  };
}

/**
 * Runs a dynamic registration: fetches the platform's configuration (its issuer must be the configuration URL's
 * origin or a prefix of it), registers the tool with the registration token, stores platform and deployment.
 */
export async function registerDynamically(
  db: Kysely<Database>,
  origin: string,
  params: { openidConfiguration: string; registrationToken?: string },
  fetchImpl: typeof fetch = fetch,
): Promise<{ platformId: number; issuer: string; clientId: string; deploymentId: string | null; product?: string }> {
  let configUrl: URL;
  try {
    configUrl = new URL(params.openidConfiguration);
  } catch {
    throw new LtiError('registration', 'The registration request has no valid openid_configuration URL.', 'Start the registration again from the platform.');
  }
  const fail = (what: string) =>
    new LtiError('registration', what, 'Check that the platform can be reached from the tool, then start the registration again.', 502);
  const configResponse = await fetchImpl(configUrl, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(10_000) }).catch(() => null);
  if (!configResponse?.ok) throw fail("The platform's OpenID configuration could not be read.");
  const config = platformConfigurationSchema.safeParse(await configResponse.json().catch(() => null));
  if (!config.success) throw fail(`The platform's OpenID configuration lacks "${String(config.error.issues[0]?.path[0])}".`);
  const issuer = config.data.issuer;
  if (!configUrl.toString().startsWith(issuer.replace(/\/$/, '')) && new URL(issuer).origin !== configUrl.origin) {
    throw new LtiError(
      'registration',
      "The platform's issuer does not match the address of its configuration.",
      'Start the registration from the platform itself.',
    );
  }
  const registration = await fetchImpl(config.data.registration_endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(params.registrationToken ? { authorization: `Bearer ${params.registrationToken}` } : {}),
    },
    body: JSON.stringify(toolRegistrationRequest(origin)),
    signal: AbortSignal.timeout(10_000),
  }).catch(() => null);
  if (!registration?.ok) throw fail(`The platform refused the registration${registration ? ` (HTTP ${registration.status})` : ''}.`);
  const registered = registrationResponseSchema.safeParse(await registration.json().catch(() => null));
  if (!registered.success) throw fail("The platform's registration answer has no client_id.");
  const deploymentId = registered.data['https://purl.imsglobal.org/spec/lti-tool-configuration']?.deployment_id ?? null;
  const platformId = await db.transaction().execute(async (trx) => {
    const values = {
      issuer,
      client_id: registered.data.client_id,
      name: config.data['https://purl.imsglobal.org/spec/lti-platform-configuration']?.product_family_code ?? configUrl.host,
      auth_login_url: config.data.authorization_endpoint,
      auth_token_url: config.data.token_endpoint,
      auth_token_audience: config.data.authorization_server ?? null,
      jwks_url: config.data.jwks_uri,
    };
    const { id } = await trx
      .insertInto('lti_platform')
      .values(values)
      .onConflict((conflict) => conflict.columns(['issuer', 'client_id']).doUpdateSet(values))
      .returning('id')
      .executeTakeFirstOrThrow();
    if (deploymentId) {
      await trx
        .insertInto('lti_deployment')
        .values({ platform_id: id, deployment_id: deploymentId })
        .onConflict((conflict) => conflict.columns(['platform_id', 'deployment_id']).doNothing())
        .execute();
    }
    return id;
  });
  return {
    platformId,
    issuer,
    clientId: registered.data.client_id,
    deploymentId,
    product: config.data['https://purl.imsglobal.org/spec/lti-platform-configuration']?.product_family_code,
  };
}
