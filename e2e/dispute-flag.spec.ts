/**
 * Flag a question as disputed with a note: the flag survives a reload, travels in the progress export, and a
 * "Flagged as disputed" session draws exactly the flagged questions.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support';

test.use({ timezoneId: 'UTC' });

const learner = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('containers-on-aws:learner') ?? '{}'));

test('a learner flags a question with a note, finds it after a reload, exports it and drills the flagged questions', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00Z'));
  await page.goto('/quiz');
  await page.getByRole('checkbox', { name: 'Ways to run containers on AWS' }).check();
  await page.getByRole('radio', { name: '5', exact: true }).check();
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 5' })).toBeVisible();

  await page.getByRole('button', { name: 'Flag this question as disputed' }).click();
  const note = page.getByRole('textbox', { name: 'What seems wrong or unclear? (optional)' });
  // Digits and Enter typed in the note are text, not the session's answer keys.
  await note.fill('');
  await note.pressSequentially('Step 2 seems out of date');
  await note.press('Enter');
  await expect(page.getByRole('main').locator('fieldset input:checked')).toHaveCount(0);
  await expect(page.getByText(/^(Right|Not quite)\.$/)).toHaveCount(0);
  await expect(note).toHaveValue('Step 2 seems out of date\n');
  await expectNoAxeViolations(page, { include: ['main'] });
  await page.getByRole('button', { name: 'Save the flag' }).click();
  await expect(page.getByText('Flagged as disputed: “Step 2 seems out of date”', { exact: false })).toBeVisible();
  const saved = (await learner(page)).disputes;
  expect(Object.values(saved)).toEqual([{ at: '2026-12-01T10:00:00.000Z', note: 'Step 2 seems out of date' }]);
  const [flaggedId] = Object.keys(saved);

  await page.goto('/quiz');
  await page.getByRole('checkbox', { name: 'Due today' }).uncheck();
  await page.getByRole('checkbox', { name: 'Not yet seen' }).uncheck();
  await page.getByRole('checkbox', { name: 'Flagged as disputed' }).check();
  await expect(page.getByText('This session: 1 flagged. The 1 not due are practice.', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeVisible();
  await expect(page.getByText('Flagged as disputed: “Step 2 seems out of date”', { exact: false })).toBeVisible();

  await page.goto('/progress');
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
  const exported = JSON.parse(fs.readFileSync((await file.path())!, 'utf8'));
  expect(exported.learner.disputes).toEqual({ [flaggedId]: { at: '2026-12-01T10:00:00.000Z', note: 'Step 2 seems out of date' } });

  await test.step('removing the flag leaves nothing to draw', async () => {
    await page.goto('/quiz');
    await page.getByRole('checkbox', { name: 'Ways to run containers on AWS' }).check();
    await page.getByRole('checkbox', { name: 'Due today' }).uncheck();
    await page.getByRole('checkbox', { name: 'Not yet seen' }).uncheck();
    await page.getByRole('checkbox', { name: 'Flagged as disputed' }).check();
    await page.getByRole('button', { name: 'Start session' }).click();
    await page.getByRole('button', { name: 'Remove the flag' }).click();
    await expect(page.getByRole('button', { name: 'Flag this question as disputed' })).toBeVisible();
    expect((await learner(page)).disputes).toBeUndefined();
  });
});
