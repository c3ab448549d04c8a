import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export type AxeScope = {
  /**
   * Scan only these parts of the page. A widget test that puts a widget into a new state scans the widget, not
   * the whole lesson again: e2e/a11y.spec.ts has already scanned every route, in both themes and at both widths,
   * so scanning the unchanged prose a second time would check nothing new.
   */
  include?: string[];
  exclude?: string[];
};

/**
 * Runs axe with the WCAG 2.x A/AA rules and best practices, and fails listing each violation with its nodes.
 * axe is asked for violations only (resultTypes): it still runs every rule on every node, but does not collect
 * and send back the thousands of passing nodes, which halves the time of a scan on a long lesson.
 *
 * A page without frames is scanned with one `axe.run` in the page (axe's "legacy mode"). The default mode runs
 * `axe.runPartial` in every frame, then opens a new blank tab, injects axe into it a second time and ships every
 * partial result there for `axe.finishRun`: needed to reach into a frame from another origin (the embed and LMS
 * tests), but on a page without frames the same rules on the same nodes give the same results, in about half the
 * time (measured on /checklists and /chooser: identical violations, passes and incomplete lists).
 */
export async function expectNoAxeViolations(page: Page, scope: AxeScope | string[] = {}) {
  const { include = [], exclude = [] } = Array.isArray(scope) ? { exclude: scope } : scope;
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] });
  if (page.frames().length === 1) builder = builder.setLegacyMode();
  for (const selector of include) builder = builder.include(selector);
  for (const selector of exclude) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`);
  expect(summary, `axe violations on ${page.url()}${include.length ? ` in ${include.join(', ')}` : ''}`).toEqual([]);
}

export type Theme = 'light' | 'dark';

/** Emulates the system colour scheme; the site follows it until the learner picks a theme. */
export async function useSystemTheme(page: Page, theme: Theme) {
  await page.emulateMedia({ colorScheme: theme });
}

/**
 * Switches an open page to a theme as a change of the system colour scheme would, and waits until the page shows
 * it. The header's theme toggle follows such a change live, so the page keeps its state (a widget half-way through
 * a journey stays so) and one page load serves both themes. A page without the toggle (the 404 page) applies the
 * scheme only as it loads, so it is reloaded.
 */
export async function switchTheme(page: Page, theme: Theme) {
  await page.emulateMedia({ colorScheme: theme });
  const shown = () => page.evaluate(() => (document.documentElement.classList.contains('dark') ? 'dark' : 'light'));
  if ((await page.getByRole('button', { name: 'Dark theme' }).count()) === 0 && (await shown()) !== theme) await page.reload();
  await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/);
}

/**
 * Scans one region of the page (a widget in a new state). The region is marked with a data attribute for the scan
 * and unmarked afterwards, so the check works whatever the widget's markup and classes are.
 */
export async function expectNoAxeViolationsIn(region: Locator) {
  await region.evaluate((element) => element.setAttribute('data-axe-scope', ''));
  try {
    await expectNoAxeViolations(region.page(), { include: ['[data-axe-scope]'] });
  } finally {
    await region.evaluate((element) => element.removeAttribute('data-axe-scope'));
  }
}
