/**
 * Studying on the learner's terms: a session says what it holds before it starts, and drilling a lesson ahead of
 * the schedule is practice that leaves the review schedule as it was, unless the learner chooses to count it.
 */
import { expect, test, type Page } from '@playwright/test';

test.use({ timezoneId: 'UTC' });

const reviews = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('containers-on-aws:learner') ?? '{}').reviews ?? {});

async function studyAhead(page: Page, count: boolean) {
  await page.goto('/quiz');
  await page.getByRole('checkbox', { name: 'Ways to run containers on AWS' }).check();
  await page.getByRole('checkbox', { name: 'Due today' }).uncheck();
  await page.getByRole('checkbox', { name: 'Not yet seen' }).uncheck();
  await page.getByRole('checkbox', { name: 'Everything else in these lessons (study ahead)' }).check();
  if (count) await page.getByRole('checkbox', { name: /^Count answers to questions that are not due/ }).check();
  await expect(
    page.getByText(count ? 'This session: 9 not due yet.' : 'This session: 9 not due yet. The 9 not due are practice.', { exact: true }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 9' })).toBeVisible();
  await expect(page.getByText(/Practice: this answer leaves your review schedule as it is\./)).toHaveCount(count ? 0 : 1);
  await page.getByRole('main').locator('fieldset input').first().check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByText(/^(Right|Not quite)\.$/)).toBeVisible();
}

test('drilling a lesson ahead is practice: the schedule is left alone', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00Z'));
  await studyAhead(page, false);
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByRole('heading', { name: 'Question 2 of 9' })).toBeVisible();
  expect(await reviews(page)).toEqual({});
});

test('a learner who chooses to count a study-ahead session gets its answers scheduled', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00Z'));
  await studyAhead(page, true);
  await expect.poll(async () => Object.keys(await reviews(page))).toHaveLength(1);
});
