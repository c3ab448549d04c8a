import { expect, test, type Locator, type Page } from '@playwright/test';
import { SHARED_RULE, ZONE_HINTS } from '../lib/quiz/announce';
import { allRounds, lessonRounds } from '../lib/quiz/matrix';
import type { Owner, QuizRound } from '../lib/quiz/types';
import { expectNoAxeViolations, reachWidget, switchTheme, useSystemTheme, type Theme } from './support';

// The answer key comes from the same validated data the quiz renders.
const rounds = Object.fromEntries(allRounds().map((round) => [round.id, round])) as Record<string, QuizRound>;
const ZONE: Record<Owner, string> = { you: 'You manage', shared: 'Shared', aws: 'AWS manages' };
const STORAGE_KEY = 'containers-on-aws:learner';

const answerFor = (round: QuizRound, label: string) => {
  const card = round.cards.find((item) => item.label === label);
  if (!card) throw new Error(`no card "${label}" in round ${round.id}`);
  return card;
};
const pool = (page: Page) => page.getByRole('region', { name: /^Cards to sort/ });
const zone = (page: Page, owner: Owner) => page.getByRole('region', { name: ZONE[owner], exact: true });
const card = (scope: Page | Locator, label: string) => scope.getByRole('button', { name: label, exact: true });
const score = (page: Page) => page.getByRole('status').filter({ hasText: /of \d+ correct/ });
/** The quiz works once its code has loaded, as the learner scrolls to it (an island: components/islands/Island.tsx). */
const quizReady = (page: Page) => reachWidget(page.getByRole('tab').first());
const openRound = async (page: Page, title: string) => {
  await quizReady(page);
  await page.getByRole('tab', { name: new RegExp(`^${title}`) }).click();
};

/** Collects the shared result events the quiz raises, from before the page's own scripts run. */
async function listenForResults(page: Page) {
  await page.addInitScript(() => {
    const events: unknown[] = [];
    (window as unknown as { quizResults: unknown[] }).quizResults = events;
    window.addEventListener('containers-on-aws:result', (event) => events.push((event as CustomEvent).detail));
  });
}
const resultEvents = (page: Page) => page.evaluate(() => (window as unknown as { quizResults: unknown[] }).quizResults);
const storedResults = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{"results":[]}').results, STORAGE_KEY);

/** A real drag with the mouse: press on the card, move in steps, release over the zone. */
async function dragWithMouse(page: Page, from: Locator, to: Locator) {
  await from.scrollIntoViewIfNeeded();
  const source = (await from.boundingBox())!;
  const target = (await to.boundingBox())!;
  await page.mouse.move(source.x + 24, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + 40, source.y + source.height / 2 + 12, { steps: 4 });
  await page.mouse.move(target.x + target.width / 2, target.y + Math.min(target.height / 2, 60), { steps: 12 });
  await page.mouse.up();
}

/**
 * dnd-kit starts listening for arrow keys one task after a card is picked up (so the key that picked it up is not
 * also read as a drop). Let that task run, as any human pause between two keys would; this waits for the page's
 * queued timers, not for a fixed time.
 */
const afterPickUp = (page: Page) => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));

/**
 * Picks a card up from the keyboard (Space or Enter) and carries it one zone along, into "You manage". A key pressed
 * before React has hydrated the quiz would do nothing, so it first waits until the card's Move to… button is enabled
 * (the quiz enables its buttons once it works). `focus()` does not wait for that by itself.
 */
async function pickUpAndCarryOnce(page: Page, handle: Locator, label: string, key: 'Space' | 'Enter') {
  await quizReady(page);
  await expect(page.getByRole('button', { name: `Move to…, ${label}` })).toBeEnabled();
  await handle.focus();
  await page.keyboard.press(key);
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await afterPickUp(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(`${label} is over the You manage zone.`)).toBeAttached();
}

