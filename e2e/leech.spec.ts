/**
 * Leeches: a question answered wrong 4 times gets a "reread this section" prompt linking its lesson section, and the
 * learner can suspend it (out of due sessions) and bring it back.
 */
import { expect, test } from '@playwright/test';
import { emptyState } from '../lib/learner-store';
import { reviewAnswer } from '../lib/review/schedule';
import type { ReviewItem } from '../lib/review/days';
import { expectNoAxeViolations } from './support';

test.use({ timezoneId: 'UTC' });

const QUESTION = 'co-fargate-is-compute';
const PROMPT = 'What kind of service is AWS Fargate?';
/** Four wrong answers on four days in November: a leech, due again by December. */
const leech = [20, 21, 22, 23].reduce<ReviewItem | undefined>(
  (item, day) => reviewAnswer(item, false, 'sure', new Date(`2026-11-${day}T10:00:00Z`)),
  undefined,
)!;

test('a question missed four times says to reread its section, and can be suspended and brought back', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-06T10:00:00Z'));
  await page.addInitScript(
    (record) => {
      if (!localStorage.getItem('containers-on-aws:learner')) localStorage.setItem('containers-on-aws:learner', record);
    },
    JSON.stringify({ ...emptyState(), reviews: { [`q:${QUESTION}`]: leech } }),
  );
  await page.goto('/quiz');
  const list = page.getByRole('region', { name: 'Questions you keep missing' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText(`${PROMPT} (wrong 4 times) Reread “Three kinds of service”.`);
  await expect(list.getByRole('link', { name: '“Three kinds of service”' })).toHaveAttribute('href', '/lessons/container-options#three-kinds-of-service');
  await expectNoAxeViolations(page, { include: ['main'] });

  await page.getByRole('button', { name: 'Review now (1 due)' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeVisible();
  await expect(page.getByText('You have answered this question wrong 4 times.', { exact: false })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: '“Three kinds of service”' })).toHaveAttribute(
    'href',
    '/lessons/container-options#three-kinds-of-service',
  );
  await page.getByRole('button', { name: 'Suspend this question' }).click();
  await expect(page.getByText('Suspended: it stays out of due sessions until you bring it back.')).toBeVisible();
  await expectNoAxeViolations(page, { include: ['main'] });

  await page.goto('/quiz');
  await expect(page.getByRole('button', { name: 'Review now (0 due)' })).toBeDisabled();
  await expect(list.getByRole('heading', { name: 'Suspended (left out of due sessions)' })).toBeVisible();
  await list.getByRole('button', { name: `Unsuspend: ${PROMPT}` }).click();
  await expect(page.getByRole('button', { name: 'Review now (1 due)' })).toBeEnabled();
  await expect(list.getByRole('button', { name: `Suspend: ${PROMPT}` })).toBeVisible();
});
