/**
 * LTI client-side storage across sites (lib/lti/platform-storage.ts): a platform served by this test on 127.0.0.1
 * frames the tool, served on localhost by a `next start` this test starts (its own embedded database, where the
 * platform is registered first). The platform answers `lti.capabilities`, `lti.put_data` and `lti.get_data` the way
 * the 1EdTech "LTI Client Side postMessages" draft describes, from a storage frame named in `lti_storage_target`.
 *
 * Chromium runs with third-party cookies blocked. It still keeps the tool's Partitioned (CHIPS) state cookie, which
 * would bind the launch on its own (clearing cookies does not reach it), so the test removes that cookie from the
 * login page's answer on its way to the browser, as a browser that blocks every third-party cookie never keeps it:
 * the launch then has only the platform's storage to prove it started in this browser. With the right answers it opens; with a wrong value, or an answer
 * from another origin, it stops with an error page that says which.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { openDatabase } from '../lib/lti/db/database';
import { savePlatform } from '../lib/lti/registration';
import { PlatformStub } from '../lib/lti/testing/platform-stub';
import { CHROMIUM_FLAGS, resolveChromium } from './browser';

const TOOL_PORT = Number(process.env.LTI_STORAGE_TOOL_PORT ?? 3334);
const PLATFORM_PORT = TOOL_PORT + 1;
const TOOL = `http://localhost:${TOOL_PORT}`;
const PLATFORM = `http://127.0.0.1:${PLATFORM_PORT}`;
/** Same server, another origin: where the forged answers come from. */
const STRANGER = `http://localhost:${PLATFORM_PORT}`;
const TIME_FACTOR = Math.max(1, Number(process.env.E2E_TIME_FACTOR) || 1);
const FRAME = 'post_message_forwarding';

test.use({
  launchOptions: {
    executablePath: resolveChromium(() => chromium.executablePath(), { headlessShell: true }),
    // A page the test fulfils (the login page without its cookie, below) has no network address, and Chromium's
    // Local Network Access checks then refuse its navigation to the platform on 127.0.0.1: off for this test only.
    args: [...CHROMIUM_FLAGS, '--test-third-party-cookie-phaseout', '--disable-features=LocalNetworkAccessChecks'],
  },
});
test.describe.configure({ mode: 'serial' });

type Mode = 'ok' | 'wrong-state' | 'wrong-origin';

