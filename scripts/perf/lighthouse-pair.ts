/**
 * `npx tsx scripts/perf/lighthouse-pair.ts <origin> <route> [<route>...]`: Lighthouse's performance category
 * (mobile profile: simulated slow 4G, 4x CPU slowdown) on each route in turn, BENCH_RUNS rounds (default 5), the
 * routes interleaved in every round so a busy machine slows all of them alike; prints each run and the medians of
 * score, TBT, LCP and CLS, and writes them as JSON to reports/lighthouse-pair.json. Used to compare a lesson with its
 * floor page (docs/performance.md); `npm run bench` gives the full report for a build.
 */
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, resolveChromium } from '../../e2e/browser';
import { median } from './report';

type Run = { score: number; tbtMs: number; lcpMs: number; cls: number; fcpMs: number };

async function measure(url: string): Promise<Run> {
  const chrome = await chromeLauncher.launch({
    chromePath: resolveChromium(() => chromium.executablePath()),
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse could not load ${url}: ${runtimeError.code} ${runtimeError.message}`);
    return {
      score: Math.round((categories.performance?.score ?? 0) * 100),
      tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
      cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
      fcpMs: audits['first-contentful-paint']?.numericValue ?? NaN,
    };
  } finally {
    chrome.kill();
  }
}

const [origin, ...routes] = process.argv.slice(2);
if (!origin || routes.length === 0) throw new Error('usage: lighthouse-pair.ts <origin> <route> [<route>...]');
const rounds = Number(process.env.BENCH_RUNS ?? 5);
const runs: Record<string, Run[]> = Object.fromEntries(routes.map((route) => [route, []]));
for (let round = 1; round <= rounds; round += 1) {
  for (const route of round % 2 ? routes : [...routes].reverse()) {
    try {
      const run = await measure(new URL(route, origin).href);
      runs[route].push(run);
      console.log(
        `round ${round} ${route}: score ${run.score}, TBT ${Math.round(run.tbtMs)} ms, LCP ${Math.round(run.lcpMs)} ms, CLS ${run.cls.toFixed(3)}, FCP ${Math.round(run.fcpMs)} ms`,
      );
    } catch (error) {
      console.log(`round ${round} ${route}: failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}), left out`);
    }
  }
}
const medians = Object.fromEntries(
  routes.map((route) => {
    const all = runs[route];
    const pick = (key: keyof Run) => median(all.map((run) => run[key]));
    return [route, { runs: all.length, score: pick('score'), tbtMs: pick('tbtMs'), lcpMs: pick('lcpMs'), cls: pick('cls'), fcpMs: pick('fcpMs') }];
  }),
);
console.log(JSON.stringify(medians, null, 2));
fs.mkdirSync('reports', { recursive: true });
fs.writeFileSync('reports/lighthouse-pair.json', JSON.stringify({ origin, rounds, runs, medians }, null, 2));
