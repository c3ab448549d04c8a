import { expect, test } from '@playwright/test';
import { allPageRoutes } from '../lib/routes';
import { expectNoAxeViolations, switchTheme, useSystemTheme } from './support';

// Every public route (from the same list the sitemap uses), in both themes, at phone and desktop width.
const routes = [...allPageRoutes().map((route) => route.path), '/this-page-does-not-exist'];

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

// Guards the helper itself: a scan that could not fail would let every test above pass on a broken page.
test('the axe check fails on a nameless button and an image without alt text, inside and outside its scope', async ({ page }) => {
  await page.goto('/glossary');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false'); // hydrated: React keeps what is added now
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'axe-probe';
    const image = document.createElement('img');
    image.src = '/icon.svg';
    document.querySelector('main')!.append(button, image);
  });
  await page
    .locator('main img')
    .last()
    .evaluate((image: HTMLImageElement) => image.decode());
  await expect(expectNoAxeViolations(page, { exclude: ['#axe-probe'] })).rejects.toThrow(/image-alt[^]*(?!button-name)/);
  await expect(expectNoAxeViolations(page, { include: ['#axe-probe'] })).rejects.toThrow(/button-name/);
  await page.reload();
  await expectNoAxeViolations(page); // injected again after a reload, and clean
});
