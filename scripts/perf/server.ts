/**
 * Starts `next start` on 127.0.0.1 for the bench and the load test, waits until it answers, and stops exactly the
 * process it started (also on Ctrl+C), so no server is left running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export type RunningServer = { origin: string; stop: () => Promise<void> };

const running = new Set<ChildProcess>();

function stopAll() {
  for (const child of running) child.kill('SIGTERM');
}
process.once('SIGINT', () => {
  stopAll();
  process.exit(130);
});
process.once('exit', stopAll);

export function requireBuild(root = process.cwd()): void {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('.next/BUILD_ID not found: run `npm run build` first');
}

/** `readyPath` answers 200 once the server is up: the course's /healthz, or a page of another site (scripts/perf/nextra.ts). */
export async function startNext(port: number, root = process.cwd(), readyPath = '/healthz'): Promise<RunningServer> {
  requireBuild(root);
  const origin = `http://127.0.0.1:${port}`;
  if (await answers(`${origin}${readyPath}`)) throw new Error(`${origin} is already taken by another server: choose another port`);
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: root,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  running.add(child);
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  const stop = () =>
    new Promise<void>((resolve) => {
      running.delete(child);
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}): ${stderr.trim()}`);
    if (await answers(`${origin}${readyPath}`)) return { origin, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`next start did not answer on ${origin} within 60 s`);
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}
