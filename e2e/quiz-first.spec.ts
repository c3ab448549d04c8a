/** "Quiz me first" on a lesson: the switch, the check-up before the text, and the missed sections marked after it. */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolationsIn } from './support';

const LESSON = '/lessons/container-options';
const interactive = (page: Page) => page.locator('[data-checkup-part="interactive"]');

/** Total layout shift so far (the browser's own CLS entries, without those right after input). */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          resolve(
            list
              .getEntries()
              .reduce(
                (sum, entry) =>
                  sum + ((entry as unknown as { hadRecentInput: boolean; value: number }).hadRecentInput ? 0 : (entry as unknown as { value: number }).value),
                0,
              ),
          );
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(0)));
      }),
  );

test('quiz me first: by keyboard the check-up comes before the text, and afterwards the missed sections are marked', async ({ page }) => {
  test.slow();
  await page.goto(LESSON);
  const toggle = page.getByRole('switch', { name: 'Quiz me first' });
  const recap = page.getByRole('heading', { name: 'Recap', exact: true });
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect(recap).toBeVisible();

  await test.step('the switch works by keyboard, is announced, and hides the text', async () => {
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    await expect(page.getByRole('status').filter({ hasText: 'Quiz me first is on' })).toBeAttached();
    await expect(recap).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Check yourself' })).toBeVisible();
    await expect(page.getByText('The lesson text is hidden until you have answered the check-up below.')).toBeVisible();
  });

  await test.step('remembered: the next visit opens on the check-up, without a layout shift', async () => {
    await page.reload();
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    await expect(recap).toBeHidden();
    expect(await layoutShift(page)).toBeLessThan(0.01);
    await expectNoAxeViolationsIn(page.locator('article'));
  });

  await test.step('answer every question (the first option each time), then read the lesson', async () => {
    const cards = interactive(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: 'Check answer' }) });
    const count = await cards.count();
    for (let index = 0; index < count; index += 1) {
      const card = interactive(page)
        .getByRole('listitem')
        .filter({ has: page.getByRole('button', { name: 'Check answer' }) })
        .first();
      const option = card.locator('fieldset input').first();
      if (await option.count()) await option.check();
      await card.getByRole('button', { name: 'Check answer' }).click();
    }
    const done = page.getByText(/^Check-up done/);
    await expect(done).toBeVisible();
    const marked = Number(((await done.textContent()) ?? '').match(/(\d+) sections? (is|are) marked/)?.[1] ?? 0);
    await page.getByRole('button', { name: 'Read the lesson' }).click();
    await expect(recap).toBeVisible();
    const missed = page.getByRole('heading', { name: /Missed in your check-up$/ });
    await expect(missed).toHaveCount(marked);
    if (marked) await expect(missed.first()).toBeFocused();
  });

  await test.step('off again: the whole lesson, no marks', async () => {
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', 'false');
    await expect(page.getByRole('heading', { name: /Missed in your check-up$/ })).toHaveCount(0);
    await page.reload();
    await expect(recap).toBeVisible();
  });
});
