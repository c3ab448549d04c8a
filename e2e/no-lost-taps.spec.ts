/**
 * No tap is lost on a slow phone (issue 29): at 6x CPU throttling (Chrome DevTools' Emulation.setCPUThrottlingRate),
 * a tap made as soon as a control is on screen, before React has hydrated it, has its effect: the tap guard
 * (lib/tap-guard.ts) holds it, shows the control waiting, and replays it once the control works; the chooser's form
 * goes to its server-rendered result page until the client takes over.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
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

/**
 * Holds the site's script chunks on the network while `holding` is true, so a widget's code arrives only when the
 * test releases it: the swap of its live copy then falls exactly where the test wants it.
 */
async function holdChunks(context: BrowserContext) {
  const held: (() => void)[] = [];
  let holding = true;
  await context.route('**/_next/static/chunks/**', async (route) => {
    if (holding) await new Promise<void>((release) => held.push(release));
    await route.continue();
  });
  return {
    requested: () => held.length,
    release: () => {
      holding = false;
      for (const release of held.splice(0)) release();
    },
  };
}

test('a press that begins on a widget’s server copy and ends after its live copy has swapped in still acts, once', async ({ page, context }) => {
  // Deterministic: the widget's code is held on the network until the press has begun, so the swap falls between
  // the press and the release (on a phone the tap's length; the browser then fires no click on either copy).
  await page.goto('/lessons/container-options');
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
  const chunks = await holdChunks(context);
  const island = page.locator('[data-island="MarkDone"]');
  const done = page.getByRole('button', { name: 'Mark as done' });
  await done.evaluate((button) => button.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await expect.poll(chunks.requested, { message: 'the widget’s code is requested when it nears the screen, and held' }).toBeGreaterThan(0);
  await expect(island).not.toHaveAttribute('data-island-live');
  const box = (await done.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  chunks.release();
  await expect(island).toHaveAttribute('data-island-live', '');
  // Count the clicks that reach the live control: the replayed one, and any the browser might add on release.
  await page.evaluate(() => {
    const counted = window as Window & { clicksOnDone?: number };
    counted.clicksOnDone = 0;
    document.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('button')?.textContent?.includes('Mark as done')) counted.clicksOnDone! += 1;
    });
  });
  await page.mouse.up();
  await expect(done).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/is ticked on the course map/)).toBeVisible();
  expect(await page.evaluate(() => (window as Window & { clicksOnDone?: number }).clicksOnDone), 'the press acts once, not twice').toBe(1);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Mark as done' })).toHaveAttribute('aria-pressed', 'true');
});

test('a touch that began on a widget’s server copy and turned into a scroll while it swapped in does not act', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/lessons/container-options');
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
  const chunks = await holdChunks(context);
  const island = page.locator('[data-island="MarkDone"]');
  const done = page.getByRole('button', { name: 'Mark as done' });
  await done.evaluate((button) => button.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await expect.poll(chunks.requested).toBeGreaterThan(0);
  const box = (await done.boundingBox())!;
  const cdp = await context.newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await touch('touchStart', x, y);
  chunks.release();
  await expect(island).toHaveAttribute('data-island-live', '');
  const before = await page.evaluate(() => window.scrollY);
  for (let step = 1; step <= 6; step += 1) await touch('touchMove', x, y - step * 40);
  await touch('touchEnd');
  await expect.poll(() => page.evaluate(() => window.scrollY), { message: 'the gesture scrolled the page' }).toBeGreaterThan(before + 50);
  // The scroll took the touch over: nothing was pressed. (A later tap on the button still works.)
  await expect(done).toHaveAttribute('aria-pressed', 'false');
  await done.tap();
  await expect(done).toHaveAttribute('aria-pressed', 'true');
  await context.close();
});
