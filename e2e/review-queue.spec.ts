/** A checked responsibility-matrix round is a review item: the next day /quiz says it is due. */
import { expect, test } from '@playwright/test';

test.use({ timezoneId: 'UTC' });

test('a checked matrix round lands in the review queue and is due on /quiz the next day', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-01T10:00:00Z') });
  await page.goto('/quiz/responsibility');
  // One card in a zone is enough to check; the round is then not all right, so it comes back tomorrow.
  const firstCard = page.getByRole('button', { name: /^Move to…, / }).first();
  const label = ((await firstCard.getAttribute('aria-label')) ?? (await firstCard.textContent()) ?? '').replace(/^Move to…, /, '');
  await firstCard.click();
  await page
    .getByRole('menu', { name: `Move ${label} to` })
    .getByRole('menuitem')
    .first()
    .click();
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(page.getByRole('status').filter({ hasText: /of \d+ correct/ })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('containers-on-aws:learner') ?? '{}').reviews ?? {})))
    .toEqual(['round:ec2']);

  await page.goto('/quiz');
  await expect(page.getByText(/responsibility rounds? (is|are) due/)).toHaveCount(0);
  await page.clock.setFixedTime(new Date('2026-12-02T10:00:00Z'));
  await page.reload();
  await expect(page.getByText('1 responsibility round is due too:')).toBeVisible();
  await expect(page.getByRole('link', { name: 'sort the layers again' })).toHaveAttribute('href', '/quiz/responsibility');
});
