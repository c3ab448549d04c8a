/**
 * Finding things: the search dialog (shortcuts, typo tolerance, keyboard, focus), the /search page without
 * JavaScript, glossary term popovers in lessons, the phone menu, the lesson's "On this page" bar and its
 * current-section mark. One page load per journey; one axe scan per new state.
 */
import { expect, test, type Page } from '@playwright/test';
import { publicRoutes } from '../lib/routes';
import { expectNoAxeViolations } from './support';

/** The header's search button is a link until the page's script turns it into a button: that means hydrated. */
async function searchButton(page: Page) {
  const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
  await expect(button).toBeVisible();
  return button;
}

test('search: Ctrl+K and "/" open it, a typo still finds Fargate, Escape gives focus back, Enter opens a section', async ({ page }) => {
  test.slow(); // four states, an axe scan, a page change
  await page.goto('/');
  const button = await searchButton(page);
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  const box = dialog.getByRole('combobox', { name: 'Search the course' });

  await test.step('Ctrl+K opens the dialog; "fargte" lists AWS Fargate; axe is clean', async () => {
    await button.focus();
    await page.keyboard.press('Control+k');
    await expect(dialog).toBeVisible();
    await expect(box).toBeFocused();
    await box.fill('fargte');
    await expect(dialog.getByRole('status')).toHaveText(/^\d+ results?$/);
    await expect(dialog.getByRole('group', { name: 'Glossary' }).getByRole('option', { name: /^AWS Fargate/ })).toBeVisible();
    await expect(dialog.getByRole('option', { selected: true })).toHaveCount(1);
    await expectNoAxeViolations(page);
  });

  await test.step('Escape closes it and puts focus back on the search button', async () => {
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  await test.step('"/" opens it again; "execution role", arrows, Enter land on the section in the application-security lesson', async () => {
    await page.keyboard.press('/');
    await box.fill('execution role');
    const first = dialog.getByRole('option').first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await box.press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'false');
    await box.press('ArrowUp');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/lessons\/ecs-security-application#three-roles-three-jobs$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Three roles, three jobs' })).toBeInViewport();
  });
});

test('without JavaScript, the search button leads to /search, whose form returns server-rendered results', async ({ browser, page: withScripts }) => {
  test.slow(); // two browser contexts and an axe scan
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search$/);
  await page.getByRole('searchbox', { name: /Search the lessons/ }).fill('task execution role');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/search\?q=task\+execution\+role$/);
  await expect(page.getByText(/^\d+ results? for “task execution role”\.$/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Glossary' }).getByRole('link', { name: 'Task execution role' })).toHaveAttribute(
    'href',
    '/glossary#task-execution-role',
  );
  await context.close();
  // axe needs scripts in the page: the same results page, scanned with them on.
  await withScripts.goto('/search?q=task+execution+role');
  await expectNoAxeViolations(withScripts);
});

test('the contents mark the section being read; a glossary term shows its definition on keyboard focus, Escape hides it', async ({ page }) => {
  test.slow(); // a long lesson and a full axe scan of it
  await page.goto('/lessons/ecs-security-application');
  await searchButton(page);
  const term = page.getByRole('main').getByRole('link', { name: 'ECS container agent' }).first();

  await test.step('after scrolling to a section, "On this page" marks it as the current one', async () => {
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.locator('[aria-current="location"]')).toHaveCount(0);
    await page.getByRole('heading', { level: 2, name: 'Debug with ECS Exec, not SSH' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await expect(toc.getByRole('link', { name: 'Debug with ECS Exec, not SSH' })).toHaveAttribute('aria-current', 'location');
    await expect(toc.locator('[aria-current="location"]')).toHaveCount(1);
    await page.keyboard.press('End'); // a jump that lands with no heading on screen
    await expect(toc.getByRole('link', { name: 'Check yourself' })).toHaveAttribute('aria-current', 'location');
  });
  await test.step('focus shows the definition, which is also the link’s description; axe is clean', async () => {
    await term.focus();
    const definition = page.getByText('The software on each EC2 or external host that registers', { exact: false }).first();
    await expect(definition).toBeVisible();
    await expect(term).toHaveAccessibleDescription(/^Amazon ECS container agent.*registers the host with an ECS cluster/);
    await expect(term).toHaveAttribute('href', '/glossary#container-agent');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(definition).toBeHidden();
    await expect(term).toBeFocused();
  });
});

test('on a 360 px phone the menu reaches every page, and a lesson keeps "On this page" and "Top" on screen and ends with practice and the next lesson', async ({
  page,
}) => {
  test.slow(); // two pages and an axe scan
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/');
  await searchButton(page);
  const menu = page.getByRole('navigation', { name: 'Menu' });

  await test.step('the menu lists every page; axe is clean with it open; Escape closes it', async () => {
    await expect(menu).toBeHidden();
    await page.getByRole('banner').locator('summary', { hasText: 'Menu' }).click();
    await expect(menu).toBeVisible();
    for (const { path } of publicRoutes()) await expect(menu.locator(`a[href="${path}"]`), `the menu links ${path}`).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
  });

  await test.step('a lesson from the menu: the bar stays under the header to the end of the lesson', async () => {
    await page.getByRole('banner').locator('summary', { hasText: 'Menu' }).click();
    await menu.getByRole('link', { name: 'Securing ECS tasks and containers' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Securing ECS tasks and containers');
    const lessonsNav = page.getByRole('navigation', { name: 'Lessons' });
    await lessonsNav.scrollIntoViewIfNeeded();
    await expect(lessonsNav.getByRole('link', { name: /Tasks and containers checklist/ })).toHaveAttribute('href', '/checklists#application');
    await expect(lessonsNav.getByRole('link', { name: /Next lesson/ })).toBeVisible();
    const onThisPage = page.locator('summary', { hasText: 'On this page' });
    await expect(onThisPage).toBeInViewport();
    await onThisPage.click();
    await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Recap' })).toBeInViewport();
    await page.getByRole('link', { name: 'Back to Top' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  });
});
