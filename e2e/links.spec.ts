import { expect, test } from '@playwright/test';
import { getLessons } from '../lib/content/lessons';

const lessons = getLessons();

for (const lesson of lessons) {
  test(`every internal link and anchor on "${lesson.slug}" resolves`, async ({ page, request }) => {
    await page.goto(`/lessons/${lesson.slug}`);
    const hrefs = await page.locator('main a[href^="/"], main a[href^="#"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);

    const pageIds = new Map<string, Set<string>>();
    const idsOf = async (path: string) => {
      if (!pageIds.has(path)) {
        const response = await request.get(path);
        expect(response.status(), `${path} linked from /lessons/${lesson.slug}`).toBe(200);
        const html = await response.text();
        pageIds.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1])));
      }
      return pageIds.get(path)!;
    };

    for (const href of new Set(hrefs)) {
      const [rawPath, anchor] = href.split('#');
      const path = rawPath || `/lessons/${lesson.slug}`;
      const ids = await idsOf(path);
      if (anchor) expect(ids.has(decodeURIComponent(anchor)), `#${anchor} on ${path} (linked from /lessons/${lesson.slug})`).toBe(true);
    }
  });
}
