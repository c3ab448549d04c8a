/**
 * Undo of the last answer in a /quiz session: the question's review schedule and log go back to exactly what they
 * were before the answer, and the question can be answered again.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support';

test.use({ timezoneId: 'UTC' });

const reviews = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('containers-on-aws:learner') ?? '{}').reviews ?? {});

async function answerFirstOption(page: Page) {
  await page.getByRole('main').locator('fieldset input').first().check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByText(/^(Right|Not quite)\.$/)).toBeVisible();
}

test('undoing a due review puts its schedule back as it was, and the question can be answered again', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-01T10:00:00Z') });
  await page.goto('/quiz');
  await page.getByRole('checkbox', { name: 'Ways to run containers on AWS' }).check();
  await page.getByRole('radio', { name: '5', exact: true }).check();
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 5' })).toBeVisible();
  await answerFirstOption(page);
  await expect.poll(async () => Object.keys(await reviews(page))).toHaveLength(1);

  await test.step('a first answer undone leaves the question unseen', async () => {
    await page.getByRole('button', { name: 'Undo this answer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Answer undone.' })).toBeVisible();
    expect(await reviews(page)).toEqual({});
    await expect(page.getByText(/^(Right|Not quite)\.$/)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Check answer' })).toBeDisabled();
    await expect(page.getByRole('progressbar', { name: 'Session progress' })).toHaveAttribute('aria-valuenow', '0');
    await expectNoAxeViolations(page, { include: ['main'] });
  });
  await answerFirstOption(page);
  await expect.poll(async () => Object.keys(await reviews(page))).toHaveLength(1);
  const [id] = Object.keys(await reviews(page));
  expect((await reviews(page))[id].log).toHaveLength(1);

  // A month later the question is due; answering it and undoing restores the stored item exactly.
  await page.clock.setFixedTime(new Date('2027-01-05T10:00:00Z'));
  await page.goto('/quiz');
  const before = await reviews(page);
  await page.getByRole('button', { name: 'Review now (1 due)' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeVisible();
  await answerFirstOption(page);
  await expect.poll(async () => (await reviews(page))[id].log.length).toBe(2);
  await page.getByRole('button', { name: 'Undo this answer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Answer undone.' })).toBeVisible();
  expect(await reviews(page)).toEqual(before);
  await expect(page.getByRole('button', { name: 'Undo this answer' })).toHaveCount(0);

  // Answered again, it counts once, and moving on ends the undo.
  await answerFirstOption(page);
  await expect.poll(async () => (await reviews(page))[id].log.length).toBe(2);
  await page.getByRole('button', { name: 'See the summary' }).click();
  await expect(page.getByRole('heading', { name: /^Session done: \d of 1 right$/ })).toBeVisible();
});
