import { chromium } from '@playwright/test';
import { measureFirstLoad } from './scripts/perf/first-load';
const origin = process.argv[2];
const routes = process.argv.slice(3);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell', args: ['--no-sandbox','--disable-gpu'] });
for (const route of routes) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const load = await measureFirstLoad(page, origin + route);
  console.log(`${route}\t${load.gzip}\t${load.scripts.map((s) => `${s.url.replace('/_next/static/chunks/','')}:${s.gzip}`).join(' ')}`);
  await context.close();
}
await browser.close();
