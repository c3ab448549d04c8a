/**
 * oEmbed as a consumer and an instructor meet it: the discovery links of the quiz's round pages and of /checklists,
 * the dynamic endpoint's answer within maxwidth/maxheight, and its html pasted into a page on another origin (a real
 * server started here): with scripts the frame takes its content's height (never above maxheight); with scripts
 * stripped the plain iframe still shows the embed at its fixed height. Also the round pages' Embed / Download.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { allRounds } from '../lib/quiz/matrix';
import { expectNoAxeViolations } from './support';

const fargate = allRounds().find((round) => round.id === 'fargate')!;

let host: http.Server;
let hostOrigin = '';
const pages = new Map<string, string>();

test.beforeAll(async () => {
  host = http.createServer((request, response) => {
    const html = pages.get(new URL(request.url ?? '/', 'http://host').pathname);
    response.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => host.listen(0, resolve));
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

/** The discovery links of a page: href and title, in order. */
async function discovery(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  return [...html.matchAll(/<link rel="alternate" type="application\/json\+oembed"([^>]*)>/g)].map(([, attributes]) => ({
    href: /href="([^"]+)"/.exec(attributes)![1].replace(/&amp;/g, '&'),
    title: /title="([^"]+)"/.exec(attributes)?.[1],
  }));
}

/** Asks the endpoint a link names, on this test's server (the build's SITE_URL may name another origin). */
async function follow(request: APIRequestContext, href: string, extra = '') {
  const link = new URL(href);
  return request.get(`${link.pathname}${link.search}${extra}`);
}

test("a quiz round's page and /checklists are discoverable, and their links name the dynamic endpoint with the page's embed", async ({ request }) => {
  const [round] = await discovery(request, `/quiz/responsibility/${fargate.id}`);
  expect(round.title).toBe(fargate.title);
  expect(new URL(round.href).pathname).toBe('/api/oembed');
  const answer = await follow(request, round.href, '&maxwidth=480&maxheight=500');
  expect(answer.status()).toBe(200);
  const body = await answer.json();
  expect(body).toMatchObject({ type: 'rich', width: 480, height: 500 });
  expect(body.html).toContain(`/embed/widgets/responsibility-quiz?round=${fargate.id}"`);
  expect(body.html).toContain('width="480" height="500"');

  const lists = await discovery(request, '/checklists');
  expect(lists.map((link) => link.title).sort()).toEqual(['ECS control plane', 'ECS tasks and containers', 'Fargate security challenges']);
  for (const link of lists) expect((await follow(request, link.href)).status(), link.href).toBe(200);
});

test('the endpoint validates what it is asked', async ({ request }) => {
  const lesson = encodeURIComponent('http://localhost:3000/lessons/launch-types');
  expect((await request.get(`/api/oembed?url=${lesson}&format=xml`)).status()).toBe(501);
  expect((await request.get(`/api/oembed?url=${encodeURIComponent('https://example.com/lessons/launch-types')}`)).status()).toBe(404);
  expect((await request.get(`/api/oembed?url=${encodeURIComponent(`${hostOrigin}/quiz/responsibility/nope`)}`)).status()).toBe(404);
  expect((await request.get(`/api/oembed?url=${lesson}&maxheight=tall`)).status()).toBe(400);
  expect((await request.get('/api/oembed?format=json')).status()).toBe(400);
});

/** The oEmbed html for a page, as a consumer would fetch it. */
async function oembedHtml(request: APIRequestContext, page: string, limits: string): Promise<string> {
  const [link] = await discovery(request, page);
  const answer = await follow(request, link.href, limits);
  expect(answer.status()).toBe(200);
  // The build's SITE_URL may name another origin than this test's server: the html is pointed at the server.
  const origin = new URL(new URL(link.href).searchParams.get('url')!).origin;
  return ((await answer.json()) as { html: string }).html.replaceAll(origin, new URL(answer.url()).origin);
}

