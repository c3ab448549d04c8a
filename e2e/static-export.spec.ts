/**
 * The static export (`npm run export`, out/) works from a plain static file server: pages, links between them,
 * the 404 page, client code (the learner store) and lazily loaded widget code, all under the site's CSP.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import { expect, test, type Page, type Response } from '@playwright/test';
import { unzipSync } from 'fflate';
import { getLessons } from '../lib/content/lessons';
import { createStaticServer, listen } from '../scripts/static-server';

const OUT = path.join(process.cwd(), 'out');
const lessons = getLessons();
const withWidgets = lessons.find((lesson) => lesson.widgets.length > 0);
const withoutWidgets = lessons.find((lesson) => lesson.widgets.length === 0);

let server: Server;
let origin: string;

test.beforeAll(async () => {
  if (!fs.existsSync(path.join(OUT, 'index.html'))) throw new Error('out/index.html not found: run `npm run export` before this spec (npm test does).');
  server = createStaticServer(OUT);
  origin = await listen(server);
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

/** Fails the test on any failed request, page error or console error while it runs. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  // A request the browser cancels because the page navigates away (a widget's or a lesson behaviour's code still
  // arriving when the learner clicks a link) is not a failure of the site: every other failure is.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed ${request.url()}: ${request.failure()?.errorText}`);
  });
  return problems;
}

test('a lesson works from the static files: content, links, and "mark as done" saved across pages', async ({ page }) => {
  const problems = watchProblems(page);
  const [first, second] = lessons;
  await page.goto(`${origin}/lessons/${first.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
  await expect(page.getByRole('region', { name: 'Sources' }).getByRole('link')).toHaveCount(first.sources.length);

  const done = page.getByRole('button', { name: 'Mark as done' });
  await expect(done).toHaveAttribute('aria-pressed', 'false');
  await done.click();
  await expect(done).toHaveAttribute('aria-pressed', 'true');

  await page
    .getByRole('navigation', { name: 'Lessons' })
    .getByRole('link', { name: /Next lesson/ })
    .click();
  await expect(page).toHaveURL(`${origin}/lessons/${second.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second.title);

  await page.getByRole('banner').getByRole('link', { name: 'Course', exact: true }).click();
  await expect(page.getByText(`1 of ${lessons.length} lessons done`)).toBeVisible();
  expect(problems).toEqual([]);
});

test('a lesson with a widget loads the widget code and hydrates without errors', async ({ page }) => {
  test.skip(!withWidgets || !withoutWidgets, 'needs a lesson with widgets and one without');
  const problems = watchProblems(page);
  const scriptsOf = async (slug: string) => {
    const scripts = new Set<string>();
    const record = (response: Response) => {
      if (response.request().resourceType() === 'script') scripts.add(new URL(response.url()).pathname);
    };
    page.on('response', record);
    await page.goto(`${origin}/lessons/${slug}`, { waitUntil: 'networkidle' });
    // Widgets load their code as they near the screen (islands): scroll to each, as a reader does, until all run.
    // Parts that wake only for saved progress (the header's badges, "quiz me first") stay asleep in a fresh browser.
    const waiting = page.locator('[data-island]:not([data-island-live]):not([data-island-wake="learner-data"])');
    for (let left = await waiting.count(); left > 0; left = await waiting.count()) {
      await waiting.first().evaluate((island) => island.scrollIntoView({ behavior: 'instant' }));
      await expect.poll(() => waiting.count()).toBeLessThan(left);
    }
    page.off('response', record);
    return scripts;
  };
  const plain = await scriptsOf(withoutWidgets!.slug);
  const widgetScripts = [...(await scriptsOf(withWidgets!.slug))].filter((script) => !plain.has(script));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(withWidgets!.title);
  // The widget's own code is a separate chunk: fetched from the export, not only listed.
  expect(widgetScripts.length, 'scripts only the widget lesson loads').toBeGreaterThan(0);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await toggle.click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  // Search works from the static files too: the dialog's chunk and /search-index.json.
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search the course' }).fill('fargate');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('without JavaScript the static site hides the search button (it has no /search page)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Course', exact: true })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Search' })).toBeHidden();
  await context.close();
});

test('unknown paths get the 404 page with status 404; the sitemap is a file', async ({ page, request }) => {
  const response = await page.goto(`${origin}/no-such-page`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not part of the course');

  const sitemap = await request.get(`${origin}/sitemap.xml`);
  expect(await sitemap.text()).toContain(`/lessons/${lessons[0].slug}</loc>`);
});

test('the export embeds: embed pages frameable by other sites, oEmbed discovery pointing at written answers', async ({ request }) => {
  const html = fs.readFileSync(path.join(OUT, 'lessons', `${lessons[0].slug}.html`), 'utf8');
  const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
  expect(href, 'the lesson has an oEmbed discovery link').toMatch(new RegExp(`/oembed/lessons/${lessons[0].slug}\\.json$`));
  const answer = await request.get(`${origin}${new URL(href!).pathname}`);
  expect(answer.status()).toBe(200);
  expect(await answer.json()).toMatchObject({ type: 'rich', html: expect.stringContaining(`/embed/lessons/${lessons[0].slug}"`) });
  // A quiz round's page: its own answer file (no /api/oembed in a static export), showing that round.
  const roundHtml = fs.readFileSync(path.join(OUT, 'quiz', 'responsibility', 'fargate.html'), 'utf8');
  expect(roundHtml).not.toContain('/api/oembed');
  const roundHref = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(roundHtml)?.[1];
  expect(roundHref).toMatch(/\/oembed\/widgets\/responsibility-quiz\/fargate\.json$/);
  const roundAnswer = await request.get(`${origin}${new URL(roundHref!).pathname}`);
  expect(await roundAnswer.json()).toMatchObject({ type: 'rich', html: expect.stringContaining('/embed/widgets/responsibility-quiz?round=fargate"') });
  const embed = await request.get(`${origin}/embed/lessons/${lessons[0].slug}`);
  expect(embed.status()).toBe(200);
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  expect((await request.get(`${origin}/embed.js`)).headers()['content-security-policy']).toContain('frame-ancestors *');
});

test('on the static host the embed dialog names the written oEmbed answer, and says it carries only the default settings', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto(`${origin}/lessons/launch-types`);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /^Embed/ });
  const oembed = dialog.getByRole('textbox', { name: /^oEmbed URL/ });
  await expect(oembed).toHaveValue(`${origin}/oembed/lessons/launch-types.json`);
  await expect(oembed).toHaveAccessibleDescription(/served as static files.*copy the iframe or script snippet/);
  const answer = await page.request.get(await oembed.inputValue());
  expect(answer.status()).toBe(200);
  expect(problems).toEqual([]);
});

test('the export serves the LMS packages as files: every lesson and widget, and the launcher script', async ({ request }) => {
  const quiz = await request.get(`${origin}/lms/widget-responsibility-quiz-scorm12.zip`);
  expect(quiz.status()).toBe(200);
  expect(quiz.headers()['content-type']).toBe('application/zip');
  expect(Object.keys(unzipSync(await quiz.body()))).toEqual([
    'imsmanifest.xml',
    'adlcp_rootv1p2.xsd',
    'ims_xml.xsd',
    'imscp_rootv1p1p2.xsd',
    'imsmd_rootv1p2p1.xsd',
    'index.html',
    'launcher.js',
  ]);
  for (const lesson of lessons) expect((await request.get(`${origin}/lms/lesson-${lesson.slug}-scorm12.zip`)).status(), lesson.slug).toBe(200);
  expect((await request.get(`${origin}/lms/launcher.js`)).headers()['content-type']).toContain('text/javascript');
});
