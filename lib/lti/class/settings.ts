/**
 * What an instructor sets for their course (one course of one deployment of one platform, from their launch): when
 * a learner looks stuck, and the LRS the class's xAPI statements are forwarded to. Validated here (the form's
 * messages name the field), stored in lti_class_settings; the LRS secret is sealed with the tool's key
 * (lib/lti/secrets.ts) and never leaves the server: a browser only learns whether one is set.
 */
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { ClassSettingsRow, Database } from '../db/schema';
import { LtiError } from '../errors';
import { isSealed, seal, secretKey, unseal } from '../secrets';
import { DEFAULT_STUCK_RULES, type StuckRules } from './aggregate';
import type { ClassScope } from './queries';
import { STUCK_LIMITS } from './settings-limits';
import { lrsAddressProblem, type Lookup } from './lrs-address';

export { STUCK_LIMITS };

const bounded = (key: keyof StuckRules) => {
  const { min, max, label } = STUCK_LIMITS[key];
  const message = `${label}: a whole number from ${min} to ${max}.`;
  return z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message });
};

export const stuckRulesSchema = z.object({ minAttempts: bounded('minAttempts'), lowPercent: bounded('lowPercent'), staleDays: bounded('staleDays') });

/** The LRS's endpoint: https (http only where LTI_LRS_ALLOW_HTTP=1, for a local LRS), no user info, no fragment. */
export function lrsEndpointProblem(value: string, allowHttp = process.env.LTI_LRS_ALLOW_HTTP === '1'): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Endpoint: a full URL, such as https://lrs.example.edu/xapi/.';
  }
  if (url.protocol !== 'https:' && !(allowHttp && url.protocol === 'http:')) return 'Endpoint: the LRS must be reached over https.';
  if (url.username || url.password) return 'Endpoint: put the key and secret in their own fields, not in the URL.';
  if (url.hash || url.search) return 'Endpoint: no query string or fragment; the tool adds /statements itself.';
  return null;
}

