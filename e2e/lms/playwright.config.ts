/**
 * The real-LMS tests (`npm run test:lms`, scripts/test-lms.mjs): Moodle on 127.0.0.1 (../shared/lms/moodle.sh), the
 * site from the production build in .next on http://localhost:<port>, so the LMS's iframe holds another site, as it
 * does in production. The LTI tool gets a fresh embedded database for each run, and a fast outbox so a score held
 * while Moodle is down lands within seconds of its return.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, defineConfig, devices } from '@playwright/test';
import '../../scripts/allow-server-only.mjs';
import { CHROMIUM_FLAGS, resolveChromium } from '../browser';

const PORT = Number(process.env.LMS_SITE_PORT ?? process.env.E2E_PORT ?? 3190);
const TIME_FACTOR = Math.max(1, Number(process.env.E2E_TIME_FACTOR) || 1);
const executablePath = resolveChromium(() => chromium.executablePath(), { headlessShell: true });
export const LTI_DATA_DIR = path.join(os.tmpdir(), `lti-lms-e2e-${PORT}`, 'pglite');
/**
 * Each run starts the tool on a fresh database, removed by the server's own command just before it starts. Not here
 * at the top level: every Playwright worker loads this file too, and would delete the database (and its sealing key)
 * under the running server, once the readiness check below has created them.
 */
const FRESH_DATABASE = `node -e "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })" ${JSON.stringify(path.dirname(LTI_DATA_DIR))}`;

// Third-party cookies blocked, as browsers increasingly do: the tool must work from its partitioned cookie alone.
const args = [...CHROMIUM_FLAGS, '--test-third-party-cookie-phaseout'];

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 1,
  reporter: 'list',
  timeout: 240_000 * TIME_FACTOR,
  expect: { timeout: 20_000 * TIME_FACTOR },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    actionTimeout: 30_000 * TIME_FACTOR,
    launchOptions: { executablePath, args },
    // The SCORM journey downloads a package from the site's embed dialog.
    acceptDownloads: true,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args }, acceptDownloads: true } }],
  webServer: {
    command: `${FRESH_DATABASE} && node node_modules/next/dist/bin/next start --port ${PORT}`,
    cwd: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..'),
    // Ready when the LTI tool's database answers (its first open takes seconds; see ../../playwright.config.ts).
    url: `http://localhost:${PORT}/lti/jwks`,
    reuseExistingServer: Boolean(process.env.LMS_REUSE_SERVER),
    timeout: 240_000 * TIME_FACTOR,
    env: { LTI_DATA_DIR, LTI_OUTBOX_INTERVAL_MS: '1000', LTI_OUTBOX_BACKOFF_MS: '1000', LTI_OUTBOX_BACKOFF_MAX_MS: '3000', NEXT_TELEMETRY_DISABLED: '1' },
    stdout: 'pipe',
  },
});
