/**
 * Two tabs of one browser writing the learner record: a due question answered in one tab is not reviewed again in
 * the other (that tab says so, and its answer is practice), and answers given in both tabs all stay in the record.
 */
import { expect, test, type Page } from '@playwright/test';

test.use({ timezoneId: 'UTC' });

const reviews = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('containers-on-aws:learner') ?? '{}').reviews ?? {});

async function answerFirstOption(page: Page) {
  await page.getByRole('main').locator('fieldset input').first().check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByText(/^(Right|Not quite)\.$/)).toBeVisible();
}

test('a due question answered in one tab is practice in the other, and no answer is lost', async ({ context }) => {
  const tabA = await context.newPage();
  await tabA.clock.install({ time: new Date('2026-12-01T10:00:00Z') });
  // One question answered today: due again within days.
  await tabA.goto('/quiz');
  await tabA.getByRole('checkbox', { name: 'Ways to run containers on AWS' }).check();
  await tabA.getByRole('radio', { name: '5', exact: true }).check();
  await tabA.getByRole('button', { name: 'Start session' }).click();
  await answerFirstOption(tabA);
  await expect.poll(async () => Object.keys(await reviews(tabA))).toHaveLength(1);
  const [id] = Object.keys(await reviews(tabA));

  // A month later, the learner opens the self-quiz in two tabs and starts "Review now" in both.
  await tabA.clock.setFixedTime(new Date('2027-01-05T10:00:00Z'));
  const tabB = await context.newPage();
  await tabB.clock.setFixedTime(new Date('2027-01-05T10:00:00Z'));
  for (const tab of [tabA, tabB]) {
    await tab.goto('/quiz');
    await tab.getByRole('button', { name: 'Review now (1 due)' }).click();
    await expect(tab.getByRole('heading', { name: 'Question 1 of 1' })).toBeVisible();
    await expect(tab.getByText(/Practice: this answer leaves your review schedule as it is\./)).toHaveCount(0);
  }

  await answerFirstOption(tabA);
  await expect.poll(async () => (await reviews(tabA))[id].log.length).toBe(2);
  const afterA = (await reviews(tabA))[id];

  // Tab B hears of it and says so before the learner answers; its answer is practice.
  await expect(
    tabB.getByText(
      /You answered this question in another tab since this session began, so it is not due any more\. Practice: this answer leaves your review schedule as it is\./,
    ),
  ).toBeVisible();
  await answerFirstOption(tabB);
  await tabB.getByRole('button', { name: 'See the summary' }).click();
  await expect(tabB.getByRole('heading', { name: /^Session done:/ })).toBeVisible();
  expect((await reviews(tabB))[id]).toEqual(afterA);

  // Each tab drills a different lesson, answering in turn: every answer from both tabs is kept.
  const lessons = ['Launch types and capacity providers', 'Who manages what: EC2 versus Fargate'];
  for (const [index, tab] of [tabA, tabB].entries()) {
    await tab.goto('/quiz');
    await tab.getByRole('checkbox', { name: lessons[index] }).check();
    await tab.getByRole('checkbox', { name: 'Due today' }).uncheck();
    await tab.getByRole('radio', { name: '5', exact: true }).check();
    await tab.getByRole('button', { name: 'Start session' }).click();
  }
  for (const round of [1, 2]) {
    for (const tab of [tabA, tabB]) {
      await expect(tab.getByRole('heading', { name: `Question ${round} of 5` })).toBeVisible();
      await answerFirstOption(tab);
      await expect.poll(async () => Object.keys(await reviews(tab)).length).toBe(1 + round * 2 - (tab === tabA ? 1 : 0));
      await tab.getByRole('button', { name: 'Next question' }).click();
    }
  }
  for (const tab of [tabA, tabB]) expect(Object.keys(await reviews(tab))).toHaveLength(5);
});