/** The platform's course page: the storage frame, a frame on another origin, and the tool. */
const coursePage = (mode: Mode, loginUrl: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course</title></head><body>
<h1>Platform course page</h1>
<iframe name="${FRAME}" src="/storage?mode=${mode}" title="storage" width="0" height="0"></iframe>
<iframe name="stranger" src="${STRANGER}/stranger" title="stranger" width="0" height="0"></iframe>
<iframe name="tool" title="Course tool" src="${loginUrl}" width="900" height="700"></iframe>
<script>
window.addEventListener('message', function (e) {
  if (e.origin !== '${TOOL}' || !e.data || e.data.subject !== 'lti.capabilities') return;
  e.source.postMessage({ subject: 'lti.capabilities.response', message_id: e.data.message_id, supported_messages: [
    { subject: 'lti.capabilities' }, { subject: 'lti.put_data', frame: '${FRAME}' }, { subject: 'lti.get_data', frame: '${FRAME}' } ] }, e.origin);
});
</script></body></html>`;

/** The storage frame: keeps values per key; how it answers lti.get_data depends on the mode. */
const storageFrame = (mode: Mode) => `<!doctype html><html lang="en"><head><title>storage</title></head><body><script>
var values = {};
window.addEventListener('message', function (e) {
  var m = e.data;
  if (e.origin !== '${TOOL}' || !m || typeof m !== 'object') return;
  if (m.subject === 'lti.put_data') {
    values[m.key] = m.value;
    e.source.postMessage({ subject: 'lti.put_data.response', message_id: m.message_id, key: m.key, value: m.value }, e.origin);
  } else if (m.subject === 'lti.get_data') {
    if (!(m.key in values)) {
      e.source.postMessage({ subject: 'lti.get_data.response', message_id: m.message_id, error: { code: 'unknown_key', message: 'no value' } }, e.origin);
    } else if ('${mode}' === 'wrong-state') {
      e.source.postMessage({ subject: 'lti.get_data.response', message_id: m.message_id, key: m.key, value: 'a-value-from-another-launch' }, e.origin);
    } else if ('${mode}' === 'wrong-origin') {
      // The right answer, but sent by a page of another origin.
      parent.frames['stranger'].postMessage({ forward: { subject: 'lti.get_data.response', message_id: m.message_id, key: m.key, value: values[m.key] } }, '${STRANGER}');
    } else {
      e.source.postMessage({ subject: 'lti.get_data.response', message_id: m.message_id, key: m.key, value: values[m.key] }, e.origin);
    }
  }
});
</script></body></html>`;

const strangerFrame = `<!doctype html><html lang="en"><head><title>stranger</title></head><body><script>
window.addEventListener('message', function (e) { if (e.data && e.data.forward) parent.frames['tool'].postMessage(e.data.forward, '*'); });
</script></body></html>`;

let stub: PlatformStub;
let platformServer: http.Server;
let tool: ChildProcess;
let dataRoot: string;

test.beforeAll(async () => {
  test.setTimeout(300_000 * TIME_FACTOR);
  stub = await PlatformStub.start();
  // The OIDC authorization endpoint and the pages live on the platform's own origin (the storage origin).
  platformServer = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', PLATFORM);
    const html = (body: string) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(body);
    };
    if (url.pathname === '/course') {
      const login = `${TOOL}/lti/login?${new URLSearchParams({
        iss: stub.issuer,
        login_hint: 'learner',
        target_link_uri: `${TOOL}/lti/launch`,
        client_id: stub.clientId,
        lti_storage_target: FRAME,
      })}`;
      return html(coursePage((url.searchParams.get('mode') ?? 'ok') as Mode, login));
    }
    if (url.pathname === '/storage') return html(storageFrame((url.searchParams.get('mode') ?? 'ok') as Mode));
    if (url.pathname === '/stranger') return html(strangerFrame);
    if (url.pathname === '/auth') {
      const nonce = url.searchParams.get('nonce') ?? '';
      void stub
        .sign(stub.launchClaims(nonce))
        .then((idToken) =>
          html(
            `<!doctype html><html lang="en"><head><title>auth</title></head><body><form method="post" action="${url.searchParams.get('redirect_uri')}"><input type="hidden" name="id_token" value="${idToken}"><input type="hidden" name="state" value="${url.searchParams.get('state')}"></form><script>document.forms[0].submit()</script></body></html>`,
          ),
        );
      return;
    }
    response.writeHead(404);
    response.end();
  });
  await new Promise<void>((resolve) => platformServer.listen(PLATFORM_PORT, '127.0.0.1', resolve));

  dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'lti-storage-e2e-'));
  const dataDir = path.join(dataRoot, 'pglite');
  const secret = randomBytes(32).toString('base64');
  process.env.LTI_SECRET_KEY ??= secret;
  const setup = await openDatabase({ dataDir });
  await savePlatform(setup.db, { ...stub.registration, authLoginUrl: `${PLATFORM}/auth` });
  await setup.close();
  tool = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '--port', String(TOOL_PORT), '--hostname', 'localhost'], {
    env: { ...process.env, LTI_DATA_DIR: dataDir, LTI_SECRET_KEY: process.env.LTI_SECRET_KEY, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Ready when the tool's database answers (its first open takes seconds; see playwright.config.ts).
  await expect
    .poll(
      () =>
        fetch(`${TOOL}/lti/jwks`).then(
          (response) => response.status,
          () => 0,
        ),
      { timeout: 240_000 * TIME_FACTOR, intervals: [500] },
    )
    .toBe(200);
});

test.afterAll(async () => {
  if (tool && tool.exitCode === null) {
    const exited = new Promise((resolve) => tool.once('exit', resolve));
    tool.kill('SIGTERM');
    await exited;
  }
  await new Promise((resolve) => platformServer?.close(resolve));
  await stub?.stop();
  if (dataRoot) fs.rmSync(dataRoot, { recursive: true, force: true });
});

/**
 * Opens the platform's course page, with the tool's state cookie removed from the login page's answer before the
 * browser sees it (the names are returned): the launch that follows carries no cookie, as in a browser that blocks
 * every third-party cookie.
 */
async function openCourse(page: Page, mode: Mode) {
  const cookies: string[] = [];
  await page.context().route(`${TOOL}/lti/login?**`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    if (headers['set-cookie']) cookies.push(headers['set-cookie'].split('=')[0]);
    delete headers['set-cookie'];
    await route.fulfill({ response, headers });
  });
  await page.goto(`${PLATFORM}/course?mode=${mode}`);
  return { frame: page.frameLocator('iframe[name="tool"]'), cookies };
}

test('the launch succeeds through the platform storage when the browser keeps no cookie', async ({ page }) => {
  const { frame, cookies } = await openCourse(page, 'ok');
  await expect(frame.getByRole('heading', { name: 'Check-up: Launch types' })).toBeVisible({ timeout: 60_000 * TIME_FACTOR });
  await expect(frame.getByText('Signed in from your course as Ada Learner (Containers 101)')).toBeVisible();
  // The tool did set its partitioned state cookie, and the browser lost it before the launch: the storage carried it.
  expect(cookies.join(';')).toMatch(/^lti-state-[\w-]+$/);
});

test('a wrong value from the storage stops the launch with a clear error', async ({ page }) => {
  const { frame, cookies } = await openCourse(page, 'wrong-state');
  await expect(frame.getByRole('heading', { name: 'The course tool could not open' })).toBeVisible({ timeout: 60_000 * TIME_FACTOR });
  await expect(frame.getByText("The platform's storage returned a different value for this launch.")).toBeVisible();
  await expect(frame.getByText('check: browser-binding')).toBeVisible();
  expect(cookies).toHaveLength(1);
});

test('an answer from another origin is ignored, and the launch says the storage did not answer', async ({ page }) => {
  const { frame, cookies } = await openCourse(page, 'wrong-origin');
  await expect(frame.getByRole('heading', { name: 'The course tool could not open' })).toBeVisible({ timeout: 60_000 * TIME_FACTOR });
  await expect(frame.getByText(new RegExp(`the platform's storage \\(${PLATFORM.replace(/[.]/g, '\\.')}, frame "${FRAME}"\\) did not answer`))).toBeVisible();
  expect(cookies).toHaveLength(1);
});
