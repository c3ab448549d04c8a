/**
 * Small screens and first screens (issue 30 item 7): the chooser's first phone screen, a selected quiz card and the
 * way to its zone, the home page's button, focus after "Check answers" and after a search result, and the
 * checklists' history labels.
 */
import { expect, test, type Page } from '@playwright/test';
import { checklistContent } from '../content/checklists';
import { getLessons } from '../lib/content/lessons';
import { reachWidget } from './support';

const hydrated = (page: Page) => expect(page.getByRole('banner').getByRole('button', { name: 'Search' })).toBeVisible();

test('on a 360 × 780 phone the chooser’s first screen shows the first question and its first option above the sticky buttons', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/chooser');
  const question = page.getByRole('group', { name: /^Question 1 of/ });
  await expect(question).toBeVisible();
  const legend = question.locator('legend');
  const first = question.getByRole('radio').first();
  const next = page.getByRole('button', { name: 'Next' });
  await expect(legend).toBeInViewport({ ratio: 1 });
  const nextTop = (await next.boundingBox())!.y;
  const firstOption = (await first.locator('xpath=ancestor::label').boundingBox())!;
  expect(firstOption.y + firstOption.height).toBeLessThanOrEqual(nextTop);
});

test('on a phone a selected quiz card keeps its label readable, and “Choose its zone” brings a Place button into view', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/quiz/responsibility');
  await hydrated(page);
  const pool = page.getByRole('region', { name: /^Cards to sort/ });
  const handle = pool.getByRole('listitem').first().getByRole('button').first();
  await handle.tap();
  await expect(handle).toContainText('Selected');
  const { label, button } = await handle.evaluate((element) => {
    const text = element.querySelector('span.min-w-0 > span') as HTMLElement;
    return { label: text.getBoundingClientRect().width, button: element.getBoundingClientRect().width };
  });
  expect(label).toBeGreaterThan(button * 0.6);
  await pool.getByRole('button', { name: /^Choose its zone/ }).tap();
  const place = page.getByRole('button', { name: /^Place “.*” here/ }).first();
  await expect(place).toBeFocused();
  await expect(place).toBeInViewport();
  await context.close();
});

test('the home page’s button reads “Continue: lesson 2” with no trailing comma', async ({ page }) => {
  const [first, second] = getLessons();
  await page.goto(`/lessons/${first.slug}`);
  // "Mark as done" is an island at the lesson's foot: reached first, so the click is not made while it swaps in.
  await reachWidget(page.getByRole('button', { name: 'Mark as done' }));
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page.getByRole('button', { name: 'Mark as done' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/');
  const next = page.getByRole('link', { name: `Continue: lesson 2, ${second.title}` });
  await expect(next).toBeVisible();
  expect(await next.evaluate((link) => link.firstElementChild!.textContent)).toBe('Continue: lesson 2');
});

test('after “Check answers” at the bottom of the window, the focused button and its ring are fully on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/quiz/responsibility');
  await hydrated(page);
  // One card placed (select it, then "Place … here"), so the round can be checked; it is not all right, so Try again follows.
  await page
    .getByRole('region', { name: /^Cards to sort/ })
    .getByRole('listitem')
    .first()
    .getByRole('button')
    .first()
    .click();
  await page
    .getByRole('button', { name: /^Place “.*” here/ })
    .first()
    .click();
  const check = page.getByRole('button', { name: 'Check answers' });
  await check.evaluate((button) => button.scrollIntoView({ block: 'end' }));
  await check.click();
  const again = page.getByRole('button', { name: 'Try again' });
  await expect(again).toBeFocused();
  const box = (await again.boundingBox())!;
  // The ring: a 3 px outline 2 px outside the button.
  expect(box.y + box.height + 5).toBeLessThanOrEqual(800);
  expect(box.y - 5).toBeGreaterThanOrEqual(0);
});

