/**
 * `npm test`: every check, in stages, printing each stage's wall time as it finishes and a table at the end, so a
 * slow stage is visible in every CI log. Plain Node (no tsx) so the runner itself costs nothing to start.
 *
 * Stages in one group run side by side: tsc, ESLint and the content check are each mostly single-threaded, so on a
 * 2-core machine running them together takes about as long as the slowest one. Everything else runs alone, in
 * order, and the first failure stops the run (as `a && b && c` would), after the rest of its group has finished.
 * A parallel stage's output is held back and printed whole when it ends, so logs never interleave.
 *
 * The build skips Next's own type check (NEXT_SKIP_TYPECHECK=1, read in next.config.mjs): `typecheck` has just
 * checked the same files with the same tsconfig. `npm run build` on its own still type-checks.
 */
import { spawn } from 'node:child_process';

/** @type {{ name: string, script: string, args?: string[], env?: Record<string, string> }[][]} */
export const STAGE_GROUPS = [
  [
    { name: 'typecheck', script: 'typecheck' },
    { name: 'lint', script: 'lint' },
    { name: 'content check', script: 'check:content' },
  ],
  [{ name: 'unit tests', script: 'test:unit' }],
  [{ name: 'dependency audit', script: 'audit:prod' }],
  [{ name: 'build', script: 'build', env: { NEXT_SKIP_TYPECHECK: '1' } }],
  [{ name: 'static export', script: 'export', args: ['--reuse-build'] }],
  [{ name: 'HTML check', script: 'test:html' }],
  [{ name: 'end-to-end tests', script: 'test:e2e' }],
  [{ name: 'LMS tests', script: 'test:lms' }],
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function runStage(stage, { buffered }) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', stage.script, ...(stage.args ? ['--', ...stage.args] : [])], {
      // No telemetry: the build machines have no network, and CI logs stay free of the notice.
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...stage.env },
      stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    const chunks = [];
    if (buffered) {
      child.stdout.on('data', (chunk) => chunks.push(chunk));
      child.stderr.on('data', (chunk) => chunks.push(chunk));
    }
    child.on('error', (error) => chunks.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code, signal) => {
      const ms = Date.now() - started;
      if (buffered) {
        const output = Buffer.concat(chunks).toString('utf8').trimEnd();
        if (output) process.stdout.write(`\n--- ${stage.name} (npm run ${stage.script}) ---\n${output}\n`);
      }
      const ok = code === 0;
      console.log(`test: ${stage.name} ${ok ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`} in ${seconds(ms)}`);
      resolve({ name: stage.name, ok, ms });
    });
  });
}

async function main() {
  const only = process.argv.slice(2);
  const groups = only.length ? STAGE_GROUPS.map((group) => group.filter((stage) => only.includes(stage.script))).filter((group) => group.length) : STAGE_GROUPS;
  const started = Date.now();
  const results = [];
  let failed = false;
  for (const group of groups) {
    const parallel = group.length > 1;
    if (parallel) console.log(`test: ${group.map((stage) => stage.name).join(', ')} (side by side)`);
    else console.log(`test: ${group[0].name} (npm run ${group[0].script})`);
    const outcomes = await Promise.all(group.map((stage) => runStage(stage, { buffered: parallel })));
    results.push(...outcomes);
    if (outcomes.some((outcome) => !outcome.ok)) {
      failed = true;
      break;
    }
  }
  const width = Math.max(...results.map((result) => result.name.length));
  console.log('\ntest: stage times (wall clock)');
  for (const result of results) console.log(`  ${result.name.padEnd(width)}  ${seconds(result.ms).padStart(8)}  ${result.ok ? 'ok' : 'FAILED'}`);
  console.log(`  ${'total'.padEnd(width)}  ${seconds(Date.now() - started).padStart(8)}`);
  process.exitCode = failed ? 1 : 0;
}

await main();
