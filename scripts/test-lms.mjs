#!/usr/bin/env node
/**
 * `npm run test:lms`: the tests against a real Moodle (e2e/lms/). Moodle comes from ../shared/lms/moodle.sh (relative
 * to the repository root; MOODLE_SH overrides it, for a worktree elsewhere). Without it (a clone outside this
 * workspace) the tests are skipped with the reason printed; otherwise Moodle is brought up (or found up) first.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const moodle = process.env.MOODLE_SH ?? path.resolve(root, '..', 'shared', 'lms', 'moodle.sh');
if (!existsSync(moodle)) {
  console.log(`LMS tests skipped: ${moodle} is not here (a clone outside the course workspace has no Moodle to test against).`);
  process.exit(0);
}
// The specs' PHP helpers run Moodle's CLI through the same script.
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, MOODLE_SH: moodle } }).status ?? 1;
const up = run(moodle, ['up']);
if (up !== 0) {
  console.error(`LMS tests: "${moodle} up" failed (exit ${up}).`);
  process.exit(up);
}
process.exit(
  run(process.execPath, [
    path.join(root, 'node_modules', '@playwright', 'test', 'cli.js'),
    'test',
    '-c',
    'e2e/lms/playwright.config.ts',
    ...process.argv.slice(2),
  ]),
);
