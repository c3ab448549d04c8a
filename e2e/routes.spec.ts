/**
 * Every route, loaded once: it runs without breaking its own Content-Security-Policy, hydrates (the theme toggle
 * works), and its first-load JavaScript stays within its budget (lib/budgets.ts). One load serves both checks:
 * measuring first-load JS already waits for the network to go quiet, which is what the CSP check needs too.
 */
import { expect, test } from '@playwright/test';
import { routeBudget, routeKind } from '../lib/budgets';
import { getLessons } from '../lib/content/lessons';
import { publicRoutes } from '../lib/routes';
import { NOT_FOUND_ROUTE, initialScripts, readPrerenderedHtml } from '../scripts/perf/build-output';
import { measureFirstLoad } from '../scripts/perf/first-load';
import { watchCsp } from './support';

const lessonWidgets = new Map(getLessons().map((lesson) => [`/lessons/${lesson.slug}`, lesson.widgets]));
const routes = [...publicRoutes().map((route) => route.path), NOT_FOUND_ROUTE];
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

for (const route of routes) {
  const kind = routeKind(route, lessonWidgets);
  const budget = routeBudget(route, lessonWidgets);
  const label = `${kind === 'withWidgets' ? 'with widgets' : 'no widgets'}${lessonWidgets.has(route) ? ' + check-up' : ''}`;

  test(`${route} runs without a CSP violation, hydrates, and its first-load JavaScript stays within ${kb(budget)} (${label})`, async ({ page }) => {
    const listed = initialScripts(readPrerenderedHtml(route));
    expect(listed.length, 'the prerendered HTML lists its scripts').toBeGreaterThan(0);
    const violations = await watchCsp(page);

    const firstLoad = await measureFirstLoad(page, route === NOT_FOUND_ROUTE ? '/this-page-does-not-exist' : route);
    const fetched = firstLoad.scripts.map((file) => file.url);
    for (const url of listed) expect(fetched, `Chromium loads ${url}, listed in the HTML`).toContain(url);
    const breakdown = firstLoad.scripts.map((file) => `${file.url}: ${file.gzip} B`).join('\n');
    expect(firstLoad.gzip, `first-load JS of ${route}: ${firstLoad.gzip} B gzip, budget ${budget} B\n${breakdown}`).toBeLessThanOrEqual(budget);

    if (route !== NOT_FOUND_ROUTE) {
      // The theme toggle only works once React has hydrated, which needs every script the policy allows.
      await page.setViewportSize({ width: 1280, height: 900 });
      const toggle = page.getByRole('button', { name: 'Dark theme' });
      await expect(toggle).toHaveAttribute('aria-pressed', /true|false/);
      await toggle.click();
      await expect(page.locator('html')).toHaveClass(/dark/);
    }
    expect(await violations()).toEqual([]);
  });
}
