import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Runs axe with the WCAG 2.x A/AA rules and fails listing each violation with its nodes. */
export async function expectNoAxeViolations(page: Page, exclude: string[] = []) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  for (const selector of exclude) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export type Theme = 'light' | 'dark';

/** Emulates the system colour scheme; the site follows it until the learner picks a theme. */
export async function useSystemTheme(page: Page, theme: Theme) {
  await page.emulateMedia({ colorScheme: theme });
}
