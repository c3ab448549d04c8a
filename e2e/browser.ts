/**
 * Which Chromium Playwright drives: CHROMIUM_PATH, else a `chromium` on PATH (Debian's package),
 * else Playwright's own download. A missing browser stops the run with one line saying how to get one.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function onPath(name: string): string | undefined {
  try {
    const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    return found || undefined;
  } catch {
    return undefined;
  }
}

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return onPath('chromium') ?? onPath('chromium-browser');
}

/** The executable to launch, or undefined to let Playwright use its own browser (checked to exist). */
export function resolveChromium(bundledPath: () => string): string | undefined {
  const system = findChromium();
  if (system) return system;
  let bundled = '';
  try {
    bundled = bundledPath();
  } catch {
    bundled = '';
  }
  if (bundled && fs.existsSync(bundled)) return undefined;
  throw new Error(
    'No Chromium found: install one (Debian/Ubuntu: apt-get install -y chromium; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH.',
  );
}
