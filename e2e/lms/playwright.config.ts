/**
 * The real-Moodle tests (`npm run test:lms`, scripts/test-lms.mjs starts Moodle first). The site runs from the one
 * production build in `.next` on http://localhost:<port>, so Moodle on 127.0.0.1 is another site, as in a real LMS.
 * One worker: the tests share one Moodle.
 */
import { chromium, defineConfig } from '@playwright/test';
import '../../scripts/allow-server-only.mjs';
import { CHROMIUM_FLAGS, resolveChromium } from '../browser';

const PORT = Number(process.env.E2E_PORT ?? 3124);
const TIME_FACTOR = Math.max(1, Number(process.env.E2E_TIME_FACTOR) || 1);
const executablePath = resolveChromium(() => chromium.executablePath(), { headlessShell: true });

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  retries: 0,
  workers: 1,
  reporter: 'list',
  timeout: 240_000 * TIME_FACTOR,
  expect: { timeout: 20_000 * TIME_FACTOR },
  use: {
    baseURL: `http://localhost:${PORT}`,
    screenshot: 'only-on-failure',
    actionTimeout: 30_000 * TIME_FACTOR,
    launchOptions: { executablePath, args: CHROMIUM_FLAGS },
    acceptDownloads: true,
  },
  webServer: {
    command: `node node_modules/next/dist/bin/next start --port ${PORT} --hostname localhost`,
    cwd: '../..',
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000 * TIME_FACTOR,
  },
});
