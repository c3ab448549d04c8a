/**
 * Which Chromium Playwright drives: CHROMIUM_PATH, else (for the tests) Debian's `chromium-headless-shell`, else a
 * `chromium` on PATH (Debian's package), else Playwright's own download. A missing browser stops the run with one
 * line saying how to get one.
 *
 * The tests prefer the headless shell: it is the same Chromium build (Debian ships both from one source) without the
 * browser UI, which is what Playwright itself runs for headless Chromium. Full `chromium --headless` also starts the
 * browser's own WebUI renderers and services in every browser; on the 2-core CI machine the same axe scans and page
 * loads took 20-40 % longer with it. The benchmark (scripts/bench.ts, Lighthouse) keeps the full browser.
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
  // Rendering only, not behaviour: grey-scale text anti-aliasing without sub-pixel glyph placement, and scrolls that
  // jump instead of animating frame by frame. The page, its layout rules, its DOM and what axe reads are the same;
  // the software renderer just paints less. Measured on the 2-core machine, three alternating runs each of the axe
  // and lesson specs: median 45.6 s with these flags, 54.8 s without (0.85 of the time).
  '--disable-lcd-text',
  '--disable-font-subpixel-positioning',
  '--disable-smooth-scrolling',
];

function onPath(name: string): string | undefined {
  try {
    const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    return found || undefined;
  } catch {
    return undefined;
  }
}

export type ChromiumChoice = { headlessShell?: boolean };

export function findChromium({ headlessShell = false }: ChromiumChoice = {}): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return (headlessShell ? onPath('chromium-headless-shell') : undefined) ?? onPath('chromium') ?? onPath('chromium-browser');
}

/** The executable to launch, or undefined to let Playwright use its own browser (checked to exist). */
export function resolveChromium(bundledPath: () => string, choice: ChromiumChoice = {}): string | undefined {
  const system = findChromium(choice);
  if (system) return system;
  let bundled = '';
  try {
    bundled = bundledPath();
  } catch {
    bundled = '';
  }
  if (bundled && fs.existsSync(bundled)) return undefined;
  throw new Error(
    'No Chromium found: install one (Debian/Ubuntu: apt-get install -y chromium-headless-shell chromium; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH.',
  );
}