export const lrsInputSchema = z.object({
  endpoint: z
    .string()
    .trim()
    .max(500, { error: 'Endpoint: at most 500 characters.' })
    .superRefine((value, context) => {
      const problem = lrsEndpointProblem(value);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
  key: z.string().trim().min(1, { error: 'Key: the LRS gives one with the secret.' }).max(200, { error: 'Key: at most 200 characters.' }),
  /** Empty: keep the secret already stored. */
  secret: z.string().max(500, { error: 'Secret: at most 500 characters.' }),
});

/** The settings form's request: thresholds, and the LRS (null turns forwarding off). */
export const settingsInputSchema = z.object({ stuck: stuckRulesSchema, lrs: lrsInputSchema.nullable() });
export type SettingsInput = z.infer<typeof settingsInputSchema>;

/** What the browser sees: never the secret, only whether one is stored. */
export type PublicSettings = { stuck: StuckRules; lrs: { endpoint: string; key: string; secretSet: boolean } | null };

/** The first problem of a request, as the form shows it; or the input. */
export function parseSettingsInput(body: unknown): SettingsInput {
  const parsed = settingsInputSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message = issue?.message && !issue.message.startsWith('Invalid') ? issue.message : 'The settings were not in the expected form.';
    throw new LtiError('request', message, 'Correct the field and save again.');
  }
  return parsed.data;
}

/** The thresholds a row holds, each missing one taking today's default. */
export function stuckRulesOf(row: Pick<ClassSettingsRow, 'stuck_min_attempts' | 'stuck_low_percent' | 'stuck_stale_days'> | undefined): StuckRules {
  return {
    minAttempts: row?.stuck_min_attempts ?? DEFAULT_STUCK_RULES.minAttempts,
    lowPercent: row?.stuck_low_percent ?? DEFAULT_STUCK_RULES.lowPercent,
    staleDays: row?.stuck_stale_days ?? DEFAULT_STUCK_RULES.staleDays,
  };
}

/** The endpoint's statements resource: `<endpoint>/statements`, with or without the endpoint's trailing slash. */
export function statementsUrl(endpoint: string): string {
  const url = new URL(endpoint);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/statements`;
  return url.toString();
}

const scoped = (scope: Pick<ClassScope, 'platformId' | 'deploymentPk' | 'contextId'>) =>
  [
    ['platform_id', scope.platformId],
    ['deployment_pk', scope.deploymentPk],
    ['context_id', scope.contextId],
  ] as const;

export async function readSettingsRow(db: Kysely<Database>, scope: Pick<ClassScope, 'platformId' | 'deploymentPk' | 'contextId'>) {
  let query = db.selectFrom('lti_class_settings').selectAll();
  for (const [column, value] of scoped(scope)) query = query.where(column, '=', value);
  return query.executeTakeFirst();
}

export function publicSettings(row: ClassSettingsRow | undefined): PublicSettings {
  return {
    stuck: stuckRulesOf(row),
    lrs: row?.lrs_endpoint && row.lrs_key ? { endpoint: row.lrs_endpoint, key: row.lrs_key, secretSet: isSealed(row.lrs_secret) } : null,
  };
}

/** The LRS to forward to, secret opened; null when the course has none. */
export function lrsOf(row: ClassSettingsRow | undefined): { endpoint: string; key: string; secret: string } | null {
  if (!row?.lrs_endpoint || !row.lrs_key || !isSealed(row.lrs_secret)) return null;
  return { endpoint: row.lrs_endpoint, key: row.lrs_key, secret: unseal(row.lrs_secret, secretKey()) };
}

const sameOrigin = (a: string, b: string) => {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
};

/**
 * Saves the instructor's settings. A blank secret keeps the stored one only while the endpoint stays on the same
 * origin (else it is refused, as it is when none is stored); an endpoint that reaches the server's own network is
 * refused (lib/lti/class/lrs-address.ts).
 */
export async function saveSettings(
  db: Kysely<Database>,
  scope: ClassScope,
  input: SettingsInput,
  now = new Date(),
  options: { lookup?: Lookup } = {},
): Promise<PublicSettings> {
  return db.transaction().execute(async (trx) => {
    const current = await readSettingsRow(trx, scope);
    let secret: string | null = null;
    if (input.lrs) {
      const problem = await lrsAddressProblem(input.lrs.endpoint, { lookup: options.lookup });
      if (problem) throw new LtiError('request', problem, 'Correct the field and save again.');
      // The stored secret is only ever sent to the LRS it was given for: a new endpoint needs the secret again.
      const sameLrs = current?.lrs_endpoint ? sameOrigin(current.lrs_endpoint, input.lrs.endpoint) : false;
      if (input.lrs.secret) secret = JSON.stringify(seal(input.lrs.secret, secretKey()));
      else if (isSealed(current?.lrs_secret) && sameLrs) secret = JSON.stringify(current.lrs_secret);
      else if (isSealed(current?.lrs_secret))
        throw new LtiError(
          'request',
          'Secret: enter it again for the new endpoint (the stored one is sent only to the LRS it was given for).',
          'Correct the field and save again.',
        );
      else throw new LtiError('request', 'Secret: the LRS gives one with the key.', 'Correct the field and save again.');
    }
    const values = {
      stuck_min_attempts: input.stuck.minAttempts,
      stuck_low_percent: input.stuck.lowPercent,
      stuck_stale_days: input.stuck.staleDays,
      lrs_endpoint: input.lrs?.endpoint ?? null,
      lrs_key: input.lrs?.key ?? null,
      lrs_secret: secret,
      updated_at: now,
    };
    await trx
      .insertInto('lti_class_settings')
      .values({ platform_id: scope.platformId, deployment_pk: scope.deploymentPk, context_id: scope.contextId, ...values })
      .onConflict((conflict) => conflict.columns(['platform_id', 'deployment_pk', 'context_id']).doUpdateSet(values))
      .execute();
    return publicSettings(await readSettingsRow(trx, scope));
  });
}
