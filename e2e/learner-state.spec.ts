import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, reachWidget } from './support';
import { getLessons } from '../lib/content/lessons';

const [firstLesson] = getLessons();

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
  await page.goto(`/lessons/${firstLesson.slug}`);
  const done = page.getByRole('button', { name: 'Mark as done' });
  await expect(done).toHaveAttribute('aria-pressed', 'false');
  await reachWidget(done);
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

test('two damages in a row leave two dated, downloadable copies; discarding one asks first and offers the download', async ({ page }) => {
  const first = '{"version":1,"lessons":"oops';
  const second = '{"version":2,"theme":"dark","lessons":{';
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00Z'));
  await page.goto('/');
  await page.evaluate((value) => localStorage.setItem('containers-on-aws:learner', value), first);
  await page.goto(`/lessons/${firstLesson.slug}`);
  const notice = page.getByRole('region', { name: 'Some saved progress could not be read: a copy was kept' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('link', { name: 'Progress page' })).toHaveAttribute('href', '/progress#file-title');
  // The page works meanwhile, on a fresh store.
  const done = page.getByRole('button', { name: 'Mark as done' });
  await expect(done).toHaveAttribute('aria-pressed', 'false');
  await reachWidget(done);
  await done.click();
  await expect(done).toHaveAttribute('aria-pressed', 'true');

  await page.clock.setFixedTime(new Date('2026-12-03T10:00:00Z'));
  await page.evaluate((value) => localStorage.setItem('containers-on-aws:learner', value), second);
  await page.reload();
  await expect(notice.getByRole('listitem')).toHaveCount(2);
  await expectNoAxeViolations(page, { include: ['section[aria-labelledby="store-notice-title"]'] });
  for (const [date, text, file] of [
    ['1 December 2026', first, 'containers-on-aws-kept-progress-2026-12-01-10-00-00.json'],
    ['3 December 2026', second, 'containers-on-aws-kept-progress-2026-12-03-10-00-00.json'],
  ]) {
    const copy = notice.getByRole('listitem').filter({ hasText: date });
    const [download] = await Promise.all([page.waitForEvent('download'), copy.getByRole('button', { name: /^Download/ }).click()]);
    expect(download.suggestedFilename()).toBe(file);
    expect(fs.readFileSync(await download.path(), 'utf8')).toBe(text);
  }

  await notice
    .getByRole('listitem')
    .filter({ hasText: '1 December 2026' })
    .getByRole('button', { name: /^Discard/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Discard this kept copy?' });
  await expect(dialog.getByRole('button', { name: 'Download it first' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(notice.getByRole('listitem')).toHaveCount(2);
  await notice
    .getByRole('listitem')
    .filter({ hasText: '1 December 2026' })
    .getByRole('button', { name: /^Discard/ })
    .click();
  await dialog.getByRole('button', { name: 'Discard the copy' }).click();
  await expect(notice.getByRole('listitem')).toHaveCount(1);
  await expect(notice.getByRole('listitem')).toContainText('3 December 2026');
});

test('a record from a newer version of the site is named as such and kept', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() =>
    localStorage.setItem('containers-on-aws:learner', '{"version":9,"theme":"dark","lessons":{},"widgets":{},"results":[],"reviews":{}}'),
  );
  await page.reload();
  const notice = page.getByRole('region', { name: 'Progress from a newer version of this site was kept aside' });
  await expect(notice).toContainText('saved by a newer version of this site');
});
