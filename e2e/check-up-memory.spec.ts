/**
 * Check-ups that remember, with a controlled clock: half a check-up survives a reload and a week away; passing it
 * shows on the lesson and the course map, and home continues at the next lesson.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { getLessons } from '../lib/content/lessons';
import { questions } from '../content/lessons/container-options/questions';
import { reachWidget } from './support';

const LESSON = 'container-options';
const lessons = getLessons();
const position = lessons.findIndex((lesson) => lesson.slug === LESSON);
const interactive = (page: Page) => page.locator('[data-checkup-part="interactive"]');
const card = (page: Page, prompt: string) =>
  interactive(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('group', { name: prompt }) });

/** An option's accessible name: its number (for screen readers, after the 1-9 keys) and its text. */
const option = (text: string) => new RegExp(`^\\d+\\. ${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( (right|wrong))?$`);

/** Answer one question of the bank right (choice and true/false questions). */
async function answerRight(item: Locator, question: (typeof questions)[number]) {
  if (question.kind === 'true-false') await item.getByRole('radio', { name: question.answer ? 'True' : 'False' }).check();
  else if (question.kind !== 'order')
    for (const each of question.options.filter((choice) => choice.correct))
      await item.getByRole(question.kind === 'multiple' ? 'checkbox' : 'radio', { name: option(each.text) }).check();
  await item.getByRole('button', { name: 'Check answer' }).click();
  await expect(item.getByText('Right.')).toBeVisible();
}

test('half a check-up is there after a reload and a week away; passing it marks the lesson done and home moves on', async ({ page }) => {
  test.slow();
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00Z'));
  await page.goto(`/lessons/${LESSON}`);
  const [first, second, ...rest] = questions;
  await answerRight(card(page, first.prompt), first);
  // A wrong first answer is kept as given too.
  const wrong = card(page, second.prompt);
  if (second.kind === 'multiple') await wrong.getByRole('checkbox', { name: option(second.options.find((choice) => !choice.correct)!.text) }).check();
  await wrong.getByRole('button', { name: 'Check answer' }).click();
  await expect(wrong.getByText('Not quite.')).toBeVisible();
  await expect(interactive(page).getByText(/^Answered 2 of 9 so far; 1 right at the first try\./)).toBeVisible();

  await page.clock.setFixedTime(new Date('2026-12-08T10:00:00Z'));
  await page.reload();
  await expect(interactive(page).getByText(/^Answered 2 of 9 so far; 1 right at the first try\./)).toBeVisible();
  await expect(card(page, first.prompt).getByText('Right.')).toBeVisible();
  await expect(
    card(page, first.prompt).getByRole('radio', {
      name: option((first as { options: { text: string; correct?: boolean }[] }).options.find((choice) => choice.correct)!.text),
    }),
  ).toBeChecked();
  await expect(card(page, second.prompt).getByText('Not quite.')).toBeVisible();
  await expect(page.getByText('Check-up: 2 of 9 answered')).toBeVisible();

  for (const question of rest) await answerRight(card(page, question.prompt), question);
  await expect(interactive(page).getByText('Check-up: 8 of 9, passed.')).toBeVisible();
  await expect(page.locator('[data-check-up-status]')).toHaveText('Check-up: 8 of 9, passed');

  await page.goto('/');
  const entry = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: lessons[position].title, exact: true }) });
  await expect(entry.getByText('Check-up: 8 of 9, passed')).toBeVisible();
  await expect(page.getByText(`Lesson ${position + 1}, done`)).toBeAttached();
  const next = lessons.findIndex((lesson, index) => index !== position);
  await expect(page.getByRole('link', { name: new RegExp(`^Continue: lesson ${next + 1},`) })).toBeVisible();

  // A new attempt is a choice, and the finished one stays in the history.
  await page.goto(`/lessons/${LESSON}`);
  // The button comes with the check-up's own code (the server cannot know the saved answers): scroll to it, as a learner does.
  await reachWidget(interactive(page).getByRole('listitem').first());
  await interactive(page).getByRole('button', { name: 'Start a new attempt' }).click();
  await expect(interactive(page).getByText('9 questions on this lesson. Answer each one and check it to see why.')).toBeVisible();
  await interactive(page).getByText('Earlier attempts (1)').click();
  await expect(interactive(page).getByText(/8 December 2026: 8 of 9, passed/)).toBeVisible();
  await expect(page.locator('[data-check-up-status]')).toHaveText('Check-up: 8 of 9, passed');
});
