/**
 * Offline (docs/offline.md): after a first visit with a connection, a lesson that was read, its check-up and the
 * self-quiz work with the network off; a page never read says it is not saved; the worker never answers for the
 * embeds (which run inside an LMS) or the other network-only routes.
 */
import { expect, test, type Page } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });

const LESSON = '/lessons/container-options';

/** The first visit: the worker installs (precaching the build's scripts and the shell pages) and saves this page. */
async function firstVisit(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByText('Available offline')).toBeVisible({ timeout: 120_000 });
  await page.evaluate(() => navigator.serviceWorker.ready);
}

test('a lesson read once opens offline, its check-up saves answers, and /quiz runs a session', async ({ page, context }) => {
  test.slow();
  await firstVisit(page, LESSON);
  await context.setOffline(true);

  await test.step('the lesson renders from the saved copy', async () => {
    const response = await page.reload();
    expect(response?.fromServiceWorker(), 'answered by the service worker').toBe(true);
    await expect(page.getByRole('heading', { level: 1, name: 'Ways to run containers on AWS' })).toBeVisible();
    await expect(page.getByText('Available offline')).toBeVisible();
  });

  await test.step('the check-up loads and an answer is saved', async () => {
    const first = page
      .locator('[data-checkup-part="interactive"]')
      .getByRole('listitem')
      .filter({ has: page.getByRole('group', { name: /What kind of service is AWS Fargate\?/ }) });
    await first.getByRole('radio', { name: /Serverless compute/ }).check();
    await first.getByRole('button', { name: 'Check answer' }).click();
    await expect(first.getByText('Right.')).toBeVisible();
    const stored = await page.evaluate(() => localStorage.getItem('containers-on-aws:learner') ?? '');
    expect(stored, 'the answer is in the learner store').toContain('container-options');
  });

  await test.step('/quiz, never opened, runs a session', async () => {
    const response = await page.goto('/quiz');
    expect(response?.fromServiceWorker()).toBe(true);
    await page.getByRole('checkbox', { name: 'Ways to run containers on AWS' }).check();
    await page.getByRole('radio', { name: '5', exact: true }).check();
    await page.getByRole('button', { name: 'Start session' }).click();
    await expect(page.getByRole('heading', { name: 'Question 1 of 5' })).toBeVisible();
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await expect(page.getByText(/^(Right|Not quite)\.$/)).toBeVisible();
  });
});

test('a page never read says so offline and lists what is saved', async ({ page, context }) => {
  await firstVisit(page, LESSON);
  await context.setOffline(true);
  await page.goto('/lessons/launch-types');
  await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  await expect(page.getByRole('link', { name: LESSON })).toBeVisible();
  await page.getByRole('link', { name: LESSON }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ways to run containers on AWS' })).toBeVisible();
});

test('the worker never answers for the embeds, the LMS files or the floor pages', async ({ page }) => {
  await firstVisit(page, LESSON);
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'the site page is controlled').toBe(true);
  for (const path of ['/embed/lessons/container-options', '/embed/widgets/responsibility-quiz', '/perf-floor/container-options']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(response?.fromServiceWorker(), `${path} comes from the network`).toBe(false);
  }
});
