/**
 * The glossary leads back into the lessons (issue 30 item 6): every term links the lesson section that teaches it,
 * a filter narrows the terms, /glossary#term jumps without animating, and in a lesson a tapped term keeps the
 * learner in the lesson while its popover offers "Open in glossary".
 */
import { expect, test } from '@playwright/test';
import { getGlossary } from '../lib/content/glossary';
import { expectNoAxeViolations } from './support';

const entries = getGlossary();

test('every glossary term links a lesson section that exists, and following one lands on its heading', async ({ page, request }) => {
  test.slow(); // seven lesson pages fetched to check the anchors
  await page.goto('/glossary');
  const targets = new Map<string, string>();
  for (const entry of entries) {
    const term = page.locator(`[data-glossary-entry="${entry.id}"]`);
    const taught = term.getByRole('link', { name: /^Lesson \d+ \(/ });
    await expect(taught, `${entry.term} links the section that teaches it`).toHaveCount(1);
    const href = (await taught.getAttribute('href'))!;
    expect(href).toBe(entry.lesson);
    for (const link of await term.locator('a[href^="/lessons/"]').all()) targets.set((await link.getAttribute('href'))!, entry.term);
  }
  // Every linked section exists: one fetch per lesson, each anchor an id on that page.
  const bySlug = new Map<string, string[]>();
  for (const href of targets.keys()) {
    const [path, anchor] = href.split('#');
    bySlug.set(path, [...(bySlug.get(path) ?? []), anchor]);
  }
  for (const [path, anchors] of bySlug) {
    const html = await (await request.get(path)).text();
    for (const anchor of anchors) expect(html, `${path}#${anchor}`).toContain(`id="${anchor}"`);
  }
  const ecr = entries.find((entry) => entry.id === 'ecr')!;
  await page
    .locator('[data-glossary-entry="ecr"]')
    .getByRole('link', { name: /^Lesson \d+ \(/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`${ecr.lesson.replace(/[/#]/g, (c) => `\\${c}`)}$`));
  await expect(page.locator(`[id="${ecr.lesson.split('#')[1]}"]`)).toBeInViewport();
});

test('the filter narrows the terms and says how many are left; axe is clean', async ({ page }) => {
  await page.goto('/glossary');
  const filter = page.getByRole('searchbox', { name: 'Filter terms' });
  await expect(filter).toBeVisible();
  await filter.fill('execution role');
  await expect(page.getByRole('status')).toHaveText(`1 of ${entries.length} terms`);
  await expect(page.getByRole('term').filter({ hasText: /^Task execution role$/ })).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: /^Amazon ECR$/ })).toBeHidden();
  await filter.fill('alb');
  await expect(page.getByRole('term').filter({ hasText: /^Application Load Balancer$/ })).toBeVisible();
  await filter.fill('zzz');
  await expect(page.getByRole('status')).toHaveText('No term matches.');
  await filter.fill('');
  await expect(page.getByRole('status')).toHaveText(`${entries.length} terms`);
  await expect(page.getByRole('term')).toHaveCount(entries.length);
  await expectNoAxeViolations(page);
});

test('/glossary#term jumps straight to the term instead of animating the scroll', async ({ page }) => {
  const last = entries.at(-1)!;
  await page.goto(`/glossary#${last.id}`);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  await expect(page.locator(`[id="${last.id}"]`)).toBeInViewport();
});

test('on a phone, tapping a term shows its definition and a second tap closes it, in the lesson; the popover opens the glossary', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/lessons/container-options');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Search' })).toBeVisible(); // hydrated
  const term = page
    .getByRole('main')
    .locator('.term')
    .filter({ has: page.getByRole('link', { name: 'Auto Scaling group' }) })
    .first();
  const link = term.getByRole('link', { name: 'Auto Scaling group' });
  const definition = term.getByText('kept at a desired size', { exact: false });
  await link.scrollIntoViewIfNeeded();
  await link.tap();
  await expect(definition).toBeVisible();
  await expect(page).toHaveURL(/\/lessons\/container-options$/);
  await link.tap();
  await expect(definition).toBeHidden();
  await expect(page).toHaveURL(/\/lessons\/container-options$/);
  await link.tap();
  await term.getByRole('link', { name: 'Open in glossary' }).tap();
  await expect(page).toHaveURL(/\/glossary#auto-scaling-group$/);
  await expect(page.locator('[id="auto-scaling-group"]')).toBeInViewport();
  await context.close();
});
