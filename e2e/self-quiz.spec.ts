/** /quiz: a five-question session by keyboard, its summary, and coming back the next day to what is due. */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support';

test.use({ timezoneId: 'UTC' });

const expectMainAccessible = (page: Page) => expectNoAxeViolations(page, { include: ['main'] });

test('a five-question session by keyboard, then the due count changes as scheduled when the learner comes back', async ({ page }) => {
  test.slow();
  await page.clock.install({ time: new Date('2026-12-01T10:00:00Z') });
  await page.goto('/quiz');
  const review = page.getByRole('button', { name: /^Review now \(\d+ due\)$/ });
  await expect(review).toHaveText('Review now (0 due)');
  await expect(review).toBeDisabled();
  await expectMainAccessible(page);

  await page.getByRole('checkbox', { name: 'Ways to run containers on AWS' }).check();
  await page.getByRole('radio', { name: '5', exact: true }).check();
  await page.getByRole('button', { name: 'Start session' }).click();

  for (let index = 1; index <= 5; index += 1) {
    await expect(page.getByRole('heading', { name: `Question ${index} of 5` })).toBeVisible();
    if (index === 1) await expectMainAccessible(page);
    await page.keyboard.press('1');
    await expect(page.getByRole('main').locator('fieldset input').first()).toBeChecked();
    await page.keyboard.press('Enter');
    await expect(page.getByText(/^(Right|Not quite)\.$/)).toBeVisible();
    await page.keyboard.press('Enter');
  }
  const summary = page.getByRole('heading', { name: /^Session done: \d of 5 right$/ });
  await expect(summary).toBeVisible();
  await expectMainAccessible(page);
  const right = Number((await summary.textContent())!.match(/(\d) of 5/)![1]);
  const wrong = 5 - right;
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(wrong);
  await page.getByRole('button', { name: 'Back to the self-quiz home' }).click();
  await expect(review).toHaveText('Review now (0 due)');

  await test.step("the course map shows the lesson's mastery rising from Not started", async () => {
    await page.goto('/');
    const lesson = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Ways to run containers on AWS' }) })
      .first();
    await expect(lesson.getByText(/^Mastery: /)).toHaveText(right >= 3 ? 'Mastery: Familiar' : 'Mastery: Attempted');
    await expect(
      page
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: 'Launch types and capacity providers' }) })
        .first()
        .getByText(/^Mastery: /),
    ).toHaveText('Mastery: Not started');
  });
  await test.step('tomorrow: exactly the missed questions are due', async () => {
    await page.clock.setFixedTime(new Date('2026-12-02T10:00:00Z'));
    await page.goto('/quiz');
    await expect(review).toHaveText(`Review now (${wrong} due)`);
  });
  await test.step('three days on: the right answers (Good) are due as well', async () => {
    await page.clock.setFixedTime(new Date('2026-12-04T10:00:00Z'));
    await page.reload();
    await expect(review).toHaveText('Review now (5 due)');
    await review.click();
    await expect(page.getByRole('heading', { name: 'Question 1 of 5' })).toBeVisible();
  });
});
