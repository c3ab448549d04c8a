/**
 * No tap is lost on a slow phone (issue 29): at 6x CPU throttling (Chrome DevTools' Emulation.setCPUThrottlingRate),
 * a tap made as soon as a control is on screen, before React has hydrated it, has its effect: the tap guard
 * (lib/tap-guard.ts) holds it, shows the control waiting, and replays it once the control works; the chooser's form
 * goes to its server-rendered result page until the client takes over.
 */
import { expect, test, type Page } from '@playwright/test';
import { getChooserData } from '../lib/chooser/load';

const THROTTLE = 6;

async function slowPhone(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
}

/** Whether React has hydrated the page yet (html[data-hydrated], components/layout/Hydrated.tsx). */
const hydrated = (page: Page) => page.evaluate(() => document.documentElement.hasAttribute('data-hydrated'));

test('a lesson: the theme switch and "Quiz me first" tapped before hydration both take effect', async ({ page }) => {
  test.slow();
  await slowPhone(page);
  await page.goto('/lessons/container-options', { waitUntil: 'commit' });
  const theme = page.getByRole('button', { name: 'Dark theme' });
  const quizFirst = page.getByRole('switch', { name: 'Quiz me first' });
  await expect(quizFirst).toBeVisible();
  expect(await hydrated(page), 'the taps come before hydration (else this test proves nothing)').toBe(false);
  await theme.click();
  await quizFirst.click();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await expect(theme).toHaveAttribute('aria-pressed', 'true');
  await expect(quizFirst).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByText('The lesson text is hidden until you have answered the check-up below.')).toBeVisible();
  await expect(page.locator('[data-tap-pending]'), 'nothing is left waiting').toHaveCount(0);
});

test('the chooser: an answer and Next tapped before hydration are not lost', async ({ page }) => {
  test.slow();
  const [first] = getChooserData().questions;
  await slowPhone(page);
  await page.goto('/chooser', { waitUntil: 'commit' });
  const wizard = page.getByRole('region', { name: 'Launch-type chooser' });
  const option = wizard.getByRole('radio', { name: first.options[0].label, exact: true });
  await expect(option).toBeVisible();
  expect(await hydrated(page), 'the taps come before hydration (else this test proves nothing)').toBe(false);
  await option.click();
  await wizard.getByRole('button', { name: 'Next' }).click();
  // Either the wizard moved on, or the form went to the server's result page with the answer: never the
  // "Choose one of the answers to continue" of a lost choice.
  const movedOn = page.getByRole('group', { name: /^Question 2 of / });
  const serverResult = page.getByRole('radio', { name: first.options[0].label, exact: true, checked: true });
  await expect(movedOn.or(serverResult).first()).toBeVisible();
  await expect(page.getByText('Choose one of the answers to continue')).toHaveCount(0);
});
