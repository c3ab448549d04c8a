import { expect, test, type Locator, type Page } from '@playwright/test';
import { DIAGRAM_FILES } from '../content/diagrams';
import { getLessons } from '../lib/content/lessons';
import { expectNoAxeViolationsIn, reachWidget, switchTheme, useSystemTheme, type Theme } from './support';

// Strings only mermaid's own chunks contain: the core (mermaidAPI) and the flowchart renderer (flowchart-v2).
const MERMAID_CODE = /mermaidAPI|flowchart-v2/;

const DIAGRAMS = [
  { path: '/lessons/launch-types', title: DIAGRAM_FILES['launch-type'].data.title, views: DIAGRAM_FILES['launch-type'].data.views.map((view) => view.label) },
  { path: '/lessons/shared-responsibility', title: DIAGRAM_FILES['layered-responsibility'].data.title, views: [] as string[] },
  { path: '/lessons/deployment-targets', title: DIAGRAM_FILES['targets-landscape'].data.title, views: [] as string[] },
];
const [LAUNCH, LAYERED, LANDSCAPE] = DIAGRAMS;

/**
 * Every script the page downloads, with whether it is mermaid code. Bodies are read asynchronously, so `read()`
 * first waits for every read still under way: an empty list then means no mermaid, not "not read yet".
 */
function watchScripts(page: Page) {
  const scripts: { url: string; mermaid: boolean }[] = [];
  const pending = new Set<Promise<void>>();
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    const reading = response
      .text()
      .catch(() => '')
      .then((body) => {
        scripts.push({ url: response.url(), mermaid: MERMAID_CODE.test(body) });
      });
    pending.add(reading);
    void reading.finally(() => pending.delete(reading));
  });
  return {
    read: async () => {
      await Promise.all(pending);
      return scripts;
    },
  };
}

/** Console errors (a hydration mismatch, a failed render), ignoring the site's missing favicon. */
function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

function diagram(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title });
}

/** Scrolls the diagram into view and waits until mermaid has drawn it (its boxes are buttons). */
async function showDiagram(page: Page, title: string): Promise<Locator> {
  const section = diagram(page, title);
  await reachWidget(section);
  await expect(section.locator('svg [role="button"]').first()).toBeVisible({ timeout: 15_000 });
  return section;
}

function box(section: Locator, name: string | RegExp) {
  return section.getByRole('button', { name, exact: typeof name === 'string' });
}

for (const path of ['/lessons/container-options', '/glossary']) {
  test(`${path} has no diagram and downloads no mermaid code`, async ({ page }) => {
    const scripts = watchScripts(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const read = await scripts.read();
    expect(read.length, 'the page loads its own scripts').toBeGreaterThan(0);
    expect(read.filter((script) => script.mermaid).map((script) => script.url)).toEqual([]);
  });
}

test('the launch-types lesson downloads mermaid only once the diagram nears the viewport', async ({ page }) => {
  // A laptop: phones get the vertical flow and never download mermaid (the 360 px test below).
  await page.setViewportSize({ width: 1280, height: 740 });
  const scripts = watchScripts(page);
  await page.goto(LAUNCH.path);
  await page.waitForLoadState('networkidle');
  const frameTop = await diagram(page, LAUNCH.title)
    .getByRole('heading')
    .evaluate((heading) => heading.getBoundingClientRect().top);
  expect(frameTop, 'the diagram starts well below the first screen').toBeGreaterThan(740 + 400);
  expect((await scripts.read()).filter((script) => script.mermaid)).toEqual([]);
  await expect(diagram(page, LAUNCH.title).locator('svg [role="button"]')).toHaveCount(0);

  await showDiagram(page, LAUNCH.title);
  expect((await scripts.read()).filter((script) => script.mermaid).length, 'mermaid was downloaded to draw it').toBeGreaterThan(0);
});

test('drawing the diagram moves nothing on the page', async ({ page }) => {
  await page.goto(LAUNCH.path);
  await page.evaluate(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const after = page.getByRole('heading', { level: 3, name: 'Self-managed Docker on EC2' });
  await reachWidget(diagram(page, LAUNCH.title));
  const before = await after.evaluate((heading) => heading.getBoundingClientRect().top + window.scrollY);
  await showDiagram(page, LAUNCH.title);
  expect(await after.evaluate((heading) => heading.getBoundingClientRect().top + window.scrollY)).toBe(before);
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0))).toBe(0);
});

