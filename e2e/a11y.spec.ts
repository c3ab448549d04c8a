import { test } from '@playwright/test';
import { publicRoutes } from '../lib/routes';
import { expectNoAxeViolations, switchTheme, useSystemTheme } from './support';

// Every public route (from the same list the sitemap uses), in both themes, at phone and desktop width.
const routes = [...publicRoutes().map((route) => route.path), '/this-page-does-not-exist'];

for (const path of routes) {
  // One page load per route: four full axe scans (light and dark at 360 px, then dark and light at 1280 px) on the
  // same page, switching the theme as a system change would and resizing the window, instead of a load per scan.
  test(`axe: ${path} in light and dark theme at 360 and 1280 px`, async ({ page }) => {
    test.slow(); // four full axe runs on a long lesson
    await page.setViewportSize({ width: 360, height: 900 });
    await useSystemTheme(page, 'light');
    await page.goto(path);
    for (const [width, themes] of [
      [360, ['light', 'dark']],
      [1280, ['dark', 'light']],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      for (const theme of themes) {
        await test.step(`${theme} theme at ${width} px`, async () => {
          await switchTheme(page, theme);
          await expectNoAxeViolations(page);
        });
      }
    }
  });
}