async function moveWithMenu(page: Page, label: string, destination: string) {
  await page.getByRole('button', { name: `Move to…, ${label}` }).click();
  await page
    .getByRole('menu', { name: `Move ${label} to` })
    .getByRole('menuitem', { name: destination })
    .click();
}

test.beforeEach(async ({ page }) => {
  await listenForResults(page);
});

test('mouse: drag every card of the Docker on EC2 round into its zone, check, and get full marks', async ({ page }) => {
  test.slow(); // a long journey on a machine shared with other test runs
  await page.setViewportSize({ width: 1280, height: 1800 });
  await page.goto('/quiz/responsibility');
  const round = rounds.ec2;
  await quizReady(page);
  await expect(page.getByRole('tab', { name: 'Docker on EC2' })).toHaveAttribute('aria-selected', 'true');
  for (const item of round.cards) {
    await dragWithMouse(page, card(pool(page), item.label), zone(page, item.answer));
    await expect(card(zone(page, item.answer), item.label)).toBeVisible();
  }
  await expect(pool(page)).toContainText('Every card is placed');
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(score(page)).toHaveText(`${round.cards.length} of ${round.cards.length} correct. Every card is in the right zone.`);
  await expect(page.getByText('Correct', { exact: true })).toHaveCount(round.cards.length);
  await expect(page.getByText(/^Wrong/)).toHaveCount(0);
  // Every card right: the focus goes on to the next round.
  await expect(page.getByRole('button', { name: 'Next round: ECS on EC2' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Docker on EC2, all correct' })).toBeVisible();

  const max = round.cards.length;
  const expected = { widget: 'responsibility-quiz', lesson: 'shared-responsibility', score: max, max, passed: true };
  expect(await resultEvents(page)).toEqual([expect.objectContaining(expected)]);
  expect(await storedResults(page)).toEqual([expect.objectContaining(expected)]);
});

test('keyboard only: Tab to a card, Space to pick up, arrows to a zone, Space to drop, for the whole ECS on Fargate round', async ({ page }) => {
  test.slow(); // a long journey on a machine shared with other test runs
  await page.goto('/quiz/responsibility');
  const round = rounds.fargate;
  // Arrow keys switch rounds in the tab list.
  // focus() does not wait for the tab to work: wait until hydration enables it, as a click would.
  await quizReady(page);
  await expect(page.getByRole('tab', { name: 'Docker on EC2' })).toBeEnabled();
  await page.getByRole('tab', { name: 'Docker on EC2' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'ECS on Fargate' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'ECS on Fargate' })).toBeVisible();
  await page.keyboard.press('Tab');

  const focused = page.locator(':focus');
  for (let placed = 0; placed < round.cards.length; placed += 1) {
    // Focus is on a card handle in the pool: its first line is the card's label.
    await expect(focused).toHaveAttribute('aria-roledescription', 'draggable');
    const label = (await focused.innerText()).split('\n')[0];
    const { answer } = answerFor(round, label);
    await page.keyboard.press('Space');
    await expect(focused).toHaveAttribute('aria-pressed', 'true');
    await afterPickUp(page);
    // Each arrow press moves the card one zone along, and says where it is now.
    for (const owner of round.zones.slice(0, round.zones.indexOf(answer) + 1)) {
      await page.keyboard.press('ArrowRight');
      await expect(page.getByText(`${label} is over the ${ZONE[owner]} zone.`)).toBeAttached();
    }
    await page.keyboard.press('Space');
    await expect(page.getByText(`${label} dropped in the ${ZONE[answer]} zone.`)).toBeAttached();
    // The card lands in the zone and keeps the focus.
    await expect(card(zone(page, answer), label)).toBeFocused();
    if (placed === round.cards.length - 1) break;
    // Back up to the last card left in the pool (its Move to… button comes first when going backwards).
    for (let presses = 0; presses < 60 && (await pool(page).locator(':focus').count()) === 0; presses += 1) await page.keyboard.press('Shift+Tab');
    if ((await focused.getAttribute('aria-haspopup')) === 'menu') await page.keyboard.press('Shift+Tab');
  }
  for (
    let presses = 0;
    presses < 40 && !(await page.getByRole('button', { name: 'Check answers' }).evaluate((el) => el === document.activeElement));
    presses += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(score(page)).toHaveText(`${round.cards.length} of ${round.cards.length} correct. Every card is in the right zone.`);
});

/** The bottom of the sticky bars at the top of the screen: the site header and, below lg, the lesson's "On this page" bar. */
const stickyBarsBottom = (page: Page) =>
  page.evaluate(() =>
    Math.max(
      0,
      ...[...document.querySelectorAll('header, [data-lesson-bar]')]
        .filter((element) => ['sticky', 'fixed'].includes(getComputedStyle(element).position) && element.getBoundingClientRect().height > 0)
        .map((element) => element.getBoundingClientRect().bottom),
    ),
  );

for (const size of [
  { width: 1280, height: 800 },
  { width: 360, height: 780 },
]) {
  test(`keyboard at ${size.width} x ${size.height}: the carried card shows in each zone the arrows take it to, below the sticky bars`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('/lessons/shared-responsibility');
    await openRound(page, 'ECS on Fargate');
    const handle = pool(page).locator('[aria-roledescription="draggable"]').first();
    const label = (await handle.innerText()).split('\n')[0];
    await quizReady(page);
    await expect(page.getByRole('button', { name: `Move to…, ${label}` })).toBeEnabled();
    await handle.focus();
    await page.keyboard.press('Space');
    await expect(handle).toHaveAttribute('aria-pressed', 'true');
    await afterPickUp(page);
    for (const owner of rounds.fargate.zones) {
      await page.keyboard.press('ArrowRight');
      await expect(page.getByText(`${label} is over the ${ZONE[owner]} zone.`)).toBeAttached();
      const carried = zone(page, owner).getByText(label, { exact: true });
      await expect(carried, `over ${ZONE[owner]}, the zone shows the carried card`).toBeVisible();
      const [box, bars] = [(await carried.boundingBox())!, await stickyBarsBottom(page)];
      expect(box.y, `over ${ZONE[owner]}: the carried card is below the sticky bars (${bars} px)`).toBeGreaterThanOrEqual(bars);
      expect(box.y + box.height, `over ${ZONE[owner]}: and above the bottom of the screen`).toBeLessThanOrEqual(size.height);
      await expect(zone(page, owner).getByRole('heading', { name: ZONE[owner] }), 'and so is the title of where it is going').toBeInViewport({ ratio: 1 });
    }
    await page.keyboard.press('Escape');
    await expect(handle).toBeFocused();
  });
}

/**
 * Auto-scroll while a card is dragged to the bottom edge of the screen: the page must move at least this fast, so a
 * zone 1,200 px further down (a phone's card pool) is reached in about a second. Before the fix it crawled at
 * 136 px/s (touch) and 240 px/s (mouse): the site's smooth scrolling animated each small scroll step.
 */
const AUTO_SCROLL_FLOOR = 900;
const SCROLL_DISTANCE = 600;

/** Page scroll speed, in px per second, over the next SCROLL_DISTANCE px (measured in the page, by animation frames). */
async function measureScrollSpeed(page: Page): Promise<number> {
  return page.evaluate(
    (distance) =>
      new Promise<number>((resolve, reject) => {
        const start = { y: window.scrollY, t: performance.now() };
        const limit = start.t + 8000;
        const frame = (now: number) => {
          const moved = window.scrollY - start.y;
          if (moved >= distance) resolve(Math.round((moved * 1000) / (now - start.t)));
          else if (now > limit) reject(new Error(`the page scrolled only ${moved} px in 8 s`));
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    SCROLL_DISTANCE,
  );
}

test('mouse at 1280 x 800: dragging a card to the bottom edge scrolls the page fast enough to reach a far zone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/lessons/shared-responsibility');
  const handle = card(pool(page), 'Operating system');
  await quizReady(page);
  await expect(page.getByRole('button', { name: 'Move to…, Operating system' })).toBeEnabled();
  await handle.scrollIntoViewIfNeeded();
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + 24, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 40, box.y + box.height / 2 + 12, { steps: 4 });
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await page.mouse.move(box.x + 40, 796, { steps: 6 });
  const speed = await measureScrollSpeed(page);
  expect(speed, `auto-scroll at the bottom edge: ${speed} px/s`).toBeGreaterThanOrEqual(AUTO_SCROLL_FLOOR);
  await page.mouse.up();
});

test('touch at 360 x 780: press and hold a card, move it to the bottom edge, and the page scrolls fast enough to reach a far zone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/lessons/shared-responsibility');
  const handle = card(pool(page), 'Operating system');
  await quizReady(page);
  await expect(page.getByRole('button', { name: 'Move to…, Operating system' })).toBeEnabled();
  await handle.scrollIntoViewIfNeeded();
  const box = (await handle.boundingBox())!;
  const cdp = await context.newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  const [x, y] = [box.x + 24, box.y + box.height / 2];
  await touch('touchStart', x, y);
  // Press and hold: the card is picked up after the hold delay, which the page's own timer measures.
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  for (let step = 1; step <= 6; step += 1) await touch('touchMove', x + 10, y + ((776 - y) * step) / 6);
  const speed = await measureScrollSpeed(page);
  expect(speed, `auto-scroll at the bottom edge: ${speed} px/s`).toBeGreaterThanOrEqual(AUTO_SCROLL_FLOOR);
  await touch('touchEnd', x, 776);
  await context.close();
});