test('switching the architecture changes the boxes', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(LAUNCH.path);
  const section = await showDiagram(page, LAUNCH.title);
  await expect(box(section, 'Docker engine')).toBeVisible();
  await expect(box(section, 'ECS container agent')).toHaveCount(0);

  await section.getByRole('radio', { name: 'ECS on EC2' }).check();
  await expect(box(section, 'ECS container agent')).toBeVisible();
  await expect(box(section, 'Capacity provider')).toBeVisible();
  await expect(box(section, 'Container instance')).toBeVisible();
  await expect(box(section, 'Docker engine')).toHaveCount(0);

  await section.getByRole('radio', { name: 'ECS on Fargate' }).check();
  await expect(box(section, 'Task on AWS Fargate')).toBeVisible();
  await expect(box(section, 'ECS scheduler')).toBeVisible();
  for (const gone of ['Auto Scaling group', 'Container instance', 'ECS container agent', 'Docker engine']) await expect(box(section, gone)).toHaveCount(0);
  expect(errors, 'hydration and drawing log no errors').toEqual([]);
});

test('a keyboard-only user can tab to a box and open its explanation', async ({ page }) => {
  await page.goto(LAUNCH.path);
  const section = await showDiagram(page, LAUNCH.title);
  await section.getByRole('radio', { name: 'Docker on EC2' }).focus();
  await page.keyboard.press('Tab');
  await expect(section.getByRole('button', { name: 'Who manages this?' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(box(section, 'EC2 instance')).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = section.getByRole('heading', { level: 4, name: 'EC2 instance' });
  await expect(panel).toBeVisible();
  await expect(section.getByText(/Who manages it in Docker on EC2:.*guest operating system/)).toBeVisible();
  await expect(section.getByRole('link', { name: 'Self-managed Docker on EC2' })).toHaveAttribute('href', '/lessons/launch-types#self-managed-docker-on-ec2');
  await expect(box(section, 'EC2 instance')).toBeFocused();
  await expect(box(section, 'EC2 instance')).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.press('Tab');
  await expect(box(section, 'Users')).toBeFocused();
  await page.keyboard.press(' ');
  await expect(section.getByRole('heading', { level: 4, name: 'Users' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(section.getByRole('heading', { level: 4 })).toHaveCount(0);
  await expect(section.getByText(/Select any box in the diagram/)).toBeVisible();
});

test('"Who manages this?" colours every box by owner and shows a key with text labels', async ({ page }) => {
  await page.goto(LAUNCH.path);
  const section = await showDiagram(page, LAUNCH.title);
  const toggle = section.getByRole('button', { name: 'Who manages this?' });
  const key = section.getByRole('list', { name: 'Key' });
  const albShape = box(section, /^Application Load Balancer/).locator('[data-shape]');
  await expect(key).toHaveCount(0);
  expect(await albShape.evaluate((shape) => getComputedStyle(shape).fill)).not.toContain('url(');

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(key.getByRole('listitem')).toHaveText([/You manage/, /Shared/, /Outside AWS/]);
  await expect(box(section, 'Application Load Balancer, shared between you and AWS')).toBeVisible();
  await expect(box(section, 'Docker engine, you manage it')).toBeVisible();
  expect(await albShape.evaluate((shape) => getComputedStyle(shape).fill)).toContain('url(');
  await expect(box(section, /^Docker engine/).getByText('YOU')).toBeVisible();

  await section.getByRole('radio', { name: 'ECS on Fargate' }).check();
  await expect(key.getByRole('listitem')).toHaveText([/You manage/, /AWS manages/, /Shared/, /Outside AWS/]);
  await expect(box(section, 'ECS scheduler, AWS manages it')).toBeVisible();
  await expect(box(section, 'Task on AWS Fargate, shared between you and AWS')).toBeVisible();
  // A group is clicked on its own area (its title), not on a box drawn inside it.
  await box(section, /^Task on AWS Fargate/).click({ position: { x: 12, y: 12 } });
  await expect(section.getByText(/Who manages it in ECS on Fargate:.*isolated environment/)).toBeVisible();

  await toggle.click();
  await expect(key).toHaveCount(0);
  await expect(box(section, 'ECS scheduler')).toBeVisible();
});

test('"Follow a request" steps one hop at a time, ends clearly and starts again', async ({ page }) => {
  await page.goto(LAUNCH.path);
  const section = await showDiagram(page, LAUNCH.title);
  await section.getByRole('radio', { name: 'ECS on Fargate' }).check();
  await expect(box(section, 'Task on AWS Fargate')).toBeVisible();
  const status = section.getByRole('status');
  await section.getByRole('button', { name: 'Follow a request' }).click();
  await expect(status).toHaveText(/^Hop 1 of 5, Users: /);
  const next = section.getByRole('button', { name: 'Next hop' });
  await next.click();
  await expect(status).toHaveText(/^Hop 2 of 5, Application Load Balancer: /);
  await next.click();
  await expect(status).toHaveText(/^Hop 3 of 5, Target group: /);
  await next.click();
  await expect(status).toHaveText(/^Hop 4 of 5, Task on AWS Fargate: .*network interface/);
  // The stop's number is drawn beside the box's group (so it is not part of the box's name): its next sibling.
  await expect(box(section, 'Task on AWS Fargate').locator('xpath=following-sibling::*[1][@data-hop-number]')).toHaveText('4');
  await next.click();
  await expect(status).toHaveText(/^Hop 5 of 5, orders-api container: /);
  await section.getByRole('button', { name: 'Finish' }).click();
  await expect(status).toHaveText(/^Done\. Request delivered: it reached the orders-api container in 5 hops/);
  await expect(section.getByRole('button', { name: 'Stop' })).toHaveCount(0);
  await section.getByRole('button', { name: 'Start again' }).click();
  await expect(status).toHaveText(/^Hop 1 of 5, Users: /);
  await section.getByRole('button', { name: 'Stop' }).click();
  await expect(status).toHaveText('');
  await expect(section.getByRole('button', { name: 'Follow a request' })).toBeVisible();
});

test('the diagram redraws in the dark theme when the site theme changes', async ({ page }) => {
  await useSystemTheme(page, 'light');
  await page.goto(LAUNCH.path);
  const section = await showDiagram(page, LAUNCH.title);
  const shape = box(section, 'Target group').locator('[data-shape]');
  await expect.poll(() => shape.evaluate((element) => getComputedStyle(element).fill)).toBe('rgb(255, 255, 255)');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect
    .poll(() =>
      box(section, 'Target group')
        .locator('[data-shape]')
        .evaluate((element) => getComputedStyle(element).fill),
    )
    .toBe('rgb(39, 39, 42)');
});

test('the text version opens on demand and lists the boxes and arrows of every view', async ({ page }) => {
  await page.goto(LAUNCH.path);
  const section = diagram(page, LAUNCH.title);
  const toggle = section.getByRole('button', { name: 'Text version' });
  const text = section.getByRole('region', { name: 'ECS on Fargate, as text' });
  await expect(text).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(text).toBeVisible();
  await expect(text.getByRole('listitem').filter({ hasText: /^Application Load Balancer.*Target group: forwards to$/ })).toBeVisible();
  await expect(
    text
      .getByRole('listitem')
      .filter({ hasText: /^Task on AWS Fargate/ })
      .getByRole('listitem'),
  ).toHaveText(/orders-api container/);
  await expect(section.getByRole('region', { name: 'Self-managed Docker on EC2, as text' })).toBeVisible();
  await expect(section.getByRole('region', { name: 'What each box is' }).getByRole('term')).toHaveCount(
    Object.keys(DIAGRAM_FILES['launch-type'].data.nodes).length,
  );
});

test('without JavaScript every diagram is its text version', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const { path, title } of DIAGRAMS) {
    await page.goto(path);
    const section = diagram(page, title);
    await expect(section.getByRole('region', { name: 'What each box is' })).toBeVisible();
    await expect(section.getByRole('button')).toHaveCount(0);
    await expect(section.getByRole('radio')).toHaveCount(0);
  }
  await context.close();
});

test('in print every diagram is its drawing and its text version', async ({ page }) => {
  await page.goto(LAYERED.path);
  await showDiagram(page, LAYERED.title);
  await page.emulateMedia({ media: 'print' });
  const section = diagram(page, LAYERED.title);
  await expect(
    section
      .getByRole('region', { name: /as text$/ })
      .getByRole('listitem')
      .filter({ hasText: /^Operating system \(AWS manages it\)/ }),
  ).toBeVisible();
  // The drawing prints too, above its text (issue 30 item 8); the on-screen controls do not.
  await expect(section.locator('svg [role="button"]').first()).toBeVisible();
  await expect(section.getByRole('button', { name: 'Text version' })).toBeHidden();
});

/** How far the drawing overflows its frame sideways, in px (0 when it fits). */
/** How far each of the diagram's shown parts (the drawing's frame, the vertical flow) reaches past its own box or the page's. */
const overflowOf = (section: Locator) =>
  section.evaluate((root) => {
    const shown = [...root.querySelectorAll<HTMLElement>('.dg-frame, .dg-flow')].filter(
      (element) => element.getClientRects().length > 0 && element.offsetHeight > 0,
    );
    const sectionRight = root.getBoundingClientRect().right;
    const boxes = [...root.querySelectorAll<HTMLElement>('.dg-flow [data-node-id]')].filter((element) => element.offsetHeight > 0);
    return {
      parts: shown.map((element) => (element.classList.contains('dg-flow') ? 'flow' : 'drawing')),
      sideways: Math.max(0, ...shown.map((element) => element.scrollWidth - element.clientWidth)),
      boxesPastEdge: boxes.filter((element) => element.getBoundingClientRect().right > sectionRight + 0.5).map((element) => element.textContent),
      page: document.documentElement.scrollWidth - window.innerWidth,
    };
  });

test('on a 360 px touch screen every view is a vertical flow that fits without sideways scrolling, mermaid is never downloaded, and boxes open with a tap', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const scripts = watchScripts(page);
  for (const { path, title, views } of DIAGRAMS) {
    await page.goto(path);
    const section = diagram(page, title);
    await reachWidget(section);
    for (const label of views.length ? views : [undefined]) {
      if (label) await section.getByRole('radio', { name: label }).tap();
      await expect(section.getByRole('button').filter({ hasText: /\w/ }).first()).toBeVisible();
      const fit = await overflowOf(section);
      expect(fit.parts, `${label ?? title}: the flow shows, not the drawing`).toEqual(['flow']);
      expect(fit.sideways, `${label ?? title}: nothing scrolls sideways`).toBeLessThanOrEqual(0);
      expect(fit.boxesPastEdge, `${label ?? title}: every box inside the diagram's width`).toEqual([]);
      expect(fit.page, 'the page itself never scrolls sideways').toBeLessThanOrEqual(0);
    }
  }
  await page.goto(LAUNCH.path);
  const section = diagram(page, LAUNCH.title);
  await section.getByRole('radio', { name: 'ECS on Fargate' }).tap();
  await section.getByRole('button', { name: 'Who manages this?' }).tap();
  await expect(box(section, /^Amazon ECR/)).toContainText('SHARED');
  await box(section, /^Amazon ECR/).tap();
  await expect(section.getByRole('heading', { level: 4, name: 'Amazon ECR' })).toBeInViewport();
  expect(
    (await scripts.read()).filter((script) => script.mermaid),
    'no mermaid code on a phone',
  ).toEqual([]);
  await context.close();
});

for (const size of [
  { width: 1280, height: 800 },
  { width: 360, height: 780 },
]) {
  test(`at ${size.width} x ${size.height}, selecting a box brings its explanation into view, and a screen reader still hears it`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto(LAUNCH.path);
    const section = diagram(page, LAUNCH.title);
    await reachWidget(section);
    if (size.width > 640) await showDiagram(page, LAUNCH.title);
    // The reader scrolls the diagram's top to just below the header, as when reading down the lesson, and picks the first box.
    await section
      .getByRole('heading', { name: LAUNCH.title })
      .evaluate((heading) => window.scrollBy({ top: heading.getBoundingClientRect().top - 80, behavior: 'instant' }));
    const users = box(section, 'Users');
    await expect(users).toBeInViewport();
    await users.click();
    const heading = section.getByRole('heading', { level: 4, name: 'Users' });
    await expect(heading, 'the explanation’s title is on screen').toBeInViewport({ ratio: 1 });
    // The explanation is a live region, so a screen reader hears it where it is.
    const panel = section.locator('[aria-live="polite"]').filter({ has: page.getByRole('heading', { level: 4, name: 'Users' }) });
    await expect(panel.getByText(/^The people using orders-api/), 'and so is what the box is').toBeInViewport({ ratio: 1 });
    await expect(users, 'the box shows it is the one explained').toHaveAttribute('aria-expanded', 'true');
  });
}

for (const { path, title, views } of DIAGRAMS) {
  test(`${path}: every view draws without an error box and fits its reserved frame`, async ({ page }) => {
    await page.goto(path);
    const section = await showDiagram(page, title);
    for (const label of views.length ? views : [undefined]) {
      if (label) await section.getByRole('radio', { name: label }).check();
      if (label) await expect(section.locator('svg[aria-roledescription]')).toHaveAttribute('aria-labelledby', /.+/);
      await expect(section.getByRole('alert')).toHaveCount(0);
      await expect(section.locator('[aria-busy="true"]')).toHaveCount(0);
      const frame = await section
        .locator('.dg-frame')
        .evaluate((element) => ({ height: element.scrollHeight - element.clientHeight, width: element.scrollWidth - element.clientWidth }));
      expect(frame.height, `${label ?? title}: the drawing fits the reserved height`).toBeLessThanOrEqual(0);
      // A group's title ("ECS cluster", "Task on AWS Fargate") sits clear of the boxes inside the group.
      const collisions = await section
        .locator('svg')
        .first()
        .evaluate((svg) => {
          const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          const found: string[] = [];
          for (const group of svg.querySelectorAll('g.cluster')) {
            const title = group.querySelector('.cluster-label');
            const outline = group.querySelector('rect');
            if (!title || !outline) continue;
            const titleBox = title.getBoundingClientRect();
            const area = outline.getBoundingClientRect();
            for (const node of svg.querySelectorAll('g.node')) {
              const shape = (node.querySelector('[data-shape]') ?? node).getBoundingClientRect();
              const inside = shape.left >= area.left && shape.right <= area.right && shape.top >= area.top && shape.bottom <= area.bottom;
              if (inside && overlap(titleBox, shape)) found.push(`${title.textContent} / ${node.textContent}`);
            }
          }
          return found;
        });
      expect(collisions, `${label ?? title}: group titles clear of their boxes`).toEqual([]);
      // At 1280 px every view is drawn (not the flow) and fits the lesson column without sideways scrolling.
      const fit = await overflowOf(section);
      expect(fit.parts, `${label ?? title}: the drawing shows at 1280 px`).toEqual(['drawing']);
      expect(frame.width, `${label ?? title}: the drawing fits the lesson column at 1280 px`).toBeLessThanOrEqual(0);
    }
  });
}

// Each diagram in a new state is scanned on its own: e2e/a11y.spec.ts scans the rest of these lessons.
const themes: Theme[] = ['light', 'dark'];
for (const theme of themes) {
  test(`axe: the launch-type diagram with owners shown, a box open and a request under way, ${theme} theme`, async ({ page }) => {
    await useSystemTheme(page, theme);
    await page.goto(LAUNCH.path);
    const section = await showDiagram(page, LAUNCH.title);
    await section.getByRole('button', { name: 'Who manages this?' }).click();
    await section.getByRole('radio', { name: 'ECS on EC2' }).check();
    await expect(box(section, /^Capacity provider/)).toBeVisible();
    await box(section, /^Capacity provider/).click();
    await section.getByRole('button', { name: 'Follow a request' }).click();
    await section.getByRole('button', { name: 'Next hop' }).click();
    await section.getByRole('button', { name: 'Text version' }).click();
    await expectNoAxeViolationsIn(section);
  });

  test(`axe: the layered responsibility diagram with a layer open, ${theme} theme`, async ({ page }) => {
    await useSystemTheme(page, theme);
    await page.goto(LAYERED.path);
    const section = await showDiagram(page, LAYERED.title);
    await box(section, 'Plugins: logging, storage, monitoring, shared between you and AWS').click();
    await expectNoAxeViolationsIn(section);
  });

  test(`axe: the deployment targets landscape with a target open, ${theme} theme`, async ({ page }) => {
    await useSystemTheme(page, theme);
    await page.goto(LANDSCAPE.path);
    const section = await showDiagram(page, LANDSCAPE.title);
    await box(section, 'App Runner').click();
    await expectNoAxeViolationsIn(section);
  });
}

// The phone's flow outline (FlowOutline), on every lesson with a diagram (derived from the lessons' widgets), in both
// themes: as it loads, with the owners shown where the diagram offers it, and with a box selected (its outline and
// the explanation panel), each view. e2e/a11y.spec.ts scans these lessons at 360 px as they load only.
/**
 * Scans the diagram with its top just below the sticky header and "On this page" bar (the page's scroll padding): a box
 * left half under those bars reads to axe as a target too small to tap, which is where the scroll happened to stop,
 * not the box's size.
 */
async function scanBelowBars(section: Locator) {
  await section.evaluate((element) => element.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await expectNoAxeViolationsIn(section);
}

const lessonsWithDiagrams = getLessons().filter((lesson) => lesson.widgets.some((widget) => /Diagram$/.test(widget)));

for (const lesson of lessonsWithDiagrams) {
  test(`axe: /lessons/${lesson.slug}'s diagrams as phone flows at 360 px, light and dark, with a box selected`, async ({ browser }) => {
    test.slow(); // a scan per view, state and theme
    const context = await browser.newContext({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await useSystemTheme(page, 'light');
    await page.goto(`/lessons/${lesson.slug}`);
    const sections = page.locator('section.dg-root');
    expect(await sections.count()).toBeGreaterThan(0);
    for (const section of await sections.all()) {
      await reachWidget(section);
      const flow = section.locator('.dg-flow');
      await expect(flow).toBeVisible();
      await expect(section.locator('.dg-drawing')).toBeHidden();
      const owners = section.getByRole('button', { name: 'Who manages this?' });
      if ((await owners.count()) > 0) await owners.tap();
      const views = section.getByRole('radio');
      for (let view = 0; view < Math.max(1, await views.count()); view += 1) {
        if ((await views.count()) > 0) await views.nth(view).check();
        for (const theme of ['light', 'dark'] as const) {
          await switchTheme(page, theme);
          await scanBelowBars(section);
        }
        const first = flow.getByRole('button').first();
        await first.tap();
        await expect(first).toHaveAttribute('aria-expanded', 'true');
        for (const theme of ['dark', 'light'] as const) {
          await switchTheme(page, theme);
          await scanBelowBars(section);
        }
      }
    }
    await context.close();
  });
}
