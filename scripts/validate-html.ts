/**
 * `npm run test:html`: every prerendered page of the build (.next/server/app/**\/*.html) through the W3C Nu HTML
 * Checker (the vnu-jar package, run with the machine's Java). Any error fails; warnings are counted, not fatal.
 * Without Java it prints a notice and exits 0, so the rest of `npm test` still runs on such a machine.
 * The package's own Java downloader is never used (it is not allowed to run at install, see package.json).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

type VnuMessage = { type: string; subType?: string; url?: string; lastLine?: number; firstColumn?: number; message: string; extract?: string };

export function javaCommand(env: Record<string, string | undefined> = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

export function hasJava(java: string): boolean {
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  return probe.status === 0;
}

export function prerenderedPages(root = process.cwd()): string[] {
  const dir = path.join(root, '.next', 'server', 'app');
  if (!fs.existsSync(dir)) throw new Error('.next/server/app: not found: run `npm run build` first');
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Errors (and fatal "non-document" errors) as one line each: file:line:column: message. */
export function formatErrors(messages: VnuMessage[], root = process.cwd()): string[] {
  return messages
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .map((message) => {
      const file = message.url ? path.relative(root, new URL(message.url).pathname) : '(no file)';
      const where = message.lastLine ? `:${message.lastLine}:${message.firstColumn ?? 0}` : '';
      const extract = message.extract ? `  [${message.extract.replace(/\s+/g, ' ').trim().slice(0, 120)}]` : '';
      return `${file}${where}: ${message.message}${extract}`;
    });
}

function main(): number {
  const java = javaCommand();
  if (!hasJava(java)) {
    console.log(`html check: SKIPPED: no Java found (${java}); install a Java runtime (Debian: apt-get install -y default-jre-headless) to validate the HTML.`);
    return 0;
  }
  const jar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build', 'dist', 'vnu.jar');
  const pages = prerenderedPages();
  const run = spawnSync(java, ['-jar', jar, '--format', 'json', ...pages], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  // vnu writes its JSON report to stderr.
  let messages: VnuMessage[];
  try {
    messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
  } catch {
    console.error(`html check: the checker did not return a report (exit ${run.status}):\n${run.stderr}${run.stdout}`);
    return 1;
  }
  const errors = formatErrors(messages);
  const warnings = messages.filter((message) => message.subType === 'warning').length;
  if (errors.length) {
    console.error(errors.join('\n'));
    console.error(`\nhtml check: ${errors.length} error${errors.length === 1 ? '' : 's'} in ${pages.length} prerendered pages`);
    return 1;
  }
  console.log(
    `html check: ${pages.length} prerendered pages valid (Nu HTML Checker ${spawnSync(java, ['-jar', jar, '--version'], { encoding: 'utf8' }).stdout.trim()}; ${warnings} warnings)`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(main());