test('keyboard: Escape cancels a held card and it stays where it was', async ({ page }) => {
  await page.goto('/quiz/responsibility');
  await pickUpAndCarryOnce(page, card(pool(page), 'Operating system'), 'Operating system', 'Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByText('Moving cancelled. Operating system stays in the card pool.')).toBeAttached();
  await expect(card(pool(page), 'Operating system')).toBeFocused();
  await expect(zone(page, 'you').getByRole('listitem')).toHaveCount(0);
});

test('"Move to…": place every card of the Lambda round from the menu, including once by keyboard', async ({ page }) => {
  await page.goto('/quiz/responsibility');
  await openRound(page, 'Lambda');
  const round = rounds.lambda;
  const [first, ...rest] = round.cards;

  // The menu button pattern by keyboard: Enter opens it on the first choice, arrows move, Enter chooses.
  await quizReady(page);
  await expect(page.getByRole('button', { name: `Move to…, ${first.label}` })).toBeEnabled();
  await page.getByRole('button', { name: `Move to…, ${first.label}` }).focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: `Move ${first.label} to` });
  await expect(menu.getByRole('menuitem', { name: 'You manage' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'AWS manages' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(page.getByRole('button', { name: `Move to…, ${first.label}` })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  for (let step = 0; step < round.zones.indexOf(first.answer); step += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(card(zone(page, first.answer), first.label)).toBeVisible();
  // Focus follows the card to its new place, and a screen reader hears where it went.
  await expect(zone(page, first.answer).getByRole('button', { name: `Move to…, ${first.label}` })).toBeFocused();
  await expect(page.getByText(`${first.label} moved to the ${ZONE[first.answer]} zone.`)).toBeAttached();

  for (const item of rest) await moveWithMenu(page, item.label, ZONE[item.answer]);
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(score(page)).toHaveText(`${round.cards.length} of ${round.cards.length} correct. Every card is in the right zone.`);
  // Lambda leaves out the layers the cited AWS pages do not cover, and says so.
  await expect(page.getByText('Left out of this round')).toBeVisible();
  await expect(page.getByRole('tabpanel').getByText(/leaves out network configuration, which the Lambda pages this course cites do not cover/)).toBeVisible();
});

test('select a card, then a zone: by its "Place here" button or by clicking the zone; Escape lets go', async ({ page }) => {
  await page.goto('/quiz/responsibility');
  await quizReady(page);
  await card(pool(page), 'Physical server').click();
  await page.getByRole('button', { name: 'Place “Physical server” here: AWS manages' }).click();
  await expect(card(zone(page, 'aws'), 'Physical server')).toBeFocused();

  await card(pool(page), 'Operating system').click();
  await expect(page.getByText('Operating system selected. Choose a zone to place it in.')).toBeAttached();
  await zone(page, 'you').getByText(ZONE_HINTS.you).click();
  await expect(card(zone(page, 'you'), 'Operating system')).toBeVisible();

  await card(pool(page), 'Virtual machine').click();
  await expect(page.getByRole('button', { name: /^Place “Virtual machine” here/ })).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: /^Place “Virtual machine” here/ })).toHaveCount(0);
  await expect(card(pool(page), 'Virtual machine')).toBeVisible();
});

test('a partly wrong round: the score, right and wrong per card with reasons, and "Try again" keeps the correct cards', async ({ page }) => {
  test.slow(); // a long journey on a machine shared with other test runs
  await page.goto('/quiz/responsibility');
  await openRound(page, 'ECS on Fargate');
  const round = rounds.fargate;
  const wrong: Record<string, Owner> = { 'Operating system': 'you', 'Storage, logging and monitoring plugins': 'aws' };
  const unplaced = ['IAM roles and policies', 'Virtual machine'];
  const right = round.cards.filter((item) => !(item.label in wrong) && !unplaced.includes(item.label));
  for (const item of right) await moveWithMenu(page, item.label, ZONE[item.answer]);
  for (const [label, owner] of Object.entries(wrong)) await moveWithMenu(page, label, ZONE[owner]);

  await page.getByRole('button', { name: 'Check answers' }).click();
  const max = round.cards.length;
  await expect(score(page)).toHaveText(`${right.length} of ${max} correct. 2 wrong, 2 not placed.`);
  // The tab's name holds its visible score ("8/12"), so speech and sight agree (WCAG 2.5.3 Label in Name).
  await expect(page.getByRole('tab', { name: `ECS on Fargate ${right.length}/${max} correct` })).toBeVisible();
  for (const [label] of Object.entries(wrong)) {
    const item = page.getByRole('listitem').filter({ hasText: label });
    const { answer, explanation } = answerFor(round, label);
    await expect(item).toContainText(`Wrong: this belongs in “${ZONE[answer]}”`);
    await expect(item).toContainText(explanation);
  }
  for (const item of right) {
    const listItem = page.getByRole('listitem').filter({ hasText: item.label });
    await expect(listItem).toContainText('Correct');
    await expect(listItem).not.toContainText(item.explanation);
  }
  for (const label of unplaced) await expect(pool(page).getByRole('listitem').filter({ hasText: label })).toContainText('Not placed');
  // The cards are locked while the feedback shows.
  await expect(page.getByRole('button', { name: /^Move to…/ })).toHaveCount(0);
  expect(await resultEvents(page)).toEqual([expect.objectContaining({ score: right.length, max, passed: false })]);

  await expect(page.getByRole('button', { name: 'Try again' })).toBeFocused();
  await page.getByRole('button', { name: 'Try again' }).click();
  for (const item of right) await expect(card(zone(page, item.answer), item.label)).toBeVisible();
  for (const label of [...Object.keys(wrong), ...unplaced]) await expect(card(pool(page), label)).toBeVisible();
  await expect(pool(page)).toHaveAccessibleName('Cards to sort (4 left)');
  await expect(page.getByText('4 cards back in the card pool; the correct ones stay where they are.')).toBeAttached();
  await expect(score(page)).toHaveCount(0);

  for (const label of [...Object.keys(wrong), ...unplaced]) await moveWithMenu(page, label, ZONE[answerFor(round, label).answer]);
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(score(page)).toHaveText(`${max} of ${max} correct. Every card is in the right zone.`);
  // One result per check.
  expect(await resultEvents(page)).toEqual([expect.objectContaining({ score: right.length }), expect.objectContaining({ score: max, max, passed: true })]);
  expect(await storedResults(page)).toHaveLength(2);
});

test('"Show solution" fills in the answer key with reasons and records nothing; "Shuffle" starts fresh', async ({ page }) => {
  await page.goto('/quiz/responsibility');
  await openRound(page, 'EKS on Fargate');
  const round = rounds['eks-on-fargate'];
  await moveWithMenu(page, 'kubelet', 'You manage');
  await page.getByRole('button', { name: 'Show solution' }).click();
  for (const item of round.cards) {
    const listItem = zone(page, item.answer).getByRole('listitem').filter({ hasText: item.label });
    await expect(listItem).toContainText(item.explanation);
  }
  await expect(page.getByText('The answer key is filled in')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Shuffle' })).toBeFocused();
  expect(await resultEvents(page)).toEqual([]);

  await page.getByRole('button', { name: 'Shuffle' }).click();
  await expect(pool(page)).toHaveAccessibleName(`Cards to sort (${round.cards.length} left)`);
  for (const owner of round.zones) await expect(zone(page, owner).getByRole('listitem')).toHaveCount(0);
  await expect(
    pool(page)
      .getByRole('button', { name: /^Move to…/ })
      .first(),
  ).toBeVisible();
});

test('a reload mid-round restores the open round and every placement, in the lesson too', async ({ page }) => {
  await page.goto('/quiz/responsibility');
  await openRound(page, 'ECS on EC2');
  await moveWithMenu(page, 'ECS container agent', 'You manage');
  await moveWithMenu(page, 'Physical server', 'AWS manages');
  await moveWithMenu(page, 'Operating system', 'AWS manages');
  await page.reload();
  await quizReady(page);
  await expect(page.getByRole('tab', { name: 'ECS on EC2' })).toHaveAttribute('aria-selected', 'true');
  await expect(card(zone(page, 'you'), 'ECS container agent')).toBeVisible();
  await expect(card(zone(page, 'aws'), 'Physical server')).toBeVisible();
  await expect(card(zone(page, 'aws'), 'Operating system')).toBeVisible();
  await expect(pool(page)).toHaveAccessibleName(`Cards to sort (${rounds['ecs-on-ec2'].cards.length - 3} left)`);

  // The lesson shows the same round with the same progress.
  await page.goto('/lessons/shared-responsibility');
  await quizReady(page);
  await expect(page.getByRole('tab', { name: 'ECS on EC2' })).toHaveAttribute('aria-selected', 'true');
  await expect(card(zone(page, 'aws'), 'Operating system')).toBeVisible();
});

test('a corrupt saved round is discarded: the round starts fresh and still works', async ({ page }) => {
  await page.goto('/quiz/responsibility');
  await page.evaluate((key) => {
    const state = { version: 1, theme: 'system', lessons: {}, results: [], widgets: { 'quiz:ec2': { version: 1, order: 'not a list', placements: 7 } } };
    localStorage.setItem(key, JSON.stringify(state));
  }, STORAGE_KEY);
  await page.reload();
  await expect(pool(page)).toHaveAccessibleName(`Cards to sort (${rounds.ec2.cards.length} left)`);
  await expect.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).widgets['quiz:ec2'], STORAGE_KEY)).toBeUndefined();
  await moveWithMenu(page, 'Physical server', 'AWS manages');
  await expect(card(zone(page, 'aws'), 'Physical server')).toBeVisible();
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).widgets['quiz:ec2'], STORAGE_KEY);
  expect(saved).toMatchObject({ version: 1, placements: { physical: 'aws' }, phase: 'sorting' });
});

