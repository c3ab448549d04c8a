/**
 * On paper (issue 30 item 8): the check-up's answers come as a key after the last question, the chooser prints its
 * questions with the answers so far, a diagram prints its drawing with its text version, and the longest lesson
 * prints in far fewer pages than the 38 it took with the chooser's reference tables in it.
 */
import { expect, test } from '@playwright/test';
import { getChooserData } from '../lib/chooser/load';
import { getLessons } from '../lib/content/lessons';
import { encodeAnswers } from '../lib/chooser/url';

/** Pages in a PDF: one "/Type /Page" object per page (not "/Pages"). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

test('print: the check-up lists its questions first and then the answers, as an answer key', async ({ page }) => {
  await page.goto('/lessons/launch-types');
  await page.emulateMedia({ media: 'print' });
  const text = page.locator('[data-check-up] [data-checkup-part="text"]');
  const questions = text.locator('ol').first().locator(':scope > li');
  const key = text.getByRole('region', { name: 'Answer key' });
  await expect(key).toBeVisible();
  const count = await questions.count();
  expect(count).toBeGreaterThan(2);
  await expect(key.getByRole('listitem').filter({ hasText: /^Question \d+/ })).toHaveCount(count);
  // No answer under any question; the key starts below the last one.
  for (const question of await questions.all()) await expect(question.getByText('Answer:', { exact: false })).toBeHidden();
  const lastBottom = (await questions.last().boundingBox())!;
  const keyTop = (await key.boundingBox())!;
  expect(keyTop.y).toBeGreaterThanOrEqual(lastBottom.y + lastBottom.height);
});

test('print: the chooser prints every question with the answers so far', async ({ page }) => {
  const data = getChooserData();
  await page.goto(`/chooser?${encodeAnswers({ workload: 'batch', traffic: 'idle' }, data.questions)}`);
  await expect(page.getByRole('group', { name: /^Question \d+ of/ })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const printed = page.getByRole('region', { name: 'Questions and your answers' });
  await expect(printed).toBeVisible();
  await expect(printed.getByRole('listitem')).toHaveCount(data.questions.length);
  await expect(printed.getByRole('listitem').first()).toContainText(data.questions[0].prompt);
  await expect(printed.getByRole('listitem').first()).toContainText('Your answer: Jobs that run longer than 15 minutes');
  await expect(printed.getByRole('listitem').nth(2)).toContainText('Your answer: Not answered');
  await expect(page.getByRole('form', { name: 'Questions about your workload' })).toBeHidden();
});

test('print: a diagram prints its drawing, within the page, and its text version', async ({ page }) => {
  await page.goto('/lessons/launch-types');
  const diagram = page.locator('.dg-root').first();
  await diagram.scrollIntoViewIfNeeded();
  const drawing = diagram.locator('.dg-canvas svg');
  await expect(drawing).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(drawing).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  const box = (await drawing.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  await expect(diagram.locator('[data-dg-text]')).toBeVisible();
  await expect(diagram.getByRole('group').first()).toBeHidden(); // the view switch stays on screen
});

test('print: lesson 7 prints in at most 24 A4 pages (38 before), with a note where the chooser’s reference was', async ({ page }) => {
  test.slow(); // a long PDF
  await page.goto('/lessons/deployment-targets');
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pageCount(pdf);
  expect(pages).toBeGreaterThan(5);
  expect(pages).toBeLessThanOrEqual(24);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('The comparison of every target and the text version of the chooser’s rules print from the chooser page')).toBeVisible();
});

// A diagram is drawn only once it nears the screen, and never on a phone (the flow outline shows there): printed
// straight after load, each diagram still shows a picture of the architecture, its drawing where one was made, else
// its flow outline (server-rendered), always above its text version, within the page's width.
const lessonsWithDiagrams = getLessons().filter((lesson) => lesson.widgets.some((widget) => /Diagram$/.test(widget)));

for (const lesson of lessonsWithDiagrams) {
  test(`print: /lessons/${lesson.slug} printed straight after load shows a picture of every diagram, on a laptop and a phone`, async ({ browser }) => {
    for (const device of [{ viewport: { width: 1280, height: 800 } }, { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true }]) {
      const context = await browser.newContext(device);
      const page = await context.newPage();
      await page.goto(`/lessons/${lesson.slug}`);
      await expect(page.getByRole('banner').getByRole('button', { name: 'Search' })).toBeVisible(); // hydrated
      await page.emulateMedia({ media: 'print' });
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      const sections = page.locator('section.dg-root');
      expect(await sections.count()).toBeGreaterThan(0);
      for (const section of await sections.all()) {
        const title = await section.getByRole('heading').first().textContent();
        const drawing = section.locator('.dg-canvas svg');
        const flow = section.locator('.dg-flow');
        const picture = (await drawing.isVisible()) ? drawing : flow;
        await expect(picture, `${title} at ${device.viewport.width} px: a drawing or its flow prints`).toBeVisible();
        if (picture === flow) await expect(flow.getByRole('button').first()).toBeVisible();
        const box = (await picture.boundingBox())!;
        expect(box.height, `${title}: the picture has a size`).toBeGreaterThan(50);
        expect(box.x + box.width, `${title}: within the page`).toBeLessThanOrEqual(width + 0.5);
        const text = section.locator('[data-dg-text]');
        await expect(text).toBeVisible();
        expect((await text.boundingBox())!.y, `${title}: the picture comes before the text`).toBeGreaterThan(box.y);
        // Never both: the drawing where there is one, else the flow.
        expect((await drawing.isVisible()) && (await flow.isVisible()), `${title}: one picture, not two`).toBe(false);
      }
      await context.close();
    }
  });
}
