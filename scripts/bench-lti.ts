/**
 * `npm run bench:lti [-- --engine pglite|postgres|both] [--launches 200] [--concurrency 20]`: LTI launches against
 * `next start` (the build in .next), with the in-repo platform stub signing the id_tokens. Each launch is the full
 * round trip a browser makes: login initiation (state and nonce stored), then the id_token POST (every check, a
 * session stored). Reports p50/p99 per engine, errors, and replays every launch once to show no nonce is accepted
 * twice. A benchmark, not a test: it prints numbers and fails only on an error or an accepted replay.
 */
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../lib/lti/db/database';
import { savePlatform } from '../lib/lti/registration';
import { PlatformStub } from '../lib/lti/testing/platform-stub';
import { startPostgres } from '../lib/lti/testing/databases';

/** As `npm start` and the Docker image run the server (see docs/lti.md, "Load"). */
const KEEP_ALIVE_TIMEOUT_MS = 65_000;

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'both' },
    launches: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '20' },
    'keep-alive-ms': { type: 'string', default: String(KEEP_ALIVE_TIMEOUT_MS) },
  },
});
const LAUNCHES = Number(values.launches);
const CONCURRENCY = Number(values.concurrency);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startSite(env: Record<string, string>): Promise<{ origin: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '--port', String(port), '--hostname', '127.0.0.1', '--keepAliveTimeout', values['keep-alive-ms']],
    {
      env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(`${origin}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { origin, child };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error('next start did not answer');
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function run(engine: 'pglite' | 'postgres', platform: PlatformStub) {
  let databaseUrl: string | undefined;
  let stopPostgres: (() => Promise<void>) | undefined;
  const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lti-bench-')), 'pglite');
  if (engine === 'postgres') ({ url: databaseUrl, stop: stopPostgres } = await startPostgres());
  // Register the stub before the server opens the database (PGlite: one process per data folder).
  const setup = await openDatabase({ databaseUrl, dataDir });
  await savePlatform(setup.db, platform.registration);
  await setup.close();
  const { origin, child } = await startSite({
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { LTI_DATA_DIR: dataDir }),
    LTI_SECRET_KEY: process.env.LTI_SECRET_KEY ?? randomBytes(32).toString('base64'),
    LTI_LOGIN_RATE_LIMIT: '1000000',
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    // One launch first: opens the database (PGlite's first query takes seconds) and fetches the key set.
    const describe = (error: unknown): string => {
      if (!(error instanceof Error)) return String(error);
      const cause = error.cause as { code?: string; message?: string } | undefined;
      return `${error.name}: ${error.message}${cause ? ` (cause: ${cause.code ?? ''} ${cause.message ?? ''})` : ''}`;
    };
    let launchNumber = 0;
    const launchOnce = async () => {
      const number = ++launchNumber;
      const started = performance.now();
      const at = (phase: string) => `#${number} ${phase} at +${(performance.now() - started).toFixed(0)} ms`;
      let login: Response;
      try {
        login = await fetch(
          `${origin}/lti/login?${new URLSearchParams({ iss: platform.issuer, login_hint: 'u', target_link_uri: `${origin}/lti/launch`, client_id: platform.clientId })}`,
          { redirect: 'manual' },
        );
      } catch (error) {
        throw new Error(`${at('login')}: ${describe(error)}`);
      }
      if (login.status !== 302) {
        const text = (await login.text()).replace(/\s+/g, ' ').slice(0, 300);
        return { ok: false, ms: 0, replay: { body: new URLSearchParams(), cookie: '' }, why: `${at('login')}: answered ${login.status}: ${text}` };
      }
      const location = new URL(login.headers.get('location') ?? '');
      const state = location.searchParams.get('state')!;
      const nonce = location.searchParams.get('nonce')!;
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
      const body = new URLSearchParams({
        id_token: await platform.sign(platform.launchClaims(nonce, { sub: `learner-${Math.random()}` }), { kid: 'platform-key-1' }),
        state,
      });
      let launch: Response;
      try {
        launch = await fetch(`${origin}/lti/launch`, { method: 'POST', body, headers: { cookie }, redirect: 'manual' });
      } catch (error) {
        throw new Error(`${at('launch')}: ${describe(error)}`);
      }
      const ms = performance.now() - started;
      const why = launch.status === 303 ? '' : `${at('launch')}: answered ${launch.status}: ${(await launch.text()).replace(/\s+/g, ' ').slice(0, 300)}`;
      return { ok: launch.status === 303, ms, replay: { body, cookie }, why };
    };
    const warm = await launchOnce();
    if (!warm.ok) throw new Error('the warm-up launch failed');
    const results: Awaited<ReturnType<typeof launchOnce>>[] = [];
    let next = 0;
    const wallStart = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < LAUNCHES) {
          next++;
          results.push(
            await launchOnce().catch((error: unknown) => ({
              ok: false,
              ms: 0,
              replay: { body: new URLSearchParams(), cookie: '' },
              why: describe(error),
            })),
          );
        }
      }),
    );
    const wall = performance.now() - wallStart;
    let replaysAccepted = 0;
    for (const result of results.filter((entry) => entry.ok)) {
      const again = await fetch(`${origin}/lti/launch`, {
        method: 'POST',
        body: result.replay.body,
        headers: { cookie: result.replay.cookie },
        redirect: 'manual',
      });
      if (again.status === 303) replaysAccepted++;
    }
    const times = results
      .filter((entry) => entry.ok)
      .map((entry) => entry.ms)
      .sort((a, b) => a - b);
    const errors = results.length - times.length;
    console.log(
      `bench:lti ${engine}: ${results.length} launches, ${CONCURRENCY} at a time, ${errors} errors, p50 ${percentile(times, 50).toFixed(0)} ms, p99 ${percentile(times, 99).toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms, ${(results.length / (wall / 1000)).toFixed(1)} launches/s; replays accepted: ${replaysAccepted} of ${times.length}`,
    );
    const reasons = results
      .filter((entry) => !entry.ok)
      .reduce<Record<string, number>>((sum, entry) => ({ ...sum, [entry.why]: (sum[entry.why] ?? 0) + 1 }), {});
    if (errors) console.log(`bench:lti ${engine}: errors: ${JSON.stringify(reasons)}`);
    return errors === 0 && replaysAccepted === 0;
  } finally {
    child.kill('SIGTERM');
    await exited;
    await stopPostgres?.();
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  }
}

async function main() {
  const platform = await PlatformStub.start();
  const engines = values.engine === 'both' ? (['pglite', 'postgres'] as const) : [values.engine as 'pglite' | 'postgres'];
  let ok = true;
  try {
    for (const engine of engines) ok = (await run(engine, platform)) && ok;
  } finally {
    await platform.stop();
  }
  process.exit(ok ? 0 : 1);
}

void main();