// One journey, each state scanned in both themes: the theme changes as a system change would, which the page follows
// live, so the held card and the checked round stay as they are.
test('axe: idle, mid keyboard drag, and checked states, in the light and dark themes', async ({ page }) => {
  test.slow(); // a long journey with eight scans
  const scanBothThemes = async (state: string) => {
    for (const theme of ['light', 'dark'] as Theme[]) {
      await test.step(`${state}, ${theme} theme`, async () => {
        await switchTheme(page, theme);
        await expectNoAxeViolations(page);
      });
    }
  };
  await useSystemTheme(page, 'light');
  await page.goto('/quiz/responsibility');
  await openRound(page, 'ECS on Fargate');
  await scanBothThemes('idle');

  const handle = card(pool(page), 'Container runtime');
  await pickUpAndCarryOnce(page, handle, 'Container runtime', 'Space');
  await scanBothThemes('mid keyboard drag');
  await expect(handle, 'still held after the theme changes').toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');

  await moveWithMenu(page, 'Physical server', 'AWS manages');
  await card(pool(page), 'Operating system').click();
  await scanBothThemes('a card selected');
  await page.getByRole('button', { name: 'Check answers' }).click();
  const max = rounds.fargate.cards.length;
  await expect(score(page)).toHaveText(`1 of ${max} correct. 1 wrong, ${max - 2} not placed.`);
  await scanBothThemes('checked');
});

