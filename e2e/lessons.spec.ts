import { expect, test, type Locator } from '@playwright/test';
import { getLessons } from '../lib/content/lessons';

const lessons = getLessons();

// Each lesson's title, objectives, contents, sources and neighbours are checked in e2e/routes.spec.ts, on the one
// load per route that also checks its CSP and first-load JavaScript.

test('next and previous links walk through the course', async ({ page }) => {
  await page.goto(`/lessons/${lessons[0].slug}`);
  await page
    .getByRole('navigation', { name: 'Lessons' })
    .getByRole('link', { name: /Next lesson/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessons[1].title);
  await page
    .getByRole('navigation', { name: 'Lessons' })
    .getByRole('link', { name: /Previous lesson/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessons[0].title);
});

test('on a phone the contents are collapsed and open on demand', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/lessons/${lessons[1].slug}`);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link', { name: 'Recap' })).toBeHidden();
  await page.locator('summary', { hasText: 'On this page' }).click();
  await expect(toc.getByRole('link', { name: 'Recap' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'the page must not scroll sideways at 360 px').toBeLessThanOrEqual(0);
});

test('unknown lesson and unknown page answer 404 with a way back', async ({ page }) => {
  for (const path of ['/lessons/no-such-lesson', '/definitely-not-here']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not part of the course');
    await expect(page.getByRole('link', { name: 'course map' })).toHaveAttribute('href', '/');
  }
});

test('printing a lesson gives a handout without navigation or controls', async ({ page }) => {
  await page.goto(`/lessons/${lessons[0].slug}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Mark as done' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible();
});

/** Relative luminance (WCAG) of an element's computed colour or background, read through a canvas so any CSS colour syntax works. */
function luminanceOf(target: Locator, property: 'color' | 'backgroundColor') {
  return target.evaluate((element, key) => {
    const context = document.createElement('canvas').getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, 1, 1);
    context.fillStyle = getComputedStyle(element)[key];
    context.fillRect(0, 0, 1, 1);
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  }, property);
}

test('printing in the dark theme still gives dark text on white, diagram text versions and objectives included', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/lessons/launch-types');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  expect(await luminanceOf(page.locator('body'), 'backgroundColor'), 'the page prints on white').toBeGreaterThan(0.9);
  const h1 = page.getByRole('heading', { level: 1 });
  const objectives = page.getByRole('region', { name: 'You will learn to' });
  const textVersion = page
    .getByRole('region', { name: /as text$/ })
    .first()
    .getByRole('listitem')
    .first();
  for (const [name, target] of [
    ['the title', h1],
    ['"You will learn to"', objectives.getByRole('listitem').first()],
    ['the diagram text version', textVersion],
  ] as const) {
    await expect(target).toBeVisible();
    expect(await luminanceOf(target, 'color'), `${name} prints in a dark colour`).toBeLessThan(0.1);
  }
  expect(await luminanceOf(objectives, 'backgroundColor'), '"You will learn to" prints on a light box').toBeGreaterThan(0.8);
});
