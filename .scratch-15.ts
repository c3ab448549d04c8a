import { chromium } from '@playwright/test';
import { measureFirstLoad } from './scripts/perf/first-load';
import { CHROMIUM_FLAGS, resolveChromium } from './e2e/browser';
const base = 'http://127.0.0.1:3215';
const browser = await chromium.launch({ executablePath: resolveChromium(() => chromium.executablePath()), args: CHROMIUM_FLAGS });
const page = await browser.newPage();
for (const path of process.argv.slice(2)) {
  const r = await measureFirstLoad(page, base + path);
  console.log(path, r.gzip, r.scripts.map((s) => `${s.url.split('/').pop()}:${s.gzip}`).join(' '));
}
await browser.close();