test('at 360 px the zones stack under the card pool and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/quiz/responsibility');
  await openRound(page, 'ECS on Fargate');
  const poolBox = (await pool(page).boundingBox())!;
  const boxes = await Promise.all((['you', 'shared', 'aws'] as Owner[]).map(async (owner) => (await zone(page, owner).boundingBox())!));
  expect(boxes[0].y).toBeGreaterThanOrEqual(poolBox.y + poolBox.height);
  for (const [index, box] of boxes.entries()) {
    expect(box.x).toBeCloseTo(poolBox.x, 0);
    if (index > 0) expect(box.y).toBeGreaterThanOrEqual(boxes[index - 1].y + boxes[index - 1].height);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'the page must not scroll sideways at 360 px').toBeLessThanOrEqual(0);
});

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('press and hold drags a card into a zone without scrolling the page; a swipe scrolls; a tap selects', async ({ page, context }) => {
    test.slow(); // a long journey on a machine shared with other test runs
    await page.goto('/quiz/responsibility');
    await quizReady(page);
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });

    // Put the last pool card and the first zone in the middle of the screen, clear of the auto-scroll edges.
    const handle = card(pool(page), 'Containerized application');
    await zone(page, 'you').evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 330));
    const source = (await handle.boundingBox())!;
    const target = (await zone(page, 'you').boundingBox())!;
    const scrolledTo = await page.evaluate(() => window.scrollY);
    const start = { x: source.x + 40, y: source.y + 20 };
    await touch('touchStart', start.x, start.y);
    await expect(handle).toHaveAttribute('aria-pressed', 'true');
    await expect(handle).toHaveCSS('touch-action', 'none');
    const end = { x: target.x + target.width / 2, y: target.y + target.height / 2 };
    for (let step = 1; step <= 10; step += 1) await touch('touchMove', start.x + ((end.x - start.x) * step) / 10, start.y + ((end.y - start.y) * step) / 10);
    await expect(page.getByText('Containerized application is over the You manage zone.')).toBeAttached();
    await touch('touchEnd');
    await expect(card(zone(page, 'you'), 'Containerized application')).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolledTo);

    // A quick swipe that starts on a card scrolls the page instead of picking the card up.
    const other = (await card(pool(page), 'Operating system').boundingBox())!;
    await touch('touchStart', other.x + 30, other.y + 20);
    for (let step = 1; step <= 8; step += 1) await touch('touchMove', other.x + 30, other.y + 20 - step * 25);
    await touch('touchEnd');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolledTo);
    await expect(card(pool(page), 'Operating system')).not.toHaveAttribute('aria-pressed', 'true');

    // A tap selects; a second tap on a zone places the card.
    await card(pool(page), 'Operating system').tap();
    await page.getByRole('button', { name: 'Place “Operating system” here: You manage' }).tap();
    await expect(card(zone(page, 'you'), 'Operating system')).toBeVisible();
  });
});

