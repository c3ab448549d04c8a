/**
 * "Practise these": the weakest questions on /progress and the check-up's wrong answers open a self-quiz session of
 * exactly those questions, as practice (the review schedule is left as it is). A link naming questions that are not
 * in the course says what it left out.
 */
import { expect, test, type Page } from '@playwright/test';
import { emptyState } from '../lib/learner-store';
import { reviewAnswer } from '../lib/review/schedule';
import { expectNoAxeViolations, reachWidget } from './support';

test.use({ timezoneId: 'UTC' });

const NOW = new Date('2026-12-06T10:00:00Z');
const WRONG = ['co-fargate-is-compute', 'lt-launch-type-values'];
const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('containers-on-aws:learner') ?? '{}'));

async function seed(page: Page) {
  const missed = reviewAnswer(undefined, false, 'sure', new Date('2026-12-05T10:00:00Z'));
  await page.addInitScript(
    (record) => {
      if (!localStorage.getItem('containers-on-aws:learner')) localStorage.setItem('containers-on-aws:learner', record);
    },
    JSON.stringify({ ...emptyState(), reviews: Object.fromEntries(WRONG.map((id) => [`q:${id}`, missed])) }),
  );
}

test('“Practise these” on /progress starts a practice session of exactly the weakest questions', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await seed(page);
  await page.goto('/progress');
  const weakest = page.getByRole('region', { name: 'Your weakest questions' });
  await expect(weakest.getByRole('listitem')).toHaveCount(2);
  const before = (await stored(page)).reviews;
  await weakest.getByRole('link', { name: 'Practise these 2' }).click();

  await expect(page).toHaveURL(/\/quiz$/);
  await expect(page.getByText('Practising the 2 questions you chose. Practice: your review schedule is left as it is.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible();
  const prompts: string[] = [];
  for (const number of [1, 2]) {
    await expect(page.getByRole('heading', { name: `Question ${number} of 2` })).toBeVisible();
    prompts.push((await page.getByRole('main').locator('fieldset legend > span').nth(1).textContent())!);
    await page.getByRole('main').locator('fieldset input').first().check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByRole('button', { name: number === 2 ? 'See the summary' : 'Next question' }).click();
  }
  expect(prompts.sort()).toEqual([
    'What kind of service is AWS Fargate?',
    'Which values does the launchType field of the ECS RunTask and CreateService calls accept?',
  ]);
  await expect(page.getByRole('heading', { name: /^Session done: \d of 2 right$/ })).toBeVisible();
  expect((await stored(page)).reviews).toEqual(before);
  await expectNoAxeViolations(page, { include: ['main'] });
});

test('a link naming questions not in the course says what it left out', async ({ page }) => {
  await page.goto('/quiz?practise=co-fargate-is-compute,no-such-question');
  await expect(
    page.getByText(
      'Practising the 1 question you chose (1 question in the link is not in the course and was left out). Practice: your review schedule is left as it is.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeVisible();
  await page.goto('/quiz?practise=gone,also-gone');
  await expect(page.getByRole('status').filter({ hasText: 'none of them is in the course any more' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Review now/ })).toBeVisible();
});

test('the check-up links its wrong answers to a practice session', async ({ page }) => {
  await page.goto('/lessons/container-options');
  const first = page.locator('li[data-question="co-fargate-is-compute"]');
  await reachWidget(first);
  await expect(page.getByRole('link', { name: /^Practise the \d+ you missed$/ })).toHaveCount(0);
  // Answer the first question with an option that is wrong.
  await first.getByRole('radio', { name: /A container image registry/ }).check();
  await first.getByRole('button', { name: 'Check answer' }).click();
  const link = page.getByRole('link', { name: 'Practise the 1 you missed' });
  await expect(link).toHaveAttribute('href', '/quiz?practise=co-fargate-is-compute');
  await link.click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeVisible();
  await expect(page.getByText('What kind of service is AWS Fargate?')).toBeVisible();
});
