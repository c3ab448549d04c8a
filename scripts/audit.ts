/**
 * `npm run audit:prod`: `npm audit --omit=dev` must report no high or critical advisory in what the site ships, and
 * no moderate one in a package that reaches the browser (BROWSER_PACKAGES and everything they depend on: a moderate
 * XSS in mermaid runs in a visitor's page), except those listed in AUDIT_EXCEPTIONS with a reason. Development tools
 * (Lighthouse, Playwright, ...) never reach a visitor, so they are left out, as the issue asks.
 * When the advisory service cannot be reached (an offline machine, or a registry mirror without the audit
 * endpoint), it prints a notice and passes, unless AUDIT_REQUIRED=1 (set that on a CI that has the internet).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

export type AuditException = { advisory: string; package: string; reason: string };

/**
 * Advisories accepted on purpose: the advisory URL, the package, and why it cannot reach a visitor or be fixed yet.
 * Empty: no blocking advisory is accepted.
 */
export const AUDIT_EXCEPTIONS: AuditException[] = [];

/**
 * Every production dependency, sorted by where its code runs (scripts/audit.test.ts fails when package.json has one
 * that is in neither list). Browser: bundled into the pages' JavaScript, at load or on demand.
 */
export const BROWSER_PACKAGES = [
  'next',
  'react',
  'react-dom',
  'mermaid',
  '@dnd-kit/core',
  '@dnd-kit/utilities',
  '@codemirror/commands',
  '@codemirror/lang-json',
  '@codemirror/language',
  '@codemirror/state',
  '@codemirror/view',
  '@lezer/highlight',
  'minisearch',
  'ts-fsrs',
  'valibot',
  'zod',
  'fflate',
  // The service worker's runtime (bundled into /sw.js, which runs in the browser).
  'serwist',
];
/**
 * Build time and server only: the MDX pipeline, syntax highlighting at build time, the SCORM launcher's bundler, the
 * service worker's build route, and the LTI tool's database (PGlite or PostgreSQL through Kysely) and token checks.
 */
export const SERVER_PACKAGES = [
  'esbuild',
  'gray-matter',
  'highlight.js',
  'lowlight',
  'mdx-bundler',
  'rehype-highlight',
  'rehype-slug',
  'remark-gfm',
  'server-only',
  '@serwist/turbopack',
  '@electric-sql/pglite',
  'jose',
  'kysely',
  'pg',
];

type LockFile = {
  packages?: Record<
    string,
    { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>; peerDependencies?: Record<string, string> }
  >;
};

/**
 * The packages `roots` pull in, by name, walked through package-lock.json the way Node resolves them (the nearest
 * node_modules folder up from the package that asks).
 */
export function dependencyClosure(lock: LockFile, roots: readonly string[]): Set<string> {
  const packages = lock.packages ?? {};
  const names = new Set<string>();
  const seen = new Set<string>();
  const resolve = (from: string, name: string): string | undefined => {
    for (let base = from; ; base = base.slice(0, Math.max(0, base.lastIndexOf('/node_modules/')))) {
      const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
      if (packages[candidate]) return candidate;
      if (!base) return undefined;
    }
  };
  const visit = (location: string, name: string) => {
    if (seen.has(location)) return;
    seen.add(location);
    names.add(name);
    const entry = packages[location];
    for (const dependency of Object.keys({ ...entry?.dependencies, ...entry?.optionalDependencies, ...entry?.peerDependencies })) {
      const found = resolve(location, dependency);
      if (found) visit(found, dependency);
    }
  };
  for (const root of roots) {
    const found = resolve('', root);
    if (found) visit(found, root);
  }
  return names;
}

type Via = string | { title?: string; url?: string; severity?: string; name?: string; range?: string };
type AuditReport = {
  auditReportVersion?: number;
  vulnerabilities?: Record<string, { name: string; severity: string; via: Via[] }>;
  metadata?: { vulnerabilities?: Record<string, number> };
  statusCode?: number;
  message?: string;
  error?: unknown;
};

