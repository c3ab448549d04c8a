/**
 * `npx tsx scripts/perf/lighthouse-pair.ts <origin> <floor route> <route>`: Lighthouse's performance category
 * (mobile profile: simulated slow 4G, 4x CPU slowdown) on a page and its floor (lib/budgets.ts), in pairs, strictly
 * interleaved (floor, page, floor, page, ...), BENCH_RUNS pairs (default 7). A busy machine slows a whole pair alike
 * more than it slows one page, so besides each page's medians it reports the median of the per-pair ratios (page TBT
 * over floor TBT, page score minus floor score), the figure issue 29's goals are judged on: TBT at most 1.2x the
 * floor's, performance score within 3 points. It also lists the page's scripts by main-thread time (Lighthouse's
 * bootup-time audit, medians), which says what to cut when the goal is missed. The load average is printed for each
 * run. Writes everything to reports/lighthouse-pair.json; exits 1 when a goal is missed. Used by docs/performance.md;
 * `npm run bench` gives the full report for a build. CHROMIUM_PATH picks the browser (e2e/browser.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, resolveChromium } from '../../e2e/browser';
import { median } from './report';

/** Issue 29's goals against the floor. */
export const TBT_RATIO_GOAL = 1.2;
export const SCORE_POINTS_GOAL = 3;

type Run = { score: number; tbtMs: number; lcpMs: number; cls: number; fcpMs: number; load: number; bootup: Record<string, number> };

async function measure(url: string): Promise<Run> {
  const chrome = await chromeLauncher.launch({
    chromePath: resolveChromium(() => chromium.executablePath(), { headlessShell: true }),
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    logLevel: 'silent',
  });
  try {
    const load = os.loadavg()[0];
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse could not load ${url}: ${runtimeError.code} ${runtimeError.message}`);
    const items = ((audits['bootup-time']?.details as { items?: { url: string; total: number }[] } | undefined)?.items ?? []).map(
      (item) => [item.url.replace(/^https?:\/\/[^/]+/, ''), item.total] as const,
    );
    return {
      score: Math.round((categories.performance?.score ?? 0) * 100),
      tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
      cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
      fcpMs: audits['first-contentful-paint']?.numericValue ?? NaN,
      load,
      bootup: Object.fromEntries(items),
    };
  } finally {
    chrome.kill();
  }
}

const describe = (run: Run) =>
  `score ${run.score}, TBT ${Math.round(run.tbtMs)} ms, LCP ${Math.round(run.lcpMs)} ms, CLS ${run.cls.toFixed(3)}, FCP ${Math.round(run.fcpMs)} ms (load ${run.load.toFixed(1)})`;

const [origin, floorRoute, pageRoute] = process.argv.slice(2);
if (!origin || !floorRoute || !pageRoute) throw new Error('usage: lighthouse-pair.ts <origin> <floor route> <route>');
const pairsWanted = Number(process.env.BENCH_RUNS ?? 7);
const pairs: { floor: Run; page: Run }[] = [];
for (let pair = 1; pair <= pairsWanted; pair += 1) {
  try {
    const floor = await measure(new URL(floorRoute, origin).href);
    console.log(`pair ${pair} floor ${floorRoute}: ${describe(floor)}`);
    const page = await measure(new URL(pageRoute, origin).href);
    console.log(`pair ${pair} page  ${pageRoute}: ${describe(page)}`);
    console.log(`pair ${pair}: TBT ratio ${(page.tbtMs / floor.tbtMs).toFixed(2)}, score difference ${page.score - floor.score}`);
    pairs.push({ floor, page });
  } catch (error) {
    console.log(`pair ${pair}: failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}), left out`);
  }
}
if (pairs.length === 0) throw new Error('no pair measured');
const medians = (runs: Run[]) => {
  const pick = (key: 'score' | 'tbtMs' | 'lcpMs' | 'cls' | 'fcpMs' | 'load') => median(runs.map((run) => run[key]));
  return { runs: runs.length, score: pick('score'), tbtMs: pick('tbtMs'), lcpMs: pick('lcpMs'), cls: pick('cls'), fcpMs: pick('fcpMs'), load: pick('load') };
};
const bootupMedians = (runs: Run[]) => {
  const urls = new Set(runs.flatMap((run) => Object.keys(run.bootup)));
  return Object.fromEntries([...urls].map((url) => [url, Math.round(median(runs.map((run) => run.bootup[url] ?? 0)))] as const).sort((a, b) => b[1] - a[1]));
};
const floorRuns = pairs.map((pair) => pair.floor);
const pageRuns = pairs.map((pair) => pair.page);
const tbtRatio = median(pairs.map((pair) => pair.page.tbtMs / Math.max(pair.floor.tbtMs, 1)));
const scoreDifference = median(pairs.map((pair) => pair.page.score - pair.floor.score));
const summary = {
  origin,
  pairs: pairs.length,
  floor: { route: floorRoute, ...medians(floorRuns), bootupMs: bootupMedians(floorRuns) },
  page: { route: pageRoute, ...medians(pageRuns), bootupMs: bootupMedians(pageRuns) },
  perPair: { tbtRatioMedian: tbtRatio, scoreDifferenceMedian: scoreDifference },
  goals: {
    tbtRatioAtMost: TBT_RATIO_GOAL,
    tbtMet: tbtRatio <= TBT_RATIO_GOAL,
    scorePointsWithin: SCORE_POINTS_GOAL,
    scoreMet: scoreDifference >= -SCORE_POINTS_GOAL,
  },
};
console.log(JSON.stringify({ ...summary, runs: undefined }, null, 2));
console.log(
  `per-pair medians: TBT ratio ${tbtRatio.toFixed(2)} (goal at most ${TBT_RATIO_GOAL}: ${summary.goals.tbtMet ? 'met' : 'NOT met'}), ` +
    `score difference ${scoreDifference} (goal within ${SCORE_POINTS_GOAL}: ${summary.goals.scoreMet ? 'met' : 'NOT met'})`,
);
fs.mkdirSync('reports', { recursive: true });
fs.writeFileSync('reports/lighthouse-pair.json', JSON.stringify({ ...summary, runs: pairs }, null, 2));
if (!summary.goals.tbtMet || !summary.goals.scoreMet) process.exitCode = 1;
