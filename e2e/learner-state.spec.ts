import { expect, test } from '@playwright/test';
import { getLessons } from '../lib/content/lessons';

const [first] = getLessons();

test('the theme toggle persists across reloads without a flash of the other theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  // The class must be on <html> before any framework code runs.
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.unroute('**/_next/static/**/*.js');
  await page.reload();
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
});

test('the theme follows the system until the learner chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).not.toHaveClass(/dark/);
});

test('"mark as done" persists and shows on the course map', async ({ page }) => {
  await page.goto(`/lessons/${first.slug}`);
  const done = page.getByRole('button', { name: 'Mark as done' });
  await expect(done).toHaveAttribute('aria-pressed', 'false');
  await done.click();
  await expect(done).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Mark as done' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/');
  await expect(page.getByText('Lesson 1, done')).toBeAttached();
  await expect(page.getByText(`1 of ${getLessons().length} lessons done`)).toBeVisible();
  // Home carries on where the learner is: the next lesson, by number and title.
  const second = getLessons()[1];
  const next = page.getByRole('link', { name: `Continue: lesson 2, ${second.title}` });
  await expect(next).toBeVisible();
  await expect(page.getByRole('link', { name: /^Start with lesson 1/ })).toHaveCount(0);
  await next.click();
  await expect(page).toHaveURL(`/lessons/${second.slug}`);
});

test('corrupt saved state is discarded without breaking the page', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('containers-on-aws:learner', '{"version":1,"lessons":"oops'));
  await page.goto(`/lessons/${first.slug}`);
  const done = page.getByRole('button', { name: 'Mark as done' });
  await expect(done).toHaveAttribute('aria-pressed', 'false');
  await done.click();
  await expect(done).toHaveAttribute('aria-pressed', 'true');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('containers-on-aws:learner') ?? 'null'));
  expect(stored.lessons[first.slug]).toBeTruthy();
});
