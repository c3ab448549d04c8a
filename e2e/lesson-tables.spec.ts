/**
 * Lesson tables (issue 30): on a phone each row is a card with every cell under its column's header, at laptop width
 * the table; at both widths every table fits its frame with no word broken mid-word, and the cards are still a table
 * to a screen reader, each cell read with its column header.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { getLessons, lessonFilePath } from '../lib/content/lessons';

// Every lesson whose MDX has a table row (a line starting and ending with a pipe).
const lessonsWithTables = getLessons().filter((lesson) => /^\|.*\|\s*$/m.test(fs.readFileSync(lessonFilePath(lesson.slug), 'utf8')));

/**
 * Every table's width against its frame, and each cell's text against its cell with no mid-word breaking at all
 * (overflow-wrap and word-break forced to normal inside tables): a cell that fits only by breaking a word shows up as
 * a cell whose text is wider than the cell. Also reports any part of a table whose own style breaks words anywhere.
 */
const measureTables = (page: Page) =>
  page.evaluate(() => {
    const breaksAnywhere = [...document.querySelectorAll('.prose-lesson .table-scroll, .prose-lesson .table-scroll *')]
      .filter((element) => {
        const style = getComputedStyle(element);
        return style.overflowWrap === 'anywhere' || style.wordBreak === 'break-all' || style.wordBreak === 'break-word';
      })
      .map((element) => `${element.tagName.toLowerCase()} “${(element.textContent ?? '').slice(0, 30)}”`);
    const strict = document.createElement('style');
    strict.textContent = '.prose-lesson .table-scroll, .prose-lesson .table-scroll * { overflow-wrap: normal !important; word-break: normal !important }';
    document.head.append(strict);
    const problems: string[] = [];
    for (const frame of document.querySelectorAll<HTMLElement>('.prose-lesson .table-scroll')) {
      const table = frame.querySelector('table')!;
      if (table.getBoundingClientRect().width > frame.clientWidth + 0.5)
        problems.push(`${frame.getAttribute('aria-label')}: ${Math.round(table.getBoundingClientRect().width)} px in a ${frame.clientWidth} px frame`);
      // Every cell shown (on a phone the header row is for screen readers only, clipped to nothing).
      const shown = [...table.querySelectorAll<HTMLElement>('th, td')].filter((cell) => {
        const head = cell.closest('thead');
        return !head || head.getBoundingClientRect().width > 1;
      });
      for (const cell of shown)
        if (cell.scrollWidth > cell.clientWidth + 1)
          problems.push(`cell “${(cell.textContent ?? '').slice(0, 30)}”: ${cell.scrollWidth} px of text in ${cell.clientWidth}`);
    }
    strict.remove();
    return { tables: document.querySelectorAll('.prose-lesson .table-scroll table').length, problems, breaksAnywhere: breaksAnywhere.slice(0, 5) };
  });

for (const lesson of lessonsWithTables) {
  test(`/lessons/${lesson.slug}: every table fits its frame at 360 and 1280 px with no word broken mid-word`, async ({ browser }) => {
    for (const { width, height, mobile } of [
      { width: 360, height: 780, mobile: true },
      { width: 1280, height: 800, mobile: false },
    ]) {
      const context = await browser.newContext({ viewport: { width, height }, isMobile: mobile, hasTouch: mobile });
      const page = await context.newPage();
      await page.goto(`/lessons/${lesson.slug}`);
      const measured = await measureTables(page);
      expect(measured.tables, `${width} px`).toBeGreaterThan(0);
      expect(measured.breaksAnywhere, `${width} px: table text that may break anywhere`).toEqual([]);
      expect(measured.problems, `${width} px`).toEqual([]);
      await context.close();
    }
  });
}

test('on a 360 px phone lesson 7’s comparison table is one card per target, each value under its column’s header, and still a table to a screen reader', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/lessons/deployment-targets');
  const frame = page.getByRole('region', { name: 'Table: Target, Largest unit, Watch out for' });
  const table = frame.getByRole('table');
  await expect(table).toBeVisible();
  // The header row is there for screen readers (off screen), and every body cell is read with its column header.
  await expect(table.getByRole('columnheader')).toHaveText(['Target', 'Largest unit', 'Watch out for']);
  const lambda = table.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Lambda', exact: true }) });
  await expect(lambda.getByRole('cell')).toHaveCount(3);
  await expect(table).toMatchAriaSnapshot(`
    - table:
      - rowgroup:
        - row "Target Largest unit Watch out for":
          - columnheader "Target"
          - columnheader "Largest unit"
          - columnheader "Watch out for"
      - rowgroup:
        - row /^Lambda /:
          - cell "Lambda"
          - cell /^10,240 MB memory/
          - cell /^15-minute cap per invocation/
  `);
  // Playwright computes roles from the markup; Chromium's own accessibility tree (what a screen reader gets) must
  // keep the table too, although its parts are display: block on a phone.
  const cdp = await context.newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value?: string }; name?: { value?: string } }[] };
  const chromium = (role: string, name?: string) =>
    nodes.filter((node) => node.role?.value === role && (name === undefined || node.name?.value === name)).length;
  expect(chromium('table'), "tables in Chromium's accessibility tree").toBeGreaterThan(0);
  expect(chromium('columnheader', 'Largest unit')).toBeGreaterThan(0);
  expect(chromium('cell', 'Lambda')).toBe(1);
  // On screen: a card per row, the labels drawn beside the values (not read out a second time: the cell's name above is
  // its value alone).
  const cells = lambda.getByRole('cell');
  const [first, second, third] = await Promise.all([0, 1, 2].map((index) => cells.nth(index).boundingBox()));
  expect(second!.y).toBeGreaterThan(first!.y + first!.height - 1); // stacked, not side by side
  expect(third!.y).toBeGreaterThan(second!.y + second!.height - 1);
  expect(second!.width).toBeGreaterThan(250);
  const label = await cells.nth(1).evaluate((cell) => getComputedStyle(cell, '::before').content);
  expect(label).toContain('Largest unit');
  await expect(table.getByRole('columnheader').first()).not.toBeInViewport(); // the header row is not shown on a card
  await context.close();
});

test('at 1280 px lesson 7’s comparison table is a table with its header row on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/lessons/deployment-targets');
  const table = page.getByRole('region', { name: 'Table: Target, Largest unit, Watch out for' }).getByRole('table');
  await table.scrollIntoViewIfNeeded();
  const header = table.getByRole('columnheader', { name: 'Largest unit' });
  await expect(header).toBeInViewport();
  const lambda = table.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Lambda', exact: true }) });
  const [first, second] = await Promise.all([0, 1].map((index) => lambda.getByRole('cell').nth(index).boundingBox()));
  expect(second!.x).toBeGreaterThan(first!.x + first!.width - 1); // side by side
  expect(Math.abs(second!.y - first!.y)).toBeLessThan(2);
});
