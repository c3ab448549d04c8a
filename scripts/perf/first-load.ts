/**
 * First-load JavaScript as lib/budgets.ts defines it: every script Chromium fetches while loading a page at the top,
 * on a phone-sized viewport, until the network is idle and the site's idle-time offline setup has loaded, weighed by its gzip size. Used by the budget test and bench.
 */
import type { Page } from '@playwright/test';
import { sumGzip, weighStaticFile, type FileWeight } from './build-output';

/** Lighthouse's mobile profile viewport (Moto G Power). */
export const PHONE_VIEWPORT = { width: 412, height: 823 };

export type FirstLoad = { scripts: FileWeight[]; gzip: number };

/** `root` is the Next app whose build (.next/static) serves the scripts: this repo unless another site is measured. */
export async function measureFirstLoad(page: Page, url: string, root = process.cwd()): Promise<FirstLoad> {
  await page.setViewportSize(PHONE_VIEWPORT);
  const fetched = new Set<string>();
  const onRequest = (request: { resourceType(): string; url(): string }) => {
    if (request.resourceType() === 'script') fetched.add(new URL(request.url()).pathname);
  };
  page.on('request', onRequest);
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    // The site's offline support loads its registration code once the page is idle after load, which may come just
    // before or just after the network first goes quiet: wait for it, so it is counted on every run, not on some.
    await page.waitForFunction(() => !document.querySelector('[data-offline-support="waiting"]'));
  } finally {
    page.off('request', onRequest);
  }
  const scripts = [...fetched].sort().map((script) => weighStaticFile(script, root));
  return { scripts, gzip: sumGzip(scripts) };
}
