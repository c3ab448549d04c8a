/**
 * The timed mock exam on /quiz, with a controlled clock: it mixes the chosen lessons, shows the time left (and says
 * it to screen readers without chattering), survives a reload with the real time left, ends by itself when time
 * runs out (also while the learner is away), and ends in a report by lesson. It is practice: the review schedule
 * is left alone.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support';

test.use({ timezoneId: 'UTC' });

const START = new Date('2026-12-06T10:00:00Z');
const LESSONS = ['Ways to run containers on AWS', 'Choosing where to deploy a container'];

const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('containers-on-aws:learner') ?? '{}'));

async function setUp(page: Page, limit: RegExp = /^15 minutes/) {
  await page.goto('/quiz');
  await page.getByRole('button', { name: 'Set up a mock exam' }).click();
  await expect(page.getByRole('heading', { name: 'Set up a mock exam' })).toBeFocused();
  for (const lesson of LESSONS) await page.getByRole('checkbox', { name: lesson }).check();
  await page.getByRole('radio', { name: '10', exact: true }).check();
  await page.getByRole('radio', { name: limit }).check();
  await page.getByRole('button', { name: 'Start the mock exam' }).click();
  await expect(page.getByRole('heading', { name: 'Mock exam: question 1 of 10' })).toBeVisible();
}

/** Answer the question on screen with its first option (or, for an order question, one move). */
async function answerThis(page: Page) {
  const exam = page.getByRole('region', { name: /^Mock exam: question/ });
  const move = exam.getByRole('button', { name: /^Move “.*” down$/ });
  if (await move.count()) await move.first().click();
  else await exam.locator('fieldset input').first().check();
}

test('a mock exam mixes the chosen lessons, shows the time left, resumes after a reload, and ends in a report by lesson', async ({ page }) => {
  await page.clock.install({ time: START });
  await setUp(page);
  // The clock runs (from a fixed start): a second may pass between two checks.
  await expect(page.getByRole('timer')).toContainText(/Time left: (15 minutes|14 minutes \d+ seconds?)/);
  await expect(page.getByText(/^Time left 1[45]:\d\d$/)).toBeVisible();
  await expectNoAxeViolations(page);

  await answerThis(page);
  await expect(page.getByText(/^1 of 10 answered\./)).toBeVisible();
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByRole('heading', { name: 'Mock exam: question 2 of 10' })).toBeFocused();
  await answerThis(page);
  await expect(page.getByRole('button', { name: 'Question 2, answered' })).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('button', { name: 'Question 3, not answered' })).toBeVisible();

  // Two minutes later the learner reloads: the exam is still there, with 13 minutes left.
  await page.clock.fastForward('02:00');
  await expect(page.getByRole('timer')).toContainText(/Time left: 1[23] minutes/);
  await page.reload();
  await expect(page.getByText(/You have a mock exam in progress: 2 of 10 answered, 1[23]:\d\d left/)).toBeVisible();
  await page.getByRole('button', { name: 'Resume the mock exam' }).click();
  await expect(page.getByRole('heading', { name: 'Mock exam: question 2 of 10' })).toBeVisible();

  await page.getByRole('button', { name: 'Finish the exam' }).click();
  await expect(page.getByText('8 questions are not answered and will count as wrong. Finish anyway?')).toBeVisible();
  await page.getByRole('button', { name: 'Keep answering' }).click();
  await page.getByRole('button', { name: 'Finish the exam' }).click();
  await page.getByRole('button', { name: 'Finish now' }).click();

  const report = page.getByRole('heading', { name: /^Mock exam: [0-2] of 10 right \(\d+%\)$/ });
  await expect(report).toBeFocused();
  await expect(page.getByText(/^You finished after 2 minutes( \d+ seconds?)?\. 8 questions were not answered and count as wrong\./)).toBeVisible();
  const table = page.getByRole('table', { name: 'Score by lesson' });
  for (const lesson of LESSONS) await expect(table.getByRole('row', { name: new RegExp(`^${lesson} [0-5] of 5 \\d+%$`) })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('button', { name: /^Practise these (8|9|10)$/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // Practice: nothing entered the review schedule; the report is kept and the home page links to it.
  const state = await stored(page);
  expect(state.reviews).toEqual({});
  expect(state.widgets['mock-exam'].current).toBeUndefined();
  expect(state.widgets['mock-exam'].past).toHaveLength(1);
  await page.getByRole('button', { name: 'Back to the self-quiz home' }).click();
  await expect(page.getByText(/^Last mock exam, Sunday 6 December: [0-2] of 10 right\./)).toBeVisible();
});

test('when time runs out the exam ends by itself; the last minutes are announced once each', async ({ page }) => {
  await page.clock.install({ time: START });
  await setUp(page);
  await answerThis(page);
  const said = page.getByRole('status').filter({ hasText: /left\.$/ });
  await page.clock.runFor('10:00');
  await expect(said).toHaveText('5 minutes left.');
  await page.clock.runFor('04:00');
  await expect(said).toHaveText('1 minute left.');
  await expect(page.getByRole('timer')).toContainText(/Time left: (1 minute|\d+ seconds?)$/);
  await page.clock.runFor('01:01');
  await expect(page.getByRole('heading', { name: /^Mock exam: [01] of 10 right/ })).toBeVisible();
  await expect(page.getByText(/^Time ran out after 15 minutes\. 9 questions were not answered and count as wrong\./)).toBeVisible();
});

test('an exam left open past its time is scored as it stood when the learner comes back', async ({ page }) => {
  await page.clock.install({ time: START });
  await setUp(page, /^30 minutes \(double time\)/);
  await answerThis(page);
  await page.goto('/');
  await page.clock.setFixedTime(new Date(START.getTime() + 3 * 3600_000));
  await page.goto('/quiz');
  await expect(page.getByText(/1 of 10 answered, and its time ran out while you were away/)).toBeVisible();
  await page.getByRole('button', { name: 'See the report' }).click();
  await expect(page.getByText(/^Time ran out after 30 minutes\./)).toBeVisible();
});

test('with no time limit there is no clock, and the exam waits', async ({ page }) => {
  await page.clock.install({ time: START });
  await setUp(page, /^No time limit$/);
  await expect(page.getByText('No time limit', { exact: true })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveCount(0);
});
