import { expect, test } from '@playwright/test';
import { publicRoutes } from '../lib/routes';
import { expectNoAxeViolations, useSystemTheme, type Theme } from './support';

// Every public route (from the same list the sitemap uses), in both themes, at phone and desktop width.
const routes = [...publicRoutes().map((route) => route.path), '/this-page-does-not-exist'];
const themes: Theme[] = ['light', 'dark'];
const widths = [360, 1280];

for (const path of routes) {
  for (const theme of themes) {
    test(`axe: ${path} in ${theme} theme at 360 and 1280 px`, async ({ page }) => {
      // Two page loads and two full axe runs on a long lesson: well over the default 30 s on a busy 2-core machine.
      test.slow();
      await useSystemTheme(page, theme);
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/);
        await expectNoAxeViolations(page);
      }
    });
  }
}
