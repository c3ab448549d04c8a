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
        // Read in one go: a drawing may be made (or redrawn) while the test looks, and print shows the flow meanwhile.
        // While mermaid swaps a drawing in (its svg placed, not laid out yet) neither shows for a moment: wait for the
        // section to settle, as a reader's print dialog does, then check what prints.
        const read = () =>
          section.evaluate((root) => {
            const shown = (element: Element | null) => (element && element.getClientRects().length > 0 ? element.getBoundingClientRect() : null);
            const rect = (box: DOMRect | null) => (box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null);
            return {
              title: root.querySelector('h2, h3')?.textContent ?? '',
              drawing: rect(shown(root.querySelector('.dg-canvas svg'))),
              flow: rect(shown(root.querySelector('.dg-flow'))),
              flowBoxes: root.querySelectorAll('.dg-flow [data-node-id]').length,
              text: rect(shown(root.querySelector('[data-dg-text]'))),
            };
          });
        let printed = await read();
        await expect
          .poll(
            async () => {
              printed = await read();
              return printed.drawing ?? printed.flow;
            },
            { message: `${printed.title}: a drawing or its flow prints` },
          )
          .not.toBeNull();
        const where = `${printed.title} at ${device.viewport.width} px`;
        const picture = printed.drawing ?? printed.flow;
        expect(picture, `${where}: a drawing or its flow prints`).not.toBeNull();
        expect(printed.drawing && printed.flow, `${where}: one picture, not two`).toBeNull();
        if (!printed.drawing) expect(printed.flowBoxes, `${where}: the flow has its boxes`).toBeGreaterThan(0);
        expect(picture!.height, `${where}: the picture has a size`).toBeGreaterThan(50);
        expect(picture!.x + picture!.width, `${where}: within the page`).toBeLessThanOrEqual(width + 0.5);
        expect(printed.text, `${where}: the text version prints`).not.toBeNull();
        expect(printed.text!.y, `${where}: the picture comes before the text`).toBeGreaterThan(picture!.y);
      }
      await context.close();
    }
  });
}
