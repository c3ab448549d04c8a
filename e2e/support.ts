import AxeBuilder from '@axe-core/playwright';
import axe, { type ElementContext, type Result, type RunOptions } from 'axe-core';
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
 * A page without frames is scanned with one `axe.run` in the page (what @axe-core/playwright calls legacy mode),
 * and axe is injected once per page load: a test that scans the same page four times (two themes, two widths)
 * pays for the 560 KB script once. AxeBuilder in legacy mode evaluates the script twice on every scan, about
 * 0.4 s each time on a 2-core machine. The default mode (kept for pages with frames) runs `axe.runPartial` in
 * every frame, then opens a new blank tab, injects axe there and ships every partial result to it for
 * `axe.finishRun`: needed to reach into a frame from another origin (the embed and LMS tests). On a page without
 * frames the same rules on the same nodes give the same results, in about half the time (measured on /checklists
 * and /chooser: identical violations, passes and incomplete lists).
 */
export async function expectNoAxeViolations(page: Page, scope: AxeScope | string[] = {}) {
  const { include = [], exclude = [] } = Array.isArray(scope) ? { exclude: scope } : scope;
  const violations = page.frames().length === 1 ? await runAxeInPage(page, { include, exclude }) : await runAxeBuilder(page, { include, exclude });
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  );
  expect(summary, `axe violations on ${page.url()}${include.length ? ` in ${include.join(', ')}` : ''}`).toEqual([]);
}

const AXE_OPTIONS: RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] };

async function runAxeBuilder(page: Page, { include = [], exclude = [] }: AxeScope) {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS).options(AXE_OPTIONS);
  for (const selector of include) builder = builder.include(selector);
  for (const selector of exclude) builder = builder.exclude(selector);
  return (await builder.analyze()).violations;
}

async function runAxeInPage(page: Page, { include = [], exclude = [] }: AxeScope): Promise<Result[]> {
  // The page's Content-Security-Policy forbids eval, but Playwright's evaluate runs outside it (as AxeBuilder's does).
  if (!(await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function'))) await page.evaluate(`${axe.source};void 0`);
  const context =
    include.length || exclude.length ? { ...(include.length ? { include: include.map((s) => [s]) } : {}), exclude: exclude.map((s) => [s]) } : null;
  const outcome = await page.evaluate(
    ({ context, options }) =>
      (window as unknown as { axe: typeof axe }).axe
        .run((context ?? document) as ElementContext, options)
        .then((results) => ({ violations: results.violations, error: null }))
        .catch((error: Error) => ({ violations: [], error: error.message })),
    { context, options: AXE_OPTIONS },
  );
  if (outcome.error) throw new Error(`axe could not scan ${page.url()}: ${outcome.error}`);
  return outcome.violations;
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
  await colourTransitionsDone(page);
}

/**
 * Buttons and links ease their colours over 150 ms (Tailwind's transition-colors), so right after a theme change the
 * page shows colours half-way between the two themes. Waits until no CSS transition is running, so a contrast check
 * reads the colours a learner ends up seeing.
 */
export async function colourTransitionsDone(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((animation) => !(animation instanceof CSSTransition) || animation.playState !== 'running'));
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

/**
 * Collects Content-Security-Policy violations from the console and from `securitypolicyviolation` events, from before
 * the page's own scripts run. Call the returned function once the page has run.
 */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return async () => [...fromConsole, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))];
}

/**
 * Brings a widget near the screen, as a learner scrolling to it does, and waits until it runs its own code: widgets
 * are islands (components/islands/Island.tsx) whose code loads as they near the window, and whose wrapper then
 * carries data-island-live. `inside` is any element of the widget. The scroll runs in the page (not through a
 * locator action), because the live copy replaces the server's copy of the widget as it loads.
 */
export async function reachWidget(inside: Locator) {
  await inside.first().evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
  // Asked again each time: the live copy is a new element. An element in no island (a page whose widget is its first
  // screen) is live as soon as the page is.
  const live = () =>
    inside
      .first()
      .evaluate((element) => element.closest('[data-island]')?.hasAttribute('data-island-live') ?? true)
      .catch(() => false);
  await expect.poll(live).toBe(true);
}
