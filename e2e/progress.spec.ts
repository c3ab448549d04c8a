/**
 * /progress: the figures match what was answered (a five-question /quiz session), export then import in a fresh
 * browser restores them, a damaged file is refused with its reason and changes nothing, and reset asks first.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support';

test.use({ timezoneId: 'UTC' });

const STORAGE_KEY = 'containers-on-aws:learner';
const NOW = new Date('2026-12-01T10:00:00Z');
const figure = (page: Page, label: string) =>
  page.getByRole('definition').filter({ has: page.locator(`xpath=preceding-sibling::dt[1][normalize-space()="${label}"]`) });
const expectMainAccessible = (page: Page) => expectNoAxeViolations(page, { include: ['main'] });
const fileRegion = (page: Page) => page.getByRole('region', { name: 'Move or reset your progress' });
const todayRow = (page: Page) => page.getByRole('table', { name: /Answers per day/ }).getByRole('row', { name: /^Tue 1 Dec/ });

async function answerFiveQuestions(page: Page): Promise<number> {
  await page.goto('/quiz');
  await page.getByRole('checkbox', { name: 'Ways to run containers on AWS' }).check();
  await page.getByRole('radio', { name: '5', exact: true }).check();
  await page.getByRole('button', { name: 'Start session' }).click();
  for (let index = 1; index <= 5; index += 1) {
    await expect(page.getByRole('heading', { name: `Question ${index} of 5` })).toBeVisible();
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await expect(page.getByText(/^(Right|Not quite)\.$/)).toBeVisible();
    await page.keyboard.press('Enter');
  }
  const summary = page.getByRole('heading', { name: /^Session done: \d of 5 right$/ });
  await expect(summary).toBeVisible();
  // Each answer is scheduled once ts-fsrs has loaded: wait until all five are in the store.
  await expect.poll(() => page.evaluate((key) => Object.keys(JSON.parse(localStorage.getItem(key) ?? '{}').reviews ?? {}).length, STORAGE_KEY)).toBe(5);
  return Number((await summary.textContent())!.match(/(\d) of 5/)![1]);
}

test('the dashboard counts what was answered; export, then import in another browser restores it; a damaged file changes nothing', async ({
  page,
  browser,
}) => {
  test.slow();
  await page.clock.install({ time: NOW });
  const right = await answerFiveQuestions(page);
  const wrong = 5 - right;

  await page.goto('/progress');
  await test.step('the figures, the week ahead, the chart table and the weakest questions match the session', async () => {
    await expect(figure(page, 'Answers, last 30 days')).toHaveText('5');
    await expect(figure(page, 'Day streak')).toHaveText('1');
    await expect(figure(page, 'Due today')).toHaveText('0');
    await expect(figure(page, 'Lessons done')).toHaveText('0 of 7');
    await page.getByText('Answers per day as a table').click();
    await expect(todayRow(page)).toHaveText(`Tue 1 Dec5${right}${wrong}`);
    await expect(
      page
        .getByRole('list')
        .filter({ has: page.getByText('Today', { exact: true }) })
        .getByRole('listitem')
        .nth(1),
    ).toContainText(`${wrong} due`);
    await expect(page.getByText(/5 answers on 1 day of the last 30/)).toBeVisible();
    const weakest = page.getByRole('region', { name: 'Your weakest questions' });
    await expect(weakest.getByRole('listitem')).toHaveCount(wrong);
    if (wrong) await expect(weakest.getByRole('link').first()).toHaveAttribute('href', /^\/lessons\/container-options#/);
    const mastery = page.getByRole('region', { name: 'Mastery per lesson' });
    await expect(mastery.getByRole('listitem').filter({ hasText: 'Ways to run containers on AWS' })).toContainText(
      `${right >= 3 ? 'Familiar' : 'Attempted'} (5 of 9 answered`,
    );
    await expectMainAccessible(page);
  });

  const download = await test.step('export', async () => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
    expect(file.suggestedFilename()).toBe('containers-on-aws-progress-2026-12-01.json');
    await expect(page.getByRole('status').filter({ hasText: /^Exported / })).toContainText('5 answers');
    return fs.readFileSync((await file.path())!, 'utf8');
  });
  expect(JSON.parse(download)).toMatchObject({ format: 'containers-on-aws-progress', version: 1 });

  const context = await browser.newContext({ timezoneId: 'UTC' });
  const other = await context.newPage();
  await other.clock.install({ time: NOW });
  await other.goto('/progress');
  const importer = other.getByLabel('Import a progress file');
  await test.step('a truncated file is refused with the reason, and nothing changes', async () => {
    await expect(figure(other, 'Answers, last 30 days')).toHaveText('0');
    await importer.setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(download.slice(0, 200)) });
    await expect(fileRegion(other).getByRole('alert')).toContainText('Nothing was changed: cut.json was not imported. The file is not complete JSON');
    await expect(figure(other, 'Answers, last 30 days')).toHaveText('0');
    expect(await other.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
  });
  await test.step('the exported file restores everything in a fresh browser', async () => {
    await importer.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(download) });
    await expect(other.getByRole('status').filter({ hasText: /^Imported/ })).toContainText(
      'Imported: 0 lessons done, 5 answers in the review queue (exported on 1 December 2026',
    );
    await expect(figure(other, 'Answers, last 30 days')).toHaveText('5');
    await other.getByText('Answers per day as a table').click();
    await expect(todayRow(other)).toHaveText(`Tue 1 Dec5${right}${wrong}`);
    await expect(fileRegion(other).getByRole('alert')).toHaveText('');
  });
  await test.step('a tampered file names the field and keeps what is there', async () => {
    const tampered = JSON.parse(download);
    tampered.learner.lessons['launch-types'] = { doneAt: '2026-12-01T09:00:00.000Z' };
    await importer.setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) });
    await expect(fileRegion(other).getByRole('alert')).toContainText('field "checksum": the progress in this file was changed after it was exported');
    await expect(figure(other, 'Lessons done')).toHaveText('0 of 7');
    await expect(figure(other, 'Answers, last 30 days')).toHaveText('5');
    await expectMainAccessible(other);
  });
  await context.close();
});

test('reset all progress asks first, and Cancel keeps everything', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(
        key,
        JSON.stringify({
          version: 2,
          theme: 'system',
          lessons: { 'launch-types': { doneAt: '2026-12-01T09:00:00.000Z' } },
          widgets: {},
          results: [],
          reviews: {},
        }),
      );
    }
  }, STORAGE_KEY);
  await page.goto('/progress');
  const reset = page.getByRole('button', { name: 'Reset all progress…' });
  const dialog = page.getByRole('dialog', { name: 'Reset all progress?' });
  await expect(figure(page, 'Lessons done')).toHaveText('1 of 7');

  await reset.click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' }), 'the safe choice has the focus').toBeFocused();
  await expect(dialog).toContainText('1 lesson done');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(reset).toBeFocused();
  await expect(figure(page, 'Lessons done')).toHaveText('1 of 7');

  await reset.click();
  await dialog.getByRole('button', { name: 'Reset everything' }).click();
  await expect(dialog).toBeHidden();
  await expect(fileRegion(page).getByRole('status').filter({ hasText: 'All progress in this browser was reset' })).toBeVisible();
  await expect(figure(page, 'Lessons done')).toHaveText('0 of 7');
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))!).lessons).toEqual({});
  await expectMainAccessible(page);
});
