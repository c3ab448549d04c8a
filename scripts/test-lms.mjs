/**
 * `npm run test:lms`: the tests against a real LMS (Moodle 5.1 from ../shared/lms/moodle.sh). Brings Moodle up (or
 * finds it up), then runs the LMS specs (e2e/lms/*.spec.ts) against the production build in .next. Where
 * ../shared/lms/ is absent (a clone outside this workspace) it says so and exits 0. MOODLE_HOME, MOODLE_PORT and
 * MOODLE_DB_PORT pick another Moodle instance (the default one is http://127.0.0.1:8201).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const moodle = path.resolve(root, '..', 'shared', 'lms', 'moodle.sh');

if (!fs.existsSync(moodle)) {
  console.log(`test:lms: ${moodle} is absent (a clone outside this workspace): the real-LMS tests are skipped`);
  process.exit(0);
}
const up = spawnSync(moodle, ['up'], { stdio: 'inherit' });
if (up.status !== 0) process.exit(up.status ?? 1);
const run = spawnSync(process.execPath, [path.join(root, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', '-c', 'e2e/lms/playwright.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, MOODLE_SH: moodle },
});
process.exit(run.status ?? 1);
