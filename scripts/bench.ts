/**
 * `npm run bench`: builds the site, then reports for every route the first-load JavaScript (as lib/budgets.ts counts
 * it), the scripts the HTML lists, HTML and CSS sizes; Lighthouse (mobile profile, median of BENCH_RUNS runs, default
 * 3) for home, a lesson without widgets, the launch-types lesson, and /chooser and /quiz when the build has them;
 * the `next build` wall time and the number of prerendered routes. Writes reports/bench-<time>.{md,json} and
 * reports/bench-latest.{md,json}, and prints the Markdown at the end. Lighthouse figures are reported, not asserted.
 *
 * Options (environment): BENCH_PORT (default 3116; the server listens on 127.0.0.1 only), BENCH_RUNS (default 3),
 * BENCH_SKIP_BUILD=1 to measure the existing .next build.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, resolveChromium } from '../e2e/browser';
import { BUDGETS, floorRoute, routeBudget, routeKind, routeRatio, type RouteKind } from '../lib/budgets';
import { getLessons } from '../lib/content/lessons';
import { publicRoutes } from '../lib/routes';
import { NOT_FOUND_ROUTE, allStylesheets, isPrerendered, sumGzip, weighRoute } from './perf/build-output';
import { measureFirstLoad } from './perf/first-load';
import { startNext } from './perf/server';
import { LIGHTHOUSE_TARGETS, median, type LighthouseFigures, lighthouseTargetGaps } from './perf/report';

const root = process.cwd();
const port = Number(process.env.BENCH_PORT ?? 3116);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const origin = `http://127.0.0.1:${port}`;

type RouteRow = {
  route: string;
  kind: RouteKind;
  firstLoadJs: number;
  /** The floor page this route is measured against (lib/budgets.ts), its first-load JS, and the ratio allowed. */
  floor: string;
  floorJs: number;
  ratio: number;
  budget: number;
  htmlListedJs: number;
  htmlBytes: number;
  htmlGzip: number;
  cssGzip: number;
};

type LighthouseRow = { route: string; label: string; runs: LighthouseFigures[]; median: LighthouseFigures; gaps: string[] };

async function build(): Promise<{ seconds: number; warm: boolean; log: string }> {
  // Turbopack keeps a build cache in .next/cache: a build with it is much faster than one from a clean clone.
  const warm = fs.existsSync(path.join(root, '.next', 'cache', 'turbopack'));
  const started = Date.now();
  let log = '';
  const code = await new Promise<number>((resolve) => {
    // The canonical URLs point at the measured origin, so Lighthouse's SEO audit sees the page it loaded.
    const child = spawn(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: process.env.SITE_URL ?? origin },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk) => (log += String(chunk)));
    child.stderr.on('data', (chunk) => (log += String(chunk)));
    child.on('exit', (status) => resolve(status ?? 1));
  });
  if (code !== 0) throw new Error(`next build failed:\n${log}`);
  return { seconds: (Date.now() - started) / 1000, warm, log };
}

