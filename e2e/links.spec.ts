import { expect, test } from '@playwright/test';
import { getLessons } from '../lib/content/lessons';

const lessons = getLessons();

// One test for every lesson, so that each linked page is fetched once for the whole course (every lesson links the
// glossary and its neighbours) instead of once per lesson; each lesson is its own step and names itself on failure.
test('every internal link and anchor on every lesson resolves', async ({ page, request }) => {
  test.slow(); // every lesson, and every page they link to
  const pageIds = new Map<string, Set<string>>();
  const idsOf = async (path: string, from: string) => {
    if (!pageIds.has(path)) {
      const response = await request.get(path);
      expect(response.status(), `${path} linked from ${from}`).toBe(200);
      const html = await response.text();
      pageIds.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1])));
    }
    return pageIds.get(path)!;
  };

  for (const lesson of lessons) {
    await test.step(`every internal link and anchor on "${lesson.slug}" resolves`, async () => {
      const from = `/lessons/${lesson.slug}`;
      await page.goto(from);
      const hrefs = await page.locator('main a[href^="/"], main a[href^="#"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.length, `links on ${from}`).toBeGreaterThan(0);
      for (const href of new Set(hrefs)) {
        const [rawPath, anchor] = href.split('#');
        const path = rawPath || from;
        const ids = await idsOf(path, from);
        if (anchor) expect(ids.has(decodeURIComponent(anchor)), `#${anchor} on ${path} (linked from ${from})`).toBe(true);
      }
    });
  }
});
