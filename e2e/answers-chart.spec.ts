/**
 * The answers chart on /progress separates right from wrong: each day's bar in two parts (told apart by more than
 * colour, with a legend), the caption and the table give the same figures, in both themes, with no axe violation.
 */
import { expect, test, type Page } from '@playwright/test';
import { emptyState } from '../lib/learner-store';
import { reviewAnswer } from '../lib/review/schedule';
import { expectNoAxeViolations, useSystemTheme } from './support';

test.use({ timezoneId: 'UTC' });

const NOW = new Date('2026-12-06T10:00:00Z');

async function seed(page: Page) {
  const at = new Date('2026-12-05T10:00:00Z');
  const reviews = {
    'q:co-fargate-is-compute': reviewAnswer(undefined, true, 'sure', at),
    'q:lt-launch-type-values': reviewAnswer(undefined, false, 'sure', at),
    'q:lt-spot-warning': reviewAnswer(undefined, false, 'sure', at),
  };
  await page.addInitScript(
    (record) => {
      if (!localStorage.getItem('containers-on-aws:learner')) localStorage.setItem('containers-on-aws:learner', record);
    },
    JSON.stringify({ ...emptyState(), reviews }),
  );
}

for (const theme of ['light', 'dark'] as const) {
  test(`the chart shows right and wrong apart, with the same figures in its table (${theme})`, async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    await useSystemTheme(page, theme);
    await seed(page);
    await page.goto('/progress');
    const chart = page.getByRole('region', { name: 'Answers per day' });
    await expect(chart.getByText('3 answers on 1 day of the last 30: 1 right, 2 wrong.')).toBeVisible();
    // The drawing: one solid part and one outlined part for 5 December.
    await expect(chart.locator('svg g rect')).toHaveCount(2);
    await expect(chart.getByText('Wrong (pale, outlined)')).toBeVisible();
    await chart.getByText('Answers per day as a table').click();
    const table = chart.getByRole('table', { name: /Answers per day/ });
    await expect(table.getByRole('columnheader')).toHaveText(['Day', 'Answers', 'Right', 'Wrong']);
    await expect(table.getByRole('row', { name: /^Sat 5 Dec/ })).toHaveText('Sat 5 Dec312');
    await expect(table.getByRole('row', { name: /^Sun 6 Dec/ })).toHaveText('Sun 6 Dec000');
    await expectNoAxeViolations(page, { include: ['main'] });
  });
}