function prerenderedCount(): { routes: number; htmlPages: number } {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, '.next', 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
  const appDir = path.join(root, '.next', 'server', 'app');
  const htmlPages = fs.readdirSync(appDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
  return { routes: Object.keys(manifest.routes).length, htmlPages };
}

async function measureRoutes(): Promise<RouteRow[]> {
  const lessonSlugs = getLessons().map((lesson) => lesson.slug);
  const routes = [...publicRoutes().map((route) => route.path), NOT_FOUND_ROUTE];
  const browser = await chromium.launch({ executablePath: resolveChromium(() => chromium.executablePath()), args: CHROMIUM_FLAGS });
  try {
    const rows: RouteRow[] = [];
    // Each floor page once, in a fresh context (no shared HTTP cache), in the same run as the routes.
    const floors = new Map<string, number>();
    for (const floor of new Set(routes.map((route) => floorRoute(route, lessonSlugs)))) {
      const context = await browser.newContext();
      floors.set(floor, (await measureFirstLoad(await context.newPage(), `${origin}${floor}`)).gzip);
      await context.close();
    }
    for (const route of routes) {
      const weights = weighRoute(route);
      const context = await browser.newContext();
      const page = await context.newPage();
      const firstLoad = await measureFirstLoad(page, `${origin}${route === NOT_FOUND_ROUTE ? '/this-page-does-not-exist' : route}`);
      await context.close();
      const floor = floorRoute(route, lessonSlugs);
      const floorJs = floors.get(floor) ?? NaN;
      rows.push({
        route,
        kind: routeKind(route, lessonSlugs),
        firstLoadJs: firstLoad.gzip,
        floor,
        floorJs,
        ratio: routeRatio(route, lessonSlugs),
        budget: routeBudget(route, lessonSlugs, floorJs),
        htmlListedJs: sumGzip(weights.scripts),
        htmlBytes: weights.html.bytes,
        htmlGzip: weights.html.gzip,
        cssGzip: sumGzip(weights.css),
      });
    }
    return rows;
  } finally {
    await browser.close();
  }
}

function lighthouseRoutes(): { route: string; label: string }[] {
  const lessons = getLessons();
  const plain = lessons.find((lesson) => lesson.widgets.length === 0);
  const candidates = [
    { route: '/', label: 'home' },
    // The framework's floor for the launch-types lesson: the same prose with no site code (lib/budgets.ts).
    { route: '/perf-floor/launch-types', label: 'floor (launch-types prose, no site code)' },
    ...(plain ? [{ route: `/lessons/${plain.slug}`, label: 'lesson without widgets' }] : []),
    { route: '/lessons/launch-types', label: 'launch-types lesson' },
    { route: '/chooser', label: 'launch-type chooser' },
    { route: '/quiz', label: 'self-quiz' },
    { route: '/quiz/responsibility', label: 'responsibility quiz' },
  ];
  return candidates.filter((candidate) => isPrerendered(candidate.route));
}

async function runLighthouse(url: string): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: resolveChromium(() => chromium.executablePath()),
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    logLevel: 'silent',
  });
  try {
    // The default config is Lighthouse's mobile profile: Moto G Power viewport, simulated slow 4G and 4x CPU slowdown.
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse could not load ${url}: ${runtimeError.code} ${runtimeError.message}`);
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
      cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
      tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
      failing: Object.values(categories)
        .filter((category) => category.id !== 'performance')
        .flatMap((category) =>
          category.auditRefs.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1).map((ref) => `${category.id}: ${ref.id}`),
        ),
    };
  } finally {
    chrome.kill();
  }
}

/**
 * Lighthouse sometimes fails to record a trace on a busy machine (NO_NAVSTART, NO_FCP); such a run says nothing about
 * the page, so it is repeated, up to three attempts.
 */
async function withRetries<T>(attempt: () => Promise<T>, attempts = 3): Promise<T> {
  for (let left = attempts - 1; ; left -= 1) {
    try {
      return await attempt();
    } catch (error) {
      if (left === 0) throw error;
      console.log(`bench: ${error instanceof Error ? error.message.split('\n')[0] : error}; trying again`);
    }
  }
}

function medianFigures(all: LighthouseFigures[]): LighthouseFigures {
  const pick = (key: Exclude<keyof LighthouseFigures, 'failing'>) => median(all.map((figures) => figures[key]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    lcpMs: pick('lcpMs'),
    cls: pick('cls'),
    tbtMs: pick('tbtMs'),
    failing: [...new Set(all.flatMap((figures) => figures.failing))],
  };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

type Load = { start: number[]; end: number[]; cpus: number };

function markdown(report: {
  date: string;
  load: Load;
  build: { seconds: number; warm: boolean; prerenderedRoutes: number; htmlPages: number } | null;
  routes: RouteRow[];
  lighthouse: LighthouseRow[];
  skippedLighthouse: string[];
  totalCss: number;
}): string {
  const loadText = (values: number[]) => values.map((value) => value.toFixed(1)).join(' / ');
  const lines = [
    `# Bench, ${report.date}`,
    '',
    `Machine: ${report.load.cpus} CPUs; load average (1/5/15 min) ${loadText(report.load.start)} at the start, ${loadText(report.load.end)} at the end. Other work on the machine inflates CPU-bound figures (TBT, performance score).`,
    '',
  ];
  if (report.build) {
    lines.push(
      `\`next build\`: ${report.build.seconds.toFixed(1)} s wall time (${report.build.warm ? 'warm: Turbopack build cache in .next/cache' : 'cold: no build cache'}); ${report.build.prerenderedRoutes} prerendered routes (${report.build.htmlPages} HTML pages).`,
      '',
    );
  } else {
    lines.push('`next build`: not run (BENCH_SKIP_BUILD=1); sizes are of the existing .next.', '');
  }
  lines.push(
    `## Size per route (gzip level ${BUDGETS.gzipLevel}, KB = 1,000 bytes)`,
    '',
    '| Route | First-load JS | Floor | Ratio | Budget | JS listed in HTML | HTML (raw / gzip) | CSS |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.routes.map(
      (row) =>
        `| ${row.route} | ${kb(row.firstLoadJs)}${row.firstLoadJs > row.budget ? ' **over**' : ''} | ${kb(row.floorJs)} (${row.floor}) | ${(row.firstLoadJs / row.floorJs).toFixed(3)}x | ${row.ratio}x = ${kb(row.budget)} (${row.kind}) | ${kb(row.htmlListedJs)} | ${kb(row.htmlBytes)} / ${kb(row.htmlGzip)} | ${kb(row.cssGzip)} |`,
    ),
    '',
    `All CSS of the build: ${kb(report.totalCss)} (budget ${kb(BUDGETS.totalCss)}).`,
    '',
    `## Lighthouse 12.8, mobile profile, median of ${runs} run${runs === 1 ? '' : 's'}`,
    '',
    `Targets: performance >= ${LIGHTHOUSE_TARGETS.performance}, accessibility = ${LIGHTHOUSE_TARGETS.accessibility}, CLS = 0.00, LCP < ${LIGHTHOUSE_TARGETS.lcpMs / 1000} s, TBT < ${LIGHTHOUSE_TARGETS.tbtMs} ms.`,
    '',
    '| Page | Route | Perf | A11y | Best pr. | SEO | LCP | CLS | TBT | Targets |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...report.lighthouse.map(
      (row) =>
        `| ${row.label} | ${row.route} | ${row.median.performance} | ${row.median.accessibility} | ${row.median.bestPractices} | ${row.median.seo} | ${(row.median.lcpMs / 1000).toFixed(2)} s | ${row.median.cls.toFixed(2)} | ${Math.round(row.median.tbtMs)} ms | ${row.gaps.length ? row.gaps.join('; ') : 'all met'} |`,
    ),
  );
  if (report.skippedLighthouse.length) lines.push('', `Not measured (not in this build yet): ${report.skippedLighthouse.join(', ')}.`);
  const failing = report.lighthouse.filter((row) => row.median.failing.length);
  if (failing.length) {
    lines.push('', 'Audits below 100% in some run (accessibility, best practices, SEO):', '');
    for (const row of failing) lines.push(`- ${row.route}: ${row.median.failing.join(', ')}`);
  }
  lines.push(
    '',
    `Runs per page: ${report.lighthouse.map((row) => `${row.route} perf ${row.runs.map((figures) => figures.performance).join('/')}`).join('; ')}.`,
  );
  return `${lines.join('\n')}\n`;
}