const frameHeight = (page: Page) => page.locator('iframe').evaluate((frame) => Math.round(frame.getBoundingClientRect().height));

test('the oEmbed html on another origin sizes itself to its content with scripts, and is a plain frame without them', async ({ page, request }) => {
  test.slow();
  await page.setViewportSize({ width: 1000, height: 900 });
  const html = await oembedHtml(request, '/lessons/container-options', '&maxwidth=900');
  pages.set('/with-script.html', `<!doctype html><html lang="en"><head><title>Blog post</title></head><body><main><h1>A post</h1>${html}</main></body></html>`);
  await page.goto(`${hostOrigin}/with-script.html`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  // The lesson is far taller than the 1,200 px fallback: the loader grows the frame to its content.
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(1500);
  expect(await page.locator('iframe').getAttribute('width')).toBe('800');

  const capped = await oembedHtml(request, '/lessons/container-options', '&maxheight=700');
  pages.set('/capped.html', `<!doctype html><html lang="en"><head><title>Capped</title></head><body><main>${capped}</main></body></html>`);
  await page.goto(`${hostOrigin}/capped.html`);
  await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toBeVisible();
  // It is sized by the loader (the ready message arrived: the frame has a style height) and never above maxheight.
  await expect.poll(() => page.locator('iframe').evaluate((element) => element.style.height)).toBe('700px');

  const stripped = html.replace(/<script[^>]*><\/script>/g, '');
  expect(stripped).not.toContain('<script');
  pages.set('/stripped.html', `<!doctype html><html lang="en"><head><title>Stripped</title></head><body><main>${stripped}</main></body></html>`);
  await page.goto(`${hostOrigin}/stripped.html`);
  await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toBeVisible();
  expect(await frameHeight(page)).toBe(1200);
});

test('a quiz round on its own page: reached from the quiz, one round, its Embed / Download opens on that round', async ({ page }) => {
  test.slow();
  await page.goto('/quiz/responsibility');
  await page.getByRole('navigation', { name: 'Rounds on their own pages' }).getByRole('link', { name: fargate.title }).click();
  await expect(page).toHaveURL(new RegExp(`/quiz/responsibility/${fargate.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: `Who manages what? ${fargate.title}` })).toBeVisible();
  await expect(page.getByRole('tab')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: `Embed or download this round: ${fargate.title}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('radio', { name: 'Graded', exact: true })).toBeChecked();
  const counted = dialog.getByRole('group', { name: /Rounds that count/ });
  await expect(counted.getByRole('checkbox', { name: fargate.title })).toBeChecked();
  await expect(counted.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await expect(dialog.getByLabel(/^Iframe snippet/)).toHaveValue(new RegExp(`rounds=${fargate.id}&amp;`));
  // The script code grades as the iframe code does (its frame URL comes from data-query).
  await expect(dialog.getByRole('textbox', { name: /^Script snippet/ })).toHaveValue(
    new RegExp(`data-query="mode=graded&amp;count=quiz&amp;rounds=${fargate.id}&amp;`),
  );
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /Download for your LMS/ }).click();
  expect((await download).suggestedFilename()).toMatch(/^widget-responsibility-quiz-[a-z0-9]+-scorm12\.zip$/);

  // Practice: the one-round option starts on this round.
  await dialog.getByRole('radio', { name: /^Practice/ }).check();
  await expect(dialog.getByRole('combobox', { name: 'Round' })).toHaveValue(fargate.id);
  await expect(dialog.getByLabel(/^Iframe snippet/)).toHaveValue(new RegExp(`responsibility-quiz\\?round=${fargate.id}"`));
});

test('/teach lists the round pages', async ({ page }) => {
  await page.goto('/teach');
  await page.getByRole('list', { name: 'Quiz rounds on their own pages' }).getByRole('link', { name: fargate.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Who manages what? ${fargate.title}` })).toBeVisible();
});
