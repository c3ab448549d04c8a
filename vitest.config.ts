import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Time limits only stop a hung test; they never measure speed. Vitest's default 5 s failed on a busy 2-core CI
 * machine when a test first imports mermaid's parser (about 1 s idle, over 6 s under load). The same factor as
 * the end-to-end tests (E2E_TIME_FACTOR, README "How the tests are written") scales them.
 */
const TIME_FACTOR = Math.max(1, Number(process.env.E2E_TIME_FACTOR) || 1);

export default defineConfig({
  // `server-only` throws outside React Server conditions; tests load those modules as plain Node (README "server-only").
  resolve: { alias: { '@': path.resolve(__dirname), 'server-only': path.resolve(__dirname, 'node_modules/server-only/empty.js') } },
  test: {
    include: ['lib/**/*.test.ts', 'content/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.ts'],
    environment: 'node',
    // Worker threads instead of Vitest's default child processes: the same 517 tests in 69 files used about a fifth
    // less CPU (19.5 s against 24.6 s user+sys, on the shared 2-core machine). Threads share one process, so a test
    // must not call process.chdir() (Node refuses it in a worker thread); none does.
    pool: 'threads',
    testTimeout: 60_000 * TIME_FACTOR,
    hookTimeout: 60_000 * TIME_FACTOR,
  },
});