export type AuditOutcome =
  { status: 'ok'; counts: Record<string, number>; accepted: string[] } | { status: 'failed'; problems: string[] } | { status: 'unavailable'; reason: string };

const BLOCKING = new Set(['high', 'critical']);
/** Blocking too when the vulnerable package reaches the browser. */
const BLOCKING_IN_BROWSER = new Set(['moderate', 'high', 'critical']);

/**
 * Judges `npm audit --json` output: every high or critical advisory, and every moderate one in a package of
 * `browser` (the names that reach the browser), must be listed in `exceptions`.
 */
export function evaluateAudit(output: string, exceptions: AuditException[] = AUDIT_EXCEPTIONS, browser: ReadonlySet<string> = new Set()): AuditOutcome {
  let report: AuditReport;
  try {
    report = JSON.parse(output) as AuditReport;
  } catch {
    return { status: 'unavailable', reason: `npm audit printed no JSON report: ${output.trim().slice(0, 200) || '(nothing)'}` };
  }
  if (!report.vulnerabilities) {
    const reason = report.message ?? (report.statusCode ? `HTTP ${report.statusCode}` : 'no report');
    return { status: 'unavailable', reason };
  }
  const excepted = new Set(exceptions.map((exception) => exception.advisory));
  const problems = new Map<string, string>();
  const accepted = new Set<string>();
  for (const vulnerability of Object.values(report.vulnerabilities)) {
    for (const via of vulnerability.via) {
      if (typeof via === 'string' || !via.severity) continue;
      const name = via.name ?? vulnerability.name;
      const inBrowser = browser.has(name);
      if (!(inBrowser ? BLOCKING_IN_BROWSER : BLOCKING).has(via.severity)) continue;
      const advisory = via.url ?? via.title ?? 'unknown advisory';
      if (excepted.has(advisory)) accepted.add(advisory);
      else
        problems.set(
          advisory,
          `${via.severity}${inBrowser ? ' (reaches the browser)' : ''}: ${name} ${via.range ?? ''}: ${via.title ?? ''} (${advisory})`.replace(/\s+/g, ' '),
        );
    }
  }
  if (problems.size) return { status: 'failed', problems: [...problems.values()] };
  return { status: 'ok', counts: report.metadata?.vulnerabilities ?? {}, accepted: [...accepted] };
}

function main(): number {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as LockFile;
  const outcome = evaluateAudit(run.stdout, AUDIT_EXCEPTIONS, dependencyClosure(lock, BROWSER_PACKAGES));
  if (outcome.status === 'unavailable') {
    const line = `npm audit: the advisory service could not be reached (${outcome.reason})`;
    if (process.env.AUDIT_REQUIRED === '1') {
      console.error(`${line}; AUDIT_REQUIRED=1, so this fails.`);
      return 1;
    }
    console.log(`${line}: SKIPPED. Set AUDIT_REQUIRED=1 where the registry's audit endpoint is reachable.`);
    return 0;
  }
  if (outcome.status === 'failed') {
    console.error(outcome.problems.join('\n'));
    console.error(
      `\nnpm audit: ${outcome.problems.length} blocking advisor${outcome.problems.length === 1 ? 'y' : 'ies'} in production dependencies: high or critical, or moderate in a package that reaches the browser (fix, or add a justified entry to AUDIT_EXCEPTIONS in scripts/audit.ts)`,
    );
    return 1;
  }
  const counts = Object.entries(outcome.counts)
    .filter(([severity, count]) => severity !== 'total' && count > 0)
    .map(([severity, count]) => `${count} ${severity}`);
  console.log(
    `npm audit: no blocking advisory in production dependencies (high, critical, or moderate in the browser)${counts.length ? ` (${counts.join(', ')})` : ''}${outcome.accepted.length ? `; accepted: ${outcome.accepted.join(', ')}` : ''}`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(main());
