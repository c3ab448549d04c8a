import { expect, test } from '@playwright/test';
import { getLessons } from '../lib/content/lessons';

const lessons = getLessons();

test('home shows the course map with every lesson in order', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Deploying Containers on AWS' })).toBeVisible();
  const map = page.getByRole('region', { name: 'Course map' });
  await expect(map.getByRole('heading', { level: 3 })).toHaveText(lessons.map((lesson) => lesson.title));
  for (const lesson of lessons) {
    const item = map.getByRole('listitem').filter({ has: page.getByRole('heading', { name: lesson.title }) });
    await expect(item.getByText(lesson.summary)).toBeVisible();
    await expect(item.getByText(`${lesson.minutes} min`)).toBeVisible();
  }
});

test('the start button opens lesson 1', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start with lesson 1' }).click();
  await expect(page).toHaveURL(`/lessons/${lessons[0].slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessons[0].title);
});

test('sitemap.xml and robots.txt list the course', async ({ request }) => {
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  for (const lesson of lessons) expect(xml).toContain(`/lessons/${lesson.slug}</loc>`);
  // Each quiz round's own page (reached from /quiz/responsibility, not the menu) is listed too.
  expect(xml).toContain('/quiz/responsibility/fargate</loc>');
  const robots = await request.get('/robots.txt');
  expect(await robots.text()).toContain('Sitemap:');
});
