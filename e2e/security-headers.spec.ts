/**
 * Security headers on every route (lib/security-headers.mjs), and a check that the CSP watch used by e2e/routes.spec.ts
 * (every route loads and hydrates without a CSP violation) does catch one.
 */
import { expect, test } from '@playwright/test';
import { allPageRoutes } from '../lib/routes';
import { watchCsp } from './support';

const pages = allPageRoutes().map((route) => route.path);
const otherResponses = ['/this-page-does-not-exist', '/sitemap.xml', '/robots.txt', '/healthz', '/icon.svg'];

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  );
}

function expectSameOriginPolicy(headers: Record<string, string>, path: string) {
  expect(headers['x-content-type-options'], path).toBe('nosniff');
  expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
  const permissions = headers['permissions-policy'] ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation']) expect(permissions, path).toContain(`${feature}=()`);
  expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');

  const csp = directives(headers['content-security-policy'] ?? '');
  expect(csp.get('default-src'), path).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors'), path).toEqual(["'self'"]);
  expect(csp.get('object-src'), path).toEqual(["'none'"]);
  expect(csp.get('img-src'), path).toEqual(["'self'", 'data:']);
  expect(csp.get('script-src'), path).toEqual(["'self'", "'unsafe-inline'"]);
  for (const [name, values] of csp) expect(values, `${path}: ${name}`).not.toContain("'unsafe-eval'");
}

test('every page and every other response carries the security headers', async ({ request }) => {
  const staticAsset = (await (await request.get('/')).text()).match(/\/_next\/static\/[^"]+\.js/)?.[0];
  expect(staticAsset, 'a script URL on the home page').toBeTruthy();
  for (const path of [...pages, ...otherResponses, staticAsset!]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(path === '/this-page-does-not-exist' ? 404 : 200);
    expectSameOriginPolicy(response.headers(), path);
  }
});

test('instructor embed routes are the only ones other sites may frame', async ({ request }) => {
  for (const path of ['/embed/widgets/launch-type-diagram', '/embed.js']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['x-frame-options'], path).toBeUndefined();
    expect(directives(headers['content-security-policy'] ?? '').get('frame-ancestors'), path).toEqual(['*']);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
  }
  // A path that merely starts with the same letters keeps the same-origin policy.
  expectSameOriginPolicy((await request.get('/embedded')).headers(), '/embedded');
});

test('the CSP violation watch catches a violation, and the page cannot eval', async ({ page }) => {
  // Playwright's page.evaluate lifts the eval ban for the page it runs in, so the eval probe is an init script and
  // the page is read through locators. The route tests in routes.spec.ts likewise call page.evaluate only after the page ran.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      try {
        new Function('return 1')();
        document.body.dataset.evalProbe = 'ran';
      } catch (error) {
        document.body.dataset.evalProbe = (error as Error).name;
      }
      const image = document.createElement('img');
      image.alt = '';
      image.src = 'https://images.example.invalid/pixel.png';
      document.body.append(image);
    });
  });
  const violations = await watchCsp(page);
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-eval-probe', 'EvalError');
  await expect.poll(violations).toEqual(expect.arrayContaining([expect.stringContaining('img-src'), expect.stringContaining('script-src')]));
});