test('choosing a search result puts focus on the section heading it opens', async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  await page.keyboard.press('/');
  const box = page.getByRole('dialog', { name: 'Search the course' }).getByRole('combobox', { name: 'Search the course' });
  await box.fill('execution role');
  await expect(page.getByRole('dialog').getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/lessons\/ecs-security-application#three-roles-three-jobs$/);
  const heading = page.getByRole('heading', { level: 2, name: 'Three roles, three jobs' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
});

test('only checklist items with a dated change offer “What changed since 2023”', async ({ page }) => {
  const items = checklistContent.lists.flatMap((list) => list.items);
  const changed = items.filter((item) => item.updated).length;
  const unchangedChallenges = items.filter((item) => item.challenge && !item.updated).length;
  expect(unchangedChallenges).toBeGreaterThan(0);
  await page.goto('/checklists');
  await expect(page.getByText('What changed since 2023', { exact: true })).toHaveCount(changed);
  await expect(page.getByText('The challenge from 2023', { exact: true })).toHaveCount(unchangedChallenges);
  const telemetry = page.getByRole('listitem').filter({ hasText: 'The challenge from 2023' }).first();
  await telemetry.getByText('The challenge from 2023', { exact: true }).click();
  await expect(telemetry.getByText(/^Still true/)).toBeVisible();
});

// One load per lesson, on a phone as Chromium emulates one (mobile viewport, touch): nothing makes the page wider than
// the screen. In mobile emulation a too-wide element does not scroll sideways: the browser widens the layout viewport to
// fit it, so the whole page is laid out wider than the phone and the bottom sheets (the glossary's popover) sit below
// the visible screen (the task-definition lab's finding paths made fargate-security and ecs-security-application
// 436 px wide until 78f50b9). Measured hydrated and again at the page's end, so the prose, the server copies of the
// widgets and the widgets near the end are all laid out. An element may pass the screen's right edge only inside a box
// that clips it or that scrolls sideways and is a labelled region (a code block or table a keyboard user can reach
// and scroll); a failure names the elements past the edge.
const PHONE = { width: 360, height: 780 };

const tooWide = (page: Page) =>
  page.evaluate((screenWidth) => {
    const describe = (element: Element) => {
      const box = element.getBoundingClientRect();
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${typeof element.className === 'string' && element.className ? `.${element.className.split(' ').slice(0, 3).join('.')}` : ''}`;
      return `${name} “${(element.textContent ?? '').trim().slice(0, 40)}” (${Math.round(box.left)} to ${Math.round(box.right)} px)`;
    };
    /** The nearest ancestor that scrolls or clips sideways, or null. */
    const container = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement)
        if (getComputedStyle(parent).overflowX !== 'visible') return parent;
      return null;
    };
    const fixed = (element: Element) => {
      for (let node: Element | null = element; node; node = node.parentElement) if (getComputedStyle(node).position === 'fixed') return true;
      return false;
    };
    const labelledRegion = (box: Element) =>
      box.getAttribute('role') === 'region' && Boolean(box.getAttribute('aria-label') || box.getAttribute('aria-labelledby'));
    const over = [...document.querySelectorAll('body *')].filter((element) => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right <= screenWidth + 0.5) return false;
      if (fixed(element)) return false; // a fixed element never widens the page
      const outer = container(element);
      if (!outer) return true;
      const style = getComputedStyle(outer);
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
      return scrolls && !labelledRegion(outer);
    });
    return {
      innerWidth: window.innerWidth,
      scrollWidth: document.documentElement.scrollWidth,
      over: over.slice(0, 6).map(describe),
    };
  }, PHONE.width);

for (const lesson of getLessons()) {
  test(`on a 360 × 780 phone (mobile emulation, touch) /lessons/${lesson.slug} is no wider than the screen`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`/lessons/${lesson.slug}`);
    await hydrated(page);
    for (const moment of ['after load', 'at the end of the page']) {
      if (moment !== 'after load') {
        await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
        await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeInViewport();
      }
      const measured = await tooWide(page);
      const why = `${moment}: wider than the ${PHONE.width} px screen because of: ${measured.over.join('; ') || '(nothing found)'}`;
      expect(measured.innerWidth, why).toBe(PHONE.width);
      expect(measured.scrollWidth, why).toBeLessThanOrEqual(PHONE.width);
      expect(measured.over, why).toEqual([]);
    }
    await context.close();
  });
}
