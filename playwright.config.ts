import { chromium, defineConfig, devices } from '@playwright/test';
// Specs read the site's content loaders, which are `server-only`: let plain Node load them (scripts/allow-server-only.mjs).
import './scripts/allow-server-only.mjs';
import { CHROMIUM_FLAGS, resolveChromium } from './e2e/browser';

const PORT = Number(process.env.E2E_PORT ?? 3107);
// The headless shell when Debian's chromium-headless-shell is installed (e2e/browser.ts says why).
const executablePath = resolveChromium(() => chromium.executablePath(), { headlessShell: true });

/**
 * Time limits are there to stop a hung test, never to measure speed: a passing test does not wait for them, so they
 * are generous. One factor scales them all on a slower machine (E2E_TIME_FACTOR=2 doubles every limit); long
 * journeys also call test.slow(), which triples their limit. No test waits a fixed time: every wait is for
 * something a user would see.
 */
const TIME_FACTOR = Math.max(1, Number(process.env.E2E_TIME_FACTOR) || 1);

export default defineConfig({
  testDir: './e2e',
  // The real-Moodle tests have their own config and run as `npm run test:lms`.
  testIgnore: ['lms/**'],
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // No retries anywhere: a test that passes only on a second try is a flaky test, and it must show as a failure.
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  timeout: 45_000 * TIME_FACTOR,
  expect: { timeout: 10_000 * TIME_FACTOR },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Recording a trace of every test costs a fifth of the suite's time (DOM snapshots and a screencast of each
    // step), so it is off unless asked for: E2E_TRACE=1 keeps a trace of each failing test. A failure always leaves
    // a screenshot and Playwright's error context (the page's accessibility tree) in test-results/.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000 * TIME_FACTOR,
    launchOptions: { executablePath, args: CHROMIUM_FLAGS },
    // The site registers a service worker (docs/offline.md). Only the offline specs allow it: elsewhere a worker
    // answering from its cache would hide what the server sends.
    serviceWorkers: 'block',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: CHROMIUM_FLAGS } } }],
  // One production build (made by `npm run build` before this runs) serves every test.
  webServer: {
    command: `node node_modules/next/dist/bin/next start --port ${PORT} --hostname 127.0.0.1`,
    // Ready when the LTI tool's database answers, not only the pages: the first open of the embedded database
    // (PGlite: WebAssembly start-up and migrations) takes seconds, more on a busy machine, and would otherwise be
    // paid inside whichever test first reaches /lti, against that test's time limit.
    url: `http://127.0.0.1:${PORT}/lti/jwks`,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000 * TIME_FACTOR,
    // e2e/lti-lrs.spec.ts's LRS is a plain-http server on loopback, which the tool refuses unless told.
    env: { ...(process.env as Record<string, string>), LTI_LRS_ALLOW_HTTP: '1', LTI_LRS_ALLOW_PRIVATE_NETWORK: '1' },
  },
});
