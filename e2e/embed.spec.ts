/**
 * Instructor embeds, from a real second origin: a host page served by a small HTTP server on another localhost port
 * (started here, port 0) embeds lessons and widgets with the iframe snippet and with the loader, as an instructor's
 * page would. Covers fitting and resizing, the result message and its xAPI statement, host messages, framing,
 * the theme option, blocked storage, oEmbed and the embed dialog.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { allRounds } from '../lib/quiz/matrix';
import type { Owner } from '../lib/quiz/types';
import { statementProblems, type XapiStatement } from '../lib/embed/xapi';
import { expectNoAxeViolations } from './support';

const ZONE: Record<Owner, string> = { you: 'You manage', shared: 'Shared', aws: 'AWS manages' };
const fargate = allRounds().find((round) => round.id === 'fargate')!;

let host: http.Server;
let hostOrigin = '';
let site = '';

/** The instructor's page: whatever HTML the test asks for, at /<name>.html, from the host origin. */
const pages = new Map<string, string>();
const hostPage = (name: string, body: string) => {
  pages.set(
    `/${name}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page ${name}</title></head><body><main aria-label="Course page"><h1>My course</h1>${body}</main>
<script>
window.results = []; window.messages = [];
document.addEventListener('containers-on-aws:result', function (e) { window.results.push(e.detail); });
window.addEventListener('message', function (e) { if (e.data && e.data.source === 'containers-on-aws') window.messages.push(e.data.type); });
</script></body></html>`,
  );
  return `${hostOrigin}/${name}.html`;
};

test.beforeAll(async ({ baseURL }) => {
  site = baseURL!;
  host = http.createServer((request, response) => {
    const html = pages.get(new URL(request.url ?? '/', 'http://host').pathname);
    response.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  // Another origin: same address, another port.
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

/** The frame's own size: its viewport height and its document's height (equal when it needs no scrollbar). */
const frameSizes = (page: Page, index: number) =>
  page.evaluate(async (i) => {
    const frame = document.querySelectorAll('iframe')[i];
    return { frame: Math.round(frame.getBoundingClientRect().height) };
  }, index);

const insideSizes = (frame: FrameLocator) => frame.locator('html').evaluate((html) => ({ viewport: window.innerHeight, content: html.scrollHeight }));

test('loader on another origin: the frame fits its content, grows and shrinks, answers set-theme and ignores garbage', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1000, height: 900 });
  const url = hostPage(
    'loader-lesson',
    `<div data-containers-on-aws="lessons/container-options" data-title="Ways to run containers"></div><script src="${site}/embed.js" async></script>`,
  );
  await page.goto(url);
  const frame = page.frameLocator('iframe[title="Ways to run containers"]');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  // No site header, footer or navigation in the embed; one main landmark.
  await expect(frame.getByRole('navigation')).toHaveCount(0);
  await expect(frame.getByRole('main')).toHaveCount(1);

  await test.step('the frame is as tall as its content: no inner scrollbar', async () => {
    await expect.poll(async () => (await frameSizes(page, 0)).frame).toBeGreaterThan(1500);
    await expect
      .poll(async () => {
        const inside = await insideSizes(frame);
        return inside.content - inside.viewport;
      })
      .toBeLessThanOrEqual(0);
  });

  await test.step('feedback on a check-up answer grows the frame, "Try again" shrinks it back', async () => {
    const before = (await frameSizes(page, 0)).frame;
    const question = frame
      .locator('[data-checkup-part="interactive"]')
      .getByRole('listitem')
      .filter({ has: frame.getByRole('group', { name: /What kind of service is AWS Fargate\?/ }) });
    await question.getByRole('radio', { name: /A third orchestrator/ }).check();
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question.getByText('Not quite.')).toBeVisible();
    await expect.poll(async () => (await frameSizes(page, 0)).frame).toBeGreaterThan(before);
    const withFeedback = (await frameSizes(page, 0)).frame;
    await question.getByRole('button', { name: 'Try again' }).click();
    await expect(question.getByText('Not quite.')).toBeHidden();
    // Shrinks to what is left: the check-up now also shows the saved progress ("Answered 1 of 9 so far" and "Start a
    // new attempt", issue 27), so it is a little taller than before the answer, with no inner scrollbar.
    await expect.poll(async () => (await frameSizes(page, 0)).frame).toBeLessThan(withFeedback);
    await expect
      .poll(async () => {
        const inside = await insideSizes(frame);
        return inside.content - inside.viewport;
      })
      .toBeLessThanOrEqual(0);
  });

  await test.step('set-theme from the host applies; garbage and wrong-shape messages are ignored', async () => {
    const html = frame.locator('html');
    await expect(html).not.toHaveClass(/dark/);
    await page.evaluate(() => (window as unknown as { ContainersOnAws: { setTheme(theme: string): void } }).ContainersOnAws.setTheme('dark'));
    await expect(html).toHaveClass(/dark/);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.evaluate(() => {
      const target = document.querySelector('iframe')!.contentWindow!;
      target.postMessage('hello', '*');
      target.postMessage({ source: 'containers-on-aws', version: 1, type: 'set-theme', payload: { theme: 'neon' } }, '*');
      target.postMessage({ source: 'containers-on-aws', version: 1, type: 'eval', payload: 'alert(1)' }, '*');
      target.postMessage({ source: 'containers-on-aws', version: 1, type: 'set-theme', payload: { theme: 'light' } }, '*');
    });
    // The last message is valid: once it has applied, the garbage before it has been handled (ignored).
    await expect(html).not.toHaveClass(/dark/);
    expect(errors).toEqual([]);
  });
});

