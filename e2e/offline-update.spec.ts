/**
 * A deploy while a reader has the site open: the new build's worker waits until the reader accepts the prompt, then
 * takes over, and the pages saved for offline reading are the new build's (no stale page). The "deploy" is made by
 * a proxy this test starts in front of the e2e server: after the switch it serves a worker whose precache manifest
 * differs (as a new build's does) and pages carrying a mark of the new deploy.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });

const LESSON = '/lessons/container-options';
// The footer says "an independent course." on every page; the new deploy says more. Replaced in the HTML and in the
// page's inline RSC payload alike, so hydration sees the same text.
const FOOTER_TEXT = 'an independent course.';
const NEW_DEPLOY_MARK = 'an independent course (deploy two).';

function startProxy(upstream: string) {
  let deploy = 1;
  const server = http.createServer((request, response) => {
    const target = new URL(request.url ?? '/', upstream);
    // The proxy is the origin server the browser sees, so it answers conditional requests itself, by the body it
    // sends: passed on, the upstream server would answer a revalidation of a deploy-one page with 304 (its own copy
    // never changed), and the browser would show its cached deploy-one page, which a real new build never causes.
    const ifNoneMatch = request.headers['if-none-match'];
    const headers = { ...request.headers, host: target.host, 'accept-encoding': 'identity' };
    delete headers['if-none-match'];
    delete headers['if-modified-since'];
    const upstreamRequest = http.request(target, { method: request.method, headers }, (upstreamResponse) => {
      const chunks: Buffer[] = [];
      upstreamResponse.on('data', (chunk: Buffer) => chunks.push(chunk));
      upstreamResponse.on('end', () => {
        let body = Buffer.concat(chunks);
        const type = String(upstreamResponse.headers['content-type'] ?? '');
        if (deploy === 2 && target.pathname === '/serwist/sw.js') {
          // A new build has other file names: one manifest entry differs, so the worker's version differs.
          const text = body.toString('utf8');
          const changed = text.replace(/(\/_next\/static\/chunks\/[^"'?]+\.js)(["'])/, '$1?deploy=2$2');
          expect(changed, 'the worker has a precache manifest to change').not.toBe(text);
          body = Buffer.from(changed);
        } else if (deploy === 2 && type.includes('text/html')) {
          body = Buffer.from(body.toString('utf8').split(FOOTER_TEXT).join(NEW_DEPLOY_MARK));
        }
        const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
        const outHeaders: http.OutgoingHttpHeaders = { ...upstreamResponse.headers, etag };
        delete outHeaders['transfer-encoding'];
        delete outHeaders['last-modified'];
        if (upstreamResponse.statusCode === 200 && ifNoneMatch?.split(/\s*,\s*/).some((tag) => tag.replace(/^W\//, '') === etag)) {
          delete outHeaders['content-length'];
          response.writeHead(304, outHeaders);
          response.end();
          return;
        }
        outHeaders['content-length'] = String(body.length);
        response.writeHead(upstreamResponse.statusCode ?? 502, outHeaders);
        response.end(body);
      });
    });
    upstreamRequest.on('error', () => {
      response.writeHead(502);
      response.end();
    });
    request.pipe(upstreamRequest);
  });
  return {
    listen: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))),
    deploy: () => (deploy = 2),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test("a new build's worker takes over only after the prompt, and the saved pages are the new build's", async ({ page, context, baseURL }) => {
  test.slow();
  const proxy = startProxy(baseURL!);
  const origin = await proxy.listen();
  try {
    await page.goto(`${origin}${LESSON}`);
    await expect(page.getByText('Available offline')).toBeVisible({ timeout: 120_000 });
    const before = await page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('course-pages-')));
    expect(before).toHaveLength(1);

    proxy.deploy();
    await page.reload();
    // Online, the page itself is always the deployed one (network first)...
    await expect(page.getByText(NEW_DEPLOY_MARK)).toBeVisible();
    // ...and the new worker waits for the reader.
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of the course is ready.' });
    await expect(prompt).toBeVisible({ timeout: 120_000 });
    // The new worker has installed (its own page cache exists) but the old one still answers: its cache is kept.
    expect(
      await page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('course-pages-'))),
      'no takeover before the prompt',
    ).toContain(before[0]);

    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload to update' }).click()]);
    await expect(page.getByText(NEW_DEPLOY_MARK)).toBeVisible();
    await expect
      .poll(async () => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('course-pages-'))), {
        message: "only the new version's page cache is left",
      })
      .toEqual([expect.not.stringMatching(new RegExp(`^${before[0]}$`))]);

    await context.setOffline(true);
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('heading', { level: 1, name: 'Ways to run containers on AWS' })).toBeVisible();
    await expect(page.getByText(NEW_DEPLOY_MARK), "the saved copy is the new build's page").toBeVisible();
  } finally {
    await context.setOffline(false);
    await proxy.close();
  }
});
