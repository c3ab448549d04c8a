/**
 * Performance budgets (lib/budgets.ts) on the production build: first-load JavaScript per route, mermaid kept out
 * of every page's initial scripts, and total CSS. Byte counts are deterministic, so these can fail a build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { BUDGETS, MERMAID_SIGNATURE, routeKind } from '../lib/budgets';
import { getLessons } from '../lib/content/lessons';
import { publicRoutes } from '../lib/routes';
import {
  NOT_FOUND_ROUTE,
  allStylesheets,
  initialScripts,
  isPrerendered,
  readPrerenderedHtml,
  scriptsContaining,
  sumGzip,
} from '../scripts/perf/build-output';
import { measureFirstLoad } from '../scripts/perf/first-load';

const lessonWidgets = new Map(getLessons().map((lesson) => [`/lessons/${lesson.slug}`, lesson.widgets]));
const routes = [...publicRoutes().map((route) => route.path), NOT_FOUND_ROUTE];
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

for (const route of routes) {
  const kind = routeKind(route, lessonWidgets);
  const budget = BUDGETS.firstLoadJs[kind];

  test(`first-load JavaScript of ${route} stays within ${kb(budget)} (${kind === 'withWidgets' ? 'with widgets' : 'no widgets'})`, async ({ page }) => {
    const html = readPrerenderedHtml(route);
    const listed = initialScripts(html);
    expect(listed.length, 'the prerendered HTML lists its scripts').toBeGreaterThan(0);

    const firstLoad = await measureFirstLoad(page, route === NOT_FOUND_ROUTE ? '/this-page-does-not-exist' : route);
    const fetched = firstLoad.scripts.map((file) => file.url);
    for (const url of listed) expect(fetched, `Chromium loads ${url}, listed in the HTML`).toContain(url);
    const { scripts: weights, gzip: total } = firstLoad;
    const breakdown = weights.map((file) => `${file.url}: ${file.gzip} B`).join('\n');
    expect(total, `first-load JS of ${route}: ${total} B gzip, budget ${budget} B\n${breakdown}`).toBeLessThanOrEqual(budget);
  });
}

for (const slug of BUDGETS.embeds.comparedLessons) {
  test(`the embedded lesson ${slug} loads no more JavaScript than the lesson on the site`, async ({ page }) => {
    const site = await measureFirstLoad(page, `/lessons/${slug}`);
    const embedded = await measureFirstLoad(page, `/embed/lessons/${slug}`);
    const list = (load: typeof site) => load.scripts.map((file) => `${file.url}: ${file.gzip} B`).join('\n');
    expect(embedded.gzip, `embed ${embedded.gzip} B:\n${list(embedded)}\nsite ${site.gzip} B:\n${list(site)}`).toBeLessThanOrEqual(site.gzip);
  });
}

for (const route of BUDGETS.embeds.widgetEmbeds) {
  test(`first-load JavaScript of ${route} stays within the widget budget`, async ({ page }) => {
    const { gzip, scripts } = await measureFirstLoad(page, route);
    expect(gzip, scripts.map((file) => `${file.url}: ${file.gzip} B`).join('\n')).toBeLessThanOrEqual(BUDGETS.firstLoadJs.withWidgets);
  });
}

test('mermaid is never in the initial scripts of any route', () => {
  const offenders = routes.flatMap((route) => scriptsContaining(initialScripts(readPrerenderedHtml(route)), MERMAID_SIGNATURE).map((url) => `${route}: ${url}`));
  expect(offenders, 'load mermaid with import() when a diagram needs it').toEqual([]);
});

test('the mermaid check recognises mermaid itself', () => {
  // Guards the check above against a signature that no longer matches the installed mermaid.
  const dist = path.join(process.cwd(), 'node_modules', 'mermaid', 'dist');
  const files = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => /\.min\.mjs$/.test(name));
  const matching = files.filter((name) => MERMAID_SIGNATURE.test(fs.readFileSync(path.join(dist, name), 'utf8')));
  expect(matching.length, 'minified mermaid files containing the signature').toBeGreaterThan(0);
});

test(`all CSS together stays within ${kb(BUDGETS.totalCss)} gzip`, () => {
  const sheets = allStylesheets();
  expect(sheets.length).toBeGreaterThan(0);
  const total = sumGzip(sheets);
  expect(total, sheets.map((sheet) => `${sheet.url}: ${sheet.gzip} B`).join('\n')).toBeLessThanOrEqual(BUDGETS.totalCss);
});

test('every page named in the budget config is still a prerendered route', () => {
  const missing = BUDGETS.widgetFreePages.filter((route) => !isPrerendered(route));
  expect(missing, 'remove stale paths from widgetFreePages in lib/budgets.ts').toEqual([]);
});