test('the lesson embeds the quiz with the EC2 and Fargate rounds and links to the other rounds', async ({ page }) => {
  await page.goto('/lessons/shared-responsibility');
  const section = page.getByRole('tablist', { name: 'Quiz rounds' });
  await expect(section.getByRole('tab')).toHaveText(lessonRounds().map((round) => round.title));
  await expect(page.getByRole('heading', { level: 3, name: 'Docker on EC2' })).toBeVisible();
  await page.getByRole('link', { name: 'practice quiz page' }).click();
  await expect(page).toHaveURL('/quiz/responsibility');
  await expect(page.getByRole('tab')).toHaveText(allRounds().map((round) => round.title));
});

test('"Shared" means one thing on the zone, the practice page, the answer key and the lesson, and a layer wrongly put there says why', async ({ page }) => {
  await page.goto('/quiz/responsibility');
  await expect(page.getByText(SHARED_RULE).first(), 'the practice page states the rule').toBeVisible();
  await openRound(page, 'ECS on Fargate');
  await expect(zone(page, 'shared').getByText(ZONE_HINTS.shared, { exact: true })).toBeVisible();
  await page.getByText('Text version: the answer key').click();
  await expect(page.getByText(SHARED_RULE).nth(1), 'the answer key states the same rule').toBeVisible();

  // Network configuration: AWS attaches the task's interface, yet every network choice is the learner's.
  await moveWithMenu(page, 'Network configuration', 'Shared');
  await moveWithMenu(page, 'Storage, logging and monitoring plugins', 'Shared');
  await page.getByRole('button', { name: 'Check answers' }).click();
  const network = zone(page, 'shared').getByRole('listitem').filter({ hasText: 'Network configuration' });
  await expect(network).toContainText('Wrong: this belongs in “You manage”');
  await expect(network).toContainText(/Yours, not shared: .*AWS attaches each task’s network interface/);
  const plugins = zone(page, 'shared').getByRole('listitem').filter({ hasText: 'Storage, logging and monitoring plugins' });
  await expect(plugins).toContainText('Correct');

  await page.goto('/lessons/shared-responsibility');
  await expect(page.getByText(/What "shared" means\. A layer is shared when the work on it is split/)).toBeVisible();
});