test('loader: solving a matrix round inside the frame delivers exactly one result with a valid xAPI statement', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  const url = hostPage(
    'loader-quiz',
    `<div data-containers-on-aws="widgets/responsibility-quiz" data-round="fargate" data-title="Responsibility quiz"></div><script src="${site}/embed.js" async></script>`,
  );
  await page.goto(url);
  const frame = page.frameLocator('iframe[title="Responsibility quiz"]');
  // ?round=fargate: that round only, so no round tabs.
  await expect(frame.getByRole('heading', { name: /ECS on Fargate/ })).toBeVisible();
  await expect(frame.getByRole('tab')).toHaveCount(0);
  for (const card of fargate.cards) {
    await frame.getByRole('button', { name: `Move to…, ${card.label}` }).click();
    await frame
      .getByRole('menu', { name: `Move ${card.label} to` })
      .getByRole('menuitem', { name: ZONE[card.answer] })
      .click();
  }
  await frame.getByRole('button', { name: 'Check answers' }).click();
  await expect(frame.getByRole('status').filter({ hasText: /of \d+ correct/ })).toContainText(`${fargate.cards.length} of ${fargate.cards.length} correct`);

  await expect.poll(() => page.evaluate(() => (window as unknown as { results: unknown[] }).results.length)).toBe(1);
  const [result] = await page.evaluate(() => (window as unknown as { results: Record<string, unknown>[] }).results);
  expect(result).toMatchObject({
    widget: 'responsibility-quiz',
    lesson: 'shared-responsibility',
    score: fargate.cards.length,
    max: fargate.cards.length,
    passed: true,
  });
  expect(result.durationMs).toEqual(expect.any(Number));
  const statement = result.statement as XapiStatement;
  expect(statementProblems(statement)).toEqual([]);
  expect(statement).toMatchObject({
    id: result.attemptId,
    verb: { id: 'http://adlnet.gov/expapi/verbs/passed' },
    // The round's own activity, under the embedded quiz (issue 24: no longer every round reported as the quiz).
    object: { objectType: 'Activity', id: expect.stringMatching(/\/xapi\/activities\/quiz\/fargate$/) },
    context: { contextActivities: { parent: [{ objectType: 'Activity', id: expect.stringMatching(/\/embed\/widgets\/responsibility-quiz$/) }] } },
    result: { score: { raw: fargate.cards.length, min: 0, max: fargate.cards.length, scaled: 1 }, success: true, completion: true },
  });
  expect(statement).not.toHaveProperty('actor');
  const messages = await page.evaluate(() => (window as unknown as { messages: string[] }).messages);
  expect(messages.filter((type) => type === 'result')).toHaveLength(1);
  expect(messages[0]).toBe('ready');
});

test('iframe snippet on another origin: the theme option applies, axe finds nothing inside, a site page refuses to be framed', async ({ page }) => {
  test.slow();
  const url = hostPage(
    'iframe',
    `<iframe id="embed" src="${site}/embed/widgets/checklist/control-plane?theme=dark&filter=fargate" title="ECS control plane checklist" width="100%" height="900" loading="lazy" style="border:0"></iframe>
     <iframe id="site-page" src="${site}/lessons/launch-types" title="A site page" width="100%" height="300"></iframe>`,
  );
  await page.goto(url);
  const frame = page.frameLocator('#embed');
  await expect(frame.getByRole('heading', { level: 2, name: 'ECS control plane' })).toBeVisible();
  await expect(frame.locator('html')).toHaveClass(/dark/);
  // ?filter=fargate: the checklist opens on the Fargate filter.
  await expect(frame.getByRole('radio', { name: /^Fargate/ })).toBeChecked();
  await expectNoAxeViolations(page, ['#site-page']);
  // frame-ancestors 'self' and X-Frame-Options: Chromium shows its error page in that frame instead of the lesson.
  await expect.poll(() => page.frames().some((frame) => frame.url().startsWith('chrome-error://'))).toBe(true);
  await expect(page.frameLocator('#site-page').getByRole('heading', { level: 1 })).toHaveCount(0);
});

