/**
 * Resume at the section: a learner who stops partway through a lesson finds home's Continue button opening that
 * lesson at the section they were reading, and it follows them as they read on.
 */
import { expect, test, type Page } from '@playwright/test';

const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('containers-on-aws:learner') ?? '{}').widgets?.reading ?? {});

async function readTo(page: Page, heading: string) {
  await page
    .getByRole('heading', { name: heading, level: 2, exact: true })
    .evaluate((element) => element.scrollIntoView({ block: 'start', behavior: 'instant' }));
}

test('home continues the lesson at the section where the learner stopped reading', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Start with lesson 1, Ways to run containers on AWS' })).toHaveAttribute('href', '/lessons/container-options');

  await page.goto('/lessons/container-options');
  const sections = await page
    .locator('article h2[id]')
    .evaluateAll((headings) => headings.map((heading) => ({ id: heading.id, text: heading.textContent!.trim() })));
  const stop = sections[2];
  await readTo(page, stop.text);
  await expect.poll(() => stored(page)).toMatchObject({ 'container-options': { section: stop.id } });

  await page.goto('/');
  const next = page.getByRole('link', { name: `Continue: lesson 1, Ways to run containers on AWS, at “${stop.text}”` });
  await expect(next).toHaveAttribute('href', `/lessons/container-options#${stop.id}`);
  await next.click();
  await expect(page).toHaveURL(new RegExp(`/lessons/container-options#${stop.id}$`));
  await expect(page.getByRole('heading', { name: stop.text, level: 2, exact: true })).toBeInViewport();

  // Reading on moves the place with the reader.
  const later = sections[4];
  await readTo(page, later.text);
  await expect.poll(() => stored(page)).toMatchObject({ 'container-options': { section: later.id } });
  await page.goto('/');
  await expect(page.getByRole('link', { name: new RegExp(`, at “${later.text}”$`) })).toHaveAttribute('href', `/lessons/container-options#${later.id}`);
});
