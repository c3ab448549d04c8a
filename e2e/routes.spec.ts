/**
 * Every route, loaded once: it runs without breaking its own Content-Security-Policy, hydrates (the theme toggle
 * works), and its first-load JavaScript stays within its ratio to the framework's floor, the floor page measured in
 * the same test (lib/budgets.ts). One load serves both checks:
 * measuring first-load JS already waits for the network to go quiet, which is what the CSP check needs too. A
 * lesson also shows its title, objectives, contents, sources and neighbours on that same load.
 */
import { expect, test, type Page } from '@playwright/test';
import { floorRoute, routeBudget, routeKind, routeRatio } from '../lib/budgets';
import { getLessons } from '../lib/content/lessons';
import { allPageRoutes } from '../lib/routes';
import { NOT_FOUND_ROUTE, initialScripts, readPrerenderedHtml } from '../scripts/perf/build-output';
import { measureFirstLoad } from '../scripts/perf/first-load';
import { KB } from '../lib/budgets';
import { watchCsp } from './support';

const lessons = getLessons();
const lessonSlugs = lessons.map((lesson) => lesson.slug);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A lesson page at desktop width: its title, place in the course, objectives, contents, sources and neighbours. */
async function expectLessonPage(page: Page, index: number) {
  const lesson = lessons[index];
  await expect(page).toHaveTitle(`${lesson.title} | Containers on AWS`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
  await expect(page.getByText(`Lesson ${index + 1} of ${lessons.length}`)).toBeVisible();

  const objectives = page.getByRole('region', { name: 'You will learn to' });
  await expect(objectives.getByRole('listitem')).toHaveText(lesson.objectives);

  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link', { name: 'Recap' })).toBeVisible();
  await toc.getByRole('link', { name: 'Recap' }).click();
  await expect(page).toHaveURL(/#recap$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Recap' })).toBeInViewport();

  const sources = page.getByRole('region', { name: 'Sources', exact: true });
  await expect(sources.getByRole('link')).toHaveCount(lesson.sources.length);

  const neighbours = page.getByRole('navigation', { name: 'Lessons' });
  if (index > 0) await expect(neighbours.getByRole('link', { name: new RegExp(`Previous lesson\\s*${escape(lessons[index - 1].title)}`) })).toBeVisible();
  if (index < lessons.length - 1)
    await expect(neighbours.getByRole('link', { name: new RegExp(`Next lesson.*${escape(lessons[index + 1].title)}`) })).toBeVisible();
}
const routes = [...allPageRoutes().map((route) => route.path), NOT_FOUND_ROUTE];

for (const route of routes) {
  const kind = routeKind(route, lessonSlugs);
  const ratio = routeRatio(route, lessonSlugs);
  const floor = floorRoute(route, lessonSlugs);

  const lessonIndex = lessons.findIndex((lesson) => `/lessons/${lesson.slug}` === route);
  const shows = lessonIndex >= 0 ? ', shows its title, objectives, contents, sources and neighbours,' : '';

  test(`${route} runs without a CSP violation, hydrates${shows} and its first-load JavaScript stays within ${ratio}x the floor (${kind}, ${floor})`, async ({
    page,
    browser,
    baseURL,
  }) => {
    const listed = initialScripts(readPrerenderedHtml(route));
    expect(listed.length, 'the prerendered HTML lists its scripts').toBeGreaterThan(0);
    // The floor first, in the same run (its own context: no shared HTTP cache): the budget is a ratio to what the
    // framework costs for the same prose.
    const floorContext = await browser.newContext({ baseURL });
    const floorLoad = await measureFirstLoad(await floorContext.newPage(), floor);
    await floorContext.close();
    expect(floorLoad.gzip, `the floor ${floor} loads React and Next`).toBeGreaterThan(50 * KB);
    const budget = routeBudget(route, lessonSlugs, floorLoad.gzip);
    const violations = await watchCsp(page);

    const firstLoad = await measureFirstLoad(page, route === NOT_FOUND_ROUTE ? '/this-page-does-not-exist' : route);
    const fetched = firstLoad.scripts.map((file) => file.url);
    for (const url of listed) expect(fetched, `Chromium loads ${url}, listed in the HTML`).toContain(url);
    const breakdown = firstLoad.scripts.map((file) => `${file.url}: ${file.gzip} B`).join('\n');
    const measured = `first-load JS of ${route}: ${firstLoad.gzip} B gzip = ${(firstLoad.gzip / floorLoad.gzip).toFixed(3)}x the floor (${floorLoad.gzip} B), budget ${ratio}x = ${budget} B`;
    console.log(measured);
    expect(firstLoad.gzip, `${measured}\n${breakdown}`).toBeLessThanOrEqual(budget);

    if (route !== NOT_FOUND_ROUTE) {
      // The theme toggle only works once React has hydrated, which needs every script the policy allows.
      await page.setViewportSize({ width: 1280, height: 900 });
      const toggle = page.getByRole('button', { name: 'Dark theme' });
      await expect(toggle).toHaveAttribute('aria-pressed', /true|false/);
      await toggle.click();
      await expect(page.locator('html')).toHaveClass(/dark/);
    }
    if (lessonIndex >= 0) await expectLessonPage(page, lessonIndex);
    expect(await violations()).toEqual([]);
  });
}