test('the text version: the answer key behind a disclosure, and on its own in print', async ({ page }) => {
  await page.goto('/quiz/responsibility');
  const key = page.getByRole('table', { name: 'Answer key: who manages each layer, by service' });
  await expect(key).toBeHidden();
  await page.getByText('Text version: the answer key').click();
  await expect(key).toBeVisible();
  const osRow = key.getByRole('row', { name: /^Operating system/ });
  await expect(osRow.getByRole('cell')).toHaveText(['You', 'You', 'AWS', 'AWS', 'AWS']);
  await expect(
    key
      .getByRole('row', { name: /^Storage, logging and monitoring plugins/ })
      .getByRole('cell')
      .nth(2),
  ).toHaveText('Shared');
  // On a phone the table scrolls sideways inside its own focusable region, not the page.
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoAxeViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('tablist', { name: 'Quiz rounds' })).toBeHidden();
  await expect(page.getByRole('table', { name: /Answer key/ })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the answer key is shown instead of cards that cannot move', async ({ page }) => {
    await page.goto('/lessons/shared-responsibility');
    await expect(page.getByRole('table', { name: /Answer key/ })).toBeVisible();
    await expect(page.getByRole('table', { name: /Answer key/ }).getByRole('columnheader')).toHaveText([
      'Layer',
      ...lessonRounds().map((round) => round.title),
    ]);
    await expect(page.getByRole('button', { name: 'Check answers' })).toBeHidden();
    await expect(page.getByText('Text version: the answer key')).toBeHidden();
  });
});