test('storage blocked inside the frame: the widget works in memory and says so in one line', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript((origin) => {
    if (location.origin !== origin) return;
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  }, new URL(site).origin);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(hostPage('blocked', `<iframe src="${site}/embed/widgets/checklist/application" title="Checklist" width="100%" height="900"></iframe>`));
  const frame = page.frameLocator('iframe');
  await expect(frame.getByText('This browser keeps no progress here')).toBeVisible();
  const first = frame.getByRole('checkbox').first();
  await first.check();
  await expect(first).toBeChecked();
  expect(errors).toEqual([]);
  await context.close();
});

test('oEmbed: 200 for a lesson, 404 for a foreign URL, 501 for XML; discovery links resolve', async ({ request }) => {
  const lessonUrl = `${site}/lessons/launch-types`;
  const ok = await request.get(`/api/oembed?url=${encodeURIComponent(lessonUrl)}&format=json&maxwidth=500`);
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body).toMatchObject({ type: 'rich', version: '1.0', provider_name: 'Containers on AWS', width: 500, cache_age: 86400 });
  expect(body.html).toMatch(/^<div data-containers-on-aws="lessons\/launch-types"[^>]*><iframe src="[^"]+\/embed\/lessons\/launch-types" title="[^"]+"/);
  const foreign = await request.get(`/api/oembed?url=${encodeURIComponent('https://example.com/lessons/launch-types')}`);
  expect(foreign.status()).toBe(404);
  expect((await foreign.json()).error).toMatch(/not a lesson or widget/);
  expect((await request.get(`/api/oembed?url=${encodeURIComponent(lessonUrl)}&format=xml`)).status()).toBe(501);

  for (const path of ['/lessons/launch-types', '/quiz/responsibility', '/embed/widgets/chooser']) {
    const html = await (await request.get(path)).text();
    const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
    expect(href, `${path} has an oEmbed discovery link`).toBeTruthy();
    // The build's SITE_URL may differ from where the test server listens: resolve the link's path here.
    const link = new URL(href!.replace(/&amp;/g, '&'));
    const answer = await request.get(`${link.pathname}${link.search}`);
    expect(answer.status(), href).toBe(200);
    expect((await answer.json()).type).toBe('rich');
  }
  expect((await request.get('/oembed/widgets/checklist/control-plane.json')).status()).toBe(200);
});

test('embed dialog on a lesson: options update the codes and preview, Copy is announced, focus is trapped and restored', async ({ page, context }) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
  await page.goto('/lessons/launch-types');
  const opener = page.getByRole('button', { name: 'Embed', exact: true });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: /^Embed/ });
  await expect(dialog).toBeVisible();
  const iframeCode = dialog.getByRole('textbox', { name: /^Iframe snippet/ });
  // A lesson with a check-up is graded by default (lib/assignment), as the site's own packages are, and its code says so.
  await expect(dialog.getByRole('radio', { name: 'Graded', exact: true })).toBeChecked();
  await expect(iframeCode).toHaveValue(/\/embed\/lessons\/launch-types\?mode=graded&amp;count=check-up[^"]*" title="/);
  await dialog.getByRole('radio', { name: /^Practice/ }).check();
  await expect(iframeCode).toHaveValue(/\/embed\/lessons\/launch-types" title="/);
  await dialog.getByRole('radio', { name: 'Dark' }).check();
  await dialog.getByRole('checkbox', { name: 'Hide the lesson header' }).check();
  await expect(iframeCode).toHaveValue(/\/embed\/lessons\/launch-types\?theme=dark&amp;header=0"/);
  await expect(dialog.getByRole('textbox', { name: /^Script snippet/ })).toHaveValue(/data-theme="dark" data-header="0".*\/embed\.js" async><\/script>$/);
  await expect(dialog.getByRole('textbox', { name: /^oEmbed URL/ })).toHaveValue(/\/api\/oembed\?url=.*theme%3Ddark/);
  const preview = dialog.frameLocator('iframe');
  await expect(preview.locator('html')).toHaveClass(/dark/);
  await expect(preview.getByRole('heading', { level: 1 })).toBeAttached();

  await dialog.getByRole('button', { name: 'Copy iframe snippet' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied: Iframe snippet.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('theme=dark&amp;header=0');
  await expectNoAxeViolations(page, { include: ['dialog'], exclude: ['dialog iframe'] });

  // Tab from the last control wraps to the first: focus stays in the dialog.
  // Tab wraps at both ends: focus stays in the dialog.
  const close = dialog.getByRole('button', { name: 'Close' });
  // The last control is the SCORM download (issue 16), after the three codes.
  const lastControl = dialog.getByRole('button', { name: 'Download for your LMS (SCORM 1.2)' });
  await close.focus();
  await page.keyboard.press('Shift+Tab');
  await expect(lastControl).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(close).toBeFocused();
  // Escape closes from any control of the dialog (inside the preview frame, keys belong to the embedded page).
  await dialog.getByRole('radio', { name: 'Light' }).focus();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});