async function main() {
  const date = new Date().toISOString();
  const loadStart = os.loadavg();
  let buildInfo: { seconds: number; warm: boolean; prerenderedRoutes: number; htmlPages: number } | null = null;
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    console.log('bench: next build ...');
    const { seconds, warm } = await build();
    const counts = prerenderedCount();
    buildInfo = { seconds, warm, prerenderedRoutes: counts.routes, htmlPages: counts.htmlPages };
    console.log(`bench: built in ${seconds.toFixed(1)} s`);
  }
  const server = await startNext(port);
  try {
    console.log(`bench: measuring first-load JavaScript of every route on ${server.origin} ...`);
    const routes = await measureRoutes();
    const totalCss = sumGzip(allStylesheets());
    const targets = lighthouseRoutes();
    const skippedLighthouse = ['/chooser', '/quiz'].filter((route) => !targets.some((target) => target.route === route));
    const lighthouseRows: LighthouseRow[] = [];
    for (const target of targets) {
      const all: LighthouseFigures[] = [];
      for (let run = 1; run <= runs; run += 1) {
        console.log(`bench: Lighthouse ${target.route} run ${run}/${runs} ...`);
        all.push(await withRetries(() => runLighthouse(`${server.origin}${target.route}`)));
      }
      const figures = medianFigures(all);
      lighthouseRows.push({ ...target, runs: all, median: figures, gaps: lighthouseTargetGaps(figures) });
    }
    const load: Load = { start: loadStart, end: os.loadavg(), cpus: os.cpus().length };
    const report = { date, load, build: buildInfo, routes, lighthouse: lighthouseRows, skippedLighthouse, totalCss, runs, gzipLevel: BUDGETS.gzipLevel };
    const text = markdown(report);
    const dir = path.join(root, 'reports');
    fs.mkdirSync(dir, { recursive: true });
    const stamp = date.replace(/[:.]/g, '-');
    for (const name of [`bench-${stamp}`, 'bench-latest']) {
      fs.writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
      fs.writeFileSync(path.join(dir, `${name}.md`), text);
    }
    console.log(`bench: wrote reports/bench-${stamp}.md and .json (also bench-latest)\n`);
    console.log(text);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
