import { chromium } from '@playwright/test';
import http from 'node:http';
import { CHROMIUM_FLAGS, resolveChromium } from './e2e/browser';
const base = 'http://127.0.0.1:3215';
const out = '/work/notes/shots-15';
const hostHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><style>body{font-family:sans-serif;max-width:900px;margin:1rem auto;padding:0 1rem;background:#f5f5f0}</style></head><body><h1>My course page (another origin)</h1><p>Loader embed of a quiz round:</p>
<div data-containers-on-aws="widgets/responsibility-quiz" data-round="fargate" data-title="Quiz"></div><script src="${base}/embed.js" async></script>
<p>Iframe snippet of a lesson:</p><iframe src="${base}/embed/lessons/launch-types?header=0" title="Lesson" width="100%" height="700" style="border:0"></iframe></body></html>`;
const server = http.createServer((_q, r) => { r.writeHead(200, { 'content-type': 'text/html' }); r.end(hostHtml); });
await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
const host = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
const browser = await chromium.launch({ executablePath: resolveChromium(() => chromium.executablePath()), args: CHROMIUM_FLAGS });
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    await page.goto(`${base}/lessons/shared-responsibility`);
    await page.screenshot({ path: `${out}/lesson-header-${width}-${scheme}.png` });
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    await page.getByRole('dialog').waitFor();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${out}/dialog-${width}-${scheme}.png` });
    await page.keyboard.press('Escape');
    await page.goto(`${base}/embed/widgets/responsibility-quiz?round=fargate`);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${out}/embed-quiz-${width}-${scheme}.png`, fullPage: true });
    await page.goto(`${base}/embed/lessons/launch-types`);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${out}/embed-lesson-${width}-${scheme}.png` });
    await page.goto(host);
    await page.waitForTimeout(2500);
    await page.screenshot({ path: `${out}/host-${width}-${scheme}.png`, fullPage: true });
    await page.close();
  }
}
await browser.close();
server.close();
