/**
 * `npm run lti -- <command>`: the LTI tool's administration, against the same database as the server
 * (DATABASE_URL, or the embedded one in .data/pglite; stop `next start` first when it uses the embedded one, since
 * PGlite takes one process per data folder).
 *
 *   add-platform --issuer I --client-id C --auth-login-url U --auth-token-url U --jwks-url U --deployment-id D [--deployment-id D2] [--name N] [--auth-token-audience A]
 *   list                          platforms and deployments
 *   rotate-key                    a new signing key; the old one stays published for an hour
 *   outbox [--retry-failed]       deliver the scores that are due (and put refused ones back in the queue)
 *   purge [--days N]              delete expired rows, and attempts older than N days (LTI_RETENTION_DAYS, 365)
 *   delete-user --issuer I --sub S   delete one learner's attempts, launches and roster entry
 */
import { parseArgs } from 'node:util';
import { defaultDataDir, openDatabase } from '../lib/lti/db/database';
import { rotateKey } from '../lib/lti/keys';
import { deliverDue, retryFailed } from '../lib/lti/outbox';
import { DEFAULT_RETENTION_DAYS, deleteUser, purgeExpired } from '../lib/lti/privacy';
import { savePlatform } from '../lib/lti/registration';

const USAGE = 'usage: npm run lti -- add-platform | list | rotate-key | outbox | purge | delete-user (see scripts/lti.ts)';

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      issuer: { type: 'string' },
      'client-id': { type: 'string' },
      name: { type: 'string' },
      'auth-login-url': { type: 'string' },
      'auth-token-url': { type: 'string' },
      'auth-token-audience': { type: 'string' },
      'jwks-url': { type: 'string' },
      'deployment-id': { type: 'string', multiple: true },
      days: { type: 'string' },
      sub: { type: 'string' },
      'retry-failed': { type: 'boolean' },
    },
  });
  if (!command) {
    console.error(USAGE);
    return 2;
  }
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: defaultDataDir() });
  const { db } = database;
  try {
    switch (command) {
      case 'add-platform': {
        const id = await savePlatform(db, {
          issuer: values.issuer ?? '',
          clientId: values['client-id'] ?? '',
          name: values.name,
          authLoginUrl: values['auth-login-url'] ?? '',
          authTokenUrl: values['auth-token-url'] ?? '',
          authTokenAudience: values['auth-token-audience'],
          jwksUrl: values['jwks-url'] ?? '',
          deploymentIds: values['deployment-id'] ?? [],
        });
        console.log(`lti: platform ${id} saved`);
        return 0;
      }
      case 'list': {
        const rows = await db
          .selectFrom('lti_platform')
          .leftJoin('lti_deployment', 'lti_deployment.platform_id', 'lti_platform.id')
          .select(['lti_platform.id', 'issuer', 'client_id', 'lti_deployment.deployment_id'])
          .orderBy('lti_platform.id')
          .execute();
        for (const row of rows) console.log(`${row.id}\t${row.issuer}\tclient ${row.client_id}\tdeployment ${row.deployment_id ?? '-'}`);
        return 0;
      }
      case 'rotate-key': {
        const { kid, retired } = await rotateKey(db);
        console.log(`lti: signing with ${kid}; retired ${retired.join(', ') || 'none'} (still published for an hour)`);
        return 0;
      }
      case 'outbox': {
        if (values['retry-failed']) console.log(`lti: ${await retryFailed(db)} refused score(s) back in the queue`);
        const results = await deliverDue(db, { limit: 100 });
        const counts = results.reduce<Record<string, number>>((sum, result) => ({ ...sum, [result.outcome]: (sum[result.outcome] ?? 0) + 1 }), {});
        console.log(`lti: outbox ${JSON.stringify(counts)}`);
        return 0;
      }
      case 'purge': {
        const days = Number(values.days ?? process.env.LTI_RETENTION_DAYS ?? DEFAULT_RETENTION_DAYS);
        if (!Number.isFinite(days) || days < 1) throw new Error('--days: expected a whole number of days, at least 1');
        console.log(`lti: purged ${JSON.stringify(await purgeExpired(db, days))}`);
        return 0;
      }
      case 'delete-user': {
        if (!values.issuer || !values.sub) throw new Error('delete-user: --issuer and --sub are required');
        console.log(`lti: deleted ${JSON.stringify(await deleteUser(db, values.issuer, values.sub))}`);
        return 0;
      }
      default:
        console.error(USAGE);
        return 2;
    }
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`lti: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
