/**
 * The instructors' page (issue 24 item 7): reached from the header's menu and the footer, its sections, the SCORM
 * packages it offers, and a lesson's answer key showing each question's right answer, with axe in both themes.
 */
import { expect, test } from '@playwright/test';
import { questionsByLesson } from '../content/lessons/questions';
import { discussionByLesson } from '../content/lessons/discussion';
import { correctAnswerText } from '../lib/questions/grade';
import type { Question } from '../lib/questions/schema';
import { expectNoAxeViolations, switchTheme, type Theme } from './support';

const SECTIONS = [
  'What you can embed or package',
  'Assignment settings and the grade',
  'Adding it to your LMS',
  'Listening for results in your page',
  'What data goes where',
  'Answer keys and discussion prompts',
];

test('a phone user finds /teach in the header menu; it has every section and a package that downloads', async ({ page, request }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/');
  await page.getByRole('banner').locator('summary', { hasText: 'Menu' }).click();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'For instructors' }).click();
  await expect(page).toHaveURL(/\/teach$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Teach with this course' })).toBeVisible();
  for (const name of SECTIONS) await expect(page.getByRole('region', { name })).toBeVisible();
  for (const lms of ['Moodle', 'Canvas', 'Brightspace', 'Blackboard', 'A plain web page']) {
    await expect(page.getByRole('region', { name: 'Adding it to your LMS' }).getByRole('heading', { level: 3, name: lms })).toBeVisible();
  }
  const table = page.getByRole('table', { name: /Embeddable items/ });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Check-up: Launch types and capacity providers', exact: true }) });
  await expect(row.getByRole('cell').first()).toHaveText('The check-up questions');
  const href = await row.getByRole('link', { name: /^SCORM package/ }).getAttribute('href');
  const zip = await request.get(href!);
  expect(zip.status()).toBe(200);
  expect(zip.headers()['content-type']).toContain('zip');
  // The footer links it too.
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'For instructors' })).toHaveAttribute('href', '/teach');
});

test('a lesson answer key shows each question with its right answer, and the discussion prompts', async ({ page }) => {
  await page.goto('/teach');
  await page
    .getByRole('region', { name: 'Answer keys and discussion prompts' })
    .getByRole('link', { name: /Launch types and capacity providers/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Launch types and capacity providers' })).toBeVisible();
  const questions = questionsByLesson['launch-types'] as Question[];
  const items = page
    .getByRole('region', { name: 'Answers' })
    .getByRole('listitem')
    .filter({ hasText: /^Question \d+/ });
  await expect(items).toHaveCount(questions.length);
  for (const [index, question] of questions.entries()) {
    const item = items.nth(index);
    await expect(item).toContainText(question.prompt);
    const answer = correctAnswerText(question);
    if (question.kind === 'order') {
      await expect(item.getByRole('list').last().getByRole('listitem')).toHaveText(answer);
      await expect(item.getByRole('list').last()).toBeVisible();
    } else {
      // Shown, not behind a "Show answer" disclosure as on the lesson page.
      await expect(item.getByText(`Answer: ${answer.join('; ')}`, { exact: true })).toBeVisible();
    }
  }
  const prompts = page.getByRole('region', { name: 'Discussion prompts' }).getByRole('listitem');
  await expect(prompts).toHaveText([...discussionByLesson['launch-types']]);
});

for (const theme of ['light', 'dark'] as Theme[]) {
  test(`/teach and an answer key pass axe in the ${theme} theme, at 360 px and 1280 px`, async ({ page }) => {
    for (const path of ['/teach', '/teach/answer-keys/shared-responsibility']) {
      await page.goto(path);
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await switchTheme(page, theme);
        await expectNoAxeViolations(page);
      }
    }
  });
}
