import fs from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { checklistContent } from '../content/checklists';
import { toMarkdown } from '../lib/checklists/export';
import { expectNoAxeViolations, expectNoAxeViolationsIn, switchTheme, useSystemTheme, type Theme } from './support';

// The journeys of a team reviewing a service with the security checklists: tick, filter, export, import,
// reset and print, in a lesson and on /checklists (the same ticks in both).

const lists = checklistContent.lists;
const list = (id: string) => lists.find((entry) => entry.id === id)!;
const item = (id: string) => lists.flatMap((entry) => entry.items).find((entry) => entry.id === id)!;
/** The checkbox's accessible name: the check, with its `code` marks rendered away. */
const label = (id: string) => item(id).check.replaceAll('`', '');
const totalItems = lists.reduce((sum, entry) => sum + entry.items.length, 0);

const telemetry = 'fargate-task-telemetry';
const runtime = 'fargate-runtime-monitoring';
const agentEndpoints = 'cp-agent-endpoints'; // EC2 only
const secrets = 'app-secrets-from-stores';

/**
 * The widget's controls are enabled once its code has loaded, which happens as it nears the screen (an island:
 * components/islands/Island.tsx), as when a learner scrolls to it; before that a click would not be saved.
 */
async function ready(page: Page) {
  const exportButton = page.getByRole('button', { name: 'Export Markdown' });
  // Scrolled in the page, not by a locator action, which would race the island's swap of its server copy.
  await exportButton.evaluate((button) => button.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await expect(exportButton).toBeEnabled();
}

/** The checklist's own controls: lessons also end with a check-up, whose answers are checkboxes and radios too. */
const outsideCheckUp = (page: Page) => page.locator(':not([data-check-up] *)');
const checkboxes = (page: Page) => page.getByRole('checkbox').and(outsideCheckUp(page));
const filter = (page: Page, name: 'All' | 'EC2' | 'Fargate') => page.getByRole('radio', { name, exact: true }).and(outsideCheckUp(page));

/** The checklist's own live status in a lesson (the lesson's "quiz me first" switch has one too). */
const lessonStatus = (page: Page) => page.getByRole('region', { name: list('fargate-challenges').title }).getByRole('status');

function box(page: Page, id: string) {
  return page.getByRole('checkbox', { name: label(id), exact: true });
}

function exportFile(items: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    format: 'containers-on-aws/security-checklist',
    version: 1,
    exportedAt: '2026-11-26T09:30:00.000Z',
    lists: ['fargate-challenges'],
    items,
    ...extra,
  });
}

async function importText(page: Page, name: string, text: string) {
  await page.getByLabel('Import JSON').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('ticks survive a reload and are the same in the lesson and on /checklists', async ({ page }) => {
  await page.goto('/lessons/fargate-security');
  await ready(page);
  await box(page, telemetry).check();
  await box(page, runtime).check();
  await expect(page.getByText(`2 of ${list('fargate-challenges').items.length} done (22%)`)).toBeVisible();

  await page.reload();
  await ready(page);
  await expect(box(page, telemetry)).toBeChecked();
  await expect(box(page, runtime)).toBeChecked();
  await expect(box(page, 'fargate-sidecar-agents')).not.toBeChecked();

  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Checklists' }).click();
  await expect(page).toHaveURL('/checklists');
  await expect(page.getByRole('heading', { level: 1, name: 'Security checklists for ECS and Fargate' })).toBeVisible();
  await ready(page);
  await expect(box(page, telemetry)).toBeChecked();
  await expect(box(page, runtime)).toBeChecked();
  await expect(page.getByText(`2 of ${totalItems} done`)).toBeVisible();

  await box(page, secrets).check();
  await page.goto('/lessons/ecs-security-application');
  await ready(page);
  await expect(box(page, secrets)).toBeChecked();
});

test('the launch-type filter shows only what applies, counts only that, and is remembered', async ({ page }) => {
  await page.goto('/lessons/ecs-security-control-plane');
  await ready(page);
  const controlPlane = list('control-plane').items;
  await expect(checkboxes(page)).toHaveCount(controlPlane.length);
  await box(page, agentEndpoints).check();
  await expect(page.getByText(`1 of ${controlPlane.length} done`)).toBeVisible();

  await filter(page, 'Fargate').check();
  const forFargate = controlPlane.filter((entry) => entry.appliesTo !== 'ec2');
  await expect(checkboxes(page)).toHaveCount(forFargate.length);
  await expect(box(page, agentEndpoints)).toBeHidden();
  await expect(page.getByText(`0 of ${forFargate.length} done`)).toBeVisible();
  await expect(page.getByText(`Showing the ${forFargate.length} items that apply to Fargate`)).toBeVisible();

  await page.reload();
  await ready(page);
  await expect(filter(page, 'Fargate')).toBeChecked();
  await expect(box(page, agentEndpoints)).toBeHidden();

  // The filter is shared: /checklists opens on Fargate too, and EC2 hides the Fargate-only checks.
  await page.goto('/checklists');
  await ready(page);
  await expect(filter(page, 'Fargate')).toBeChecked();
  await filter(page, 'EC2').check();
  await expect(box(page, telemetry)).toBeHidden();
  await expect(box(page, agentEndpoints)).toBeVisible();
  await expect(box(page, agentEndpoints)).toBeChecked();
  const forEc2 = lists.flatMap((entry) => entry.items).filter((entry) => entry.appliesTo !== 'fargate');
  await expect(checkboxes(page)).toHaveCount(forEc2.length);
  await filter(page, 'All').check();
  await expect(checkboxes(page)).toHaveCount(totalItems);
});

test('finishing the items shown completes the list and raises the shared result event once', async ({ page }) => {
  await page.goto('/lessons/fargate-security');
  await ready(page);
  await filter(page, 'EC2').check();
  const forEc2 = list('fargate-challenges').items.filter((entry) => entry.appliesTo !== 'fargate');
  await expect(checkboxes(page)).toHaveCount(forEc2.length);
  for (const entry of forEc2.slice(0, -1)) await box(page, entry.id).check();
  const result = page.evaluate(
    () => new Promise((resolve) => window.addEventListener('containers-on-aws:result', (event) => resolve((event as CustomEvent).detail), { once: true })),
  );
  await box(page, forEc2[forEc2.length - 1].id).check();
  expect(await result).toMatchObject({ widget: 'SecurityChecklist', lesson: 'fargate-security', score: forEc2.length, max: forEc2.length, passed: true });
  await expect(page.getByText(`${forEc2.length} of ${forEc2.length} done (100%) · complete`)).toBeVisible();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('containers-on-aws:learner') ?? 'null'));
  expect(stored.results.filter((entry: { widget: string }) => entry.widget === 'SecurityChecklist')).toHaveLength(1);
});

test('Export Markdown downloads the review as shown, with ticks and notes', async ({ page, baseURL }) => {
  await page.goto('/lessons/fargate-security');
  await ready(page);
  await box(page, telemetry).check();
  const card = page.getByRole('listitem').filter({ has: box(page, telemetry) });
  await card.getByText('Why it matters and how to do it').click();
  await card.getByLabel(/Your notes/).fill('Flow logs on in prod, see OPS-142');
  await filter(page, 'Fargate').check();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^security-review-fargate-challenges-\d{4}-\d{2}-\d{2}\.md$/);
  const markdown = await fs.readFile((await download.path())!, 'utf8');
  const expected = toMarkdown({
    lists: [list('fargate-challenges')],
    state: { version: 1, items: { [telemetry]: { checked: true, notes: 'Flow logs on in prod, see OPS-142' } }, filter: 'fargate' },
    filter: 'fargate',
    now: new Date(),
    link: `${baseURL}/checklists`,
  });
  expect(markdown).toBe(expected);
  // Spelled out, so the test does not only compare the exporter with itself.
  expect(markdown).toContain('# Security review: Fargate security challenges\n');
  expect(markdown).toContain('- Launch types: Fargate (items for Fargate or for both launch types)\n');
  expect(markdown).toContain(`- [x] ${item(telemetry).check}\n  - Severity: High\n  - Applies to: Fargate\n  - Notes: Flow logs on in prod, see OPS-142\n`);
  expect(markdown).toContain(`- [ ] ${item(runtime).check}\n  - Severity: High\n`);
  await expect(lessonStatus(page)).toContainText(`Downloaded ${download.suggestedFilename()}`);
});

test('a JSON export restores the ticks and notes in another browser', async ({ page, browser }) => {
  await page.goto('/checklists');
  await ready(page);
  await box(page, runtime).check();
  await box(page, secrets).check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^security-review-all-checklists-\d{4}-\d{2}-\d{2}\.json$/);
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const data = JSON.parse(await fs.readFile(file, 'utf8'));
  expect(data).toMatchObject({ format: 'containers-on-aws/security-checklist', version: 1, lists: ['fargate-challenges', 'control-plane', 'application'] });
  expect(Object.keys(data.items)).toHaveLength(totalItems);
  expect(data.items[runtime]).toEqual({ checked: true, notes: '' });
  expect(data.items[telemetry]).toEqual({ checked: false, notes: '' });

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto('/checklists');
  await ready(fresh);
  await expect(box(fresh, runtime)).not.toBeChecked();
  await fresh.getByLabel('Import JSON').setInputFiles(file);
  await expect(fresh.getByRole('status')).toHaveText(`Done: Imported “${download.suggestedFilename()}”: 2 of ${totalItems} items ticked.`);
  await expect(box(fresh, runtime)).toBeChecked();
  await expect(box(fresh, secrets)).toBeChecked();
  await fresh.reload();
  await ready(fresh);
  await expect(box(fresh, secrets)).toBeChecked();
  await other.close();
});

test('a bad or tampered file is rejected with a message and changes nothing; unknown items are reported', async ({ page }) => {
  await page.goto('/lessons/fargate-security');
  await ready(page);
  await box(page, telemetry).check();
  const status = lessonStatus(page);

  await importText(page, 'broken.json', '{"format": "containers-on-aws/security-checklist", "items": {');
  await expect(status).toContainText('“broken.json” was not imported. The file is not valid JSON');
  await expect(status).toContainText('Your ticks and notes are unchanged.');
  await expect(box(page, telemetry)).toBeChecked();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(1);

  await importText(page, 'edited.json', exportFile({ [telemetry]: { checked: false, notes: '' }, [runtime]: { checked: 'yes', notes: '' } }));
  await expect(status).toContainText(`Item "${runtime}" is not in the exported shape`);
  await expect(box(page, telemetry)).toBeChecked();
  await expect(box(page, runtime)).not.toBeChecked();

  await importText(page, 'newer.json', exportFile({ [runtime]: { checked: true, notes: '' } }, { version: 3 }));
  await expect(status).toContainText('format version 3, from a newer version of this site');
  await expect(box(page, runtime)).not.toBeChecked();

  await importText(
    page,
    'older-lists.json',
    exportFile({
      [telemetry]: { checked: false, notes: '' },
      [runtime]: { checked: true, notes: 'on since May' },
      'fargate-retired-check': { checked: true, notes: '' },
    }),
  );
  await expect(status).toHaveText('Done: Imported “older-lists.json”: 1 of 2 items ticked, 1 with notes. Ignored 1 unknown item: fargate-retired-check.');
  await expect(box(page, telemetry)).not.toBeChecked();
  await expect(box(page, runtime)).toBeChecked();
  await page.reload();
  await ready(page);
  await expect(box(page, runtime)).toBeChecked();
});

test('reset asks first, cancels by default and from the keyboard, and clears only after confirming', async ({ page }) => {
  await page.goto('/lessons/fargate-security');
  await ready(page);
  await box(page, telemetry).check();
  await box(page, runtime).check();

  const reset = page.getByRole('button', { name: 'Reset…' });
  await reset.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Reset “Fargate security challenges”?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('This clears 2 ticks and 0 notes');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter'); // Enter by habit lands on Cancel
  await expect(dialog).toBeHidden();
  await expect(box(page, telemetry)).toBeChecked();

  await reset.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(reset).toBeFocused();
  await expect(box(page, runtime)).toBeChecked();

  await reset.click();
  await dialog.getByRole('button', { name: 'Reset this checklist' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(lessonStatus(page)).toContainText('Reset “Fargate security challenges”: 2 ticks and 0 notes cleared.');
  await expect(reset).toBeDisabled();
  await page.reload();
  await ready(page);
  await expect(box(page, telemetry)).not.toBeChecked();
});

test('boxes tick with the space bar and details open with the keyboard', async ({ page }) => {
  await page.goto('/checklists');
  await ready(page);
  await box(page, telemetry).focus();
  await page.keyboard.press('Space');
  await expect(box(page, telemetry)).toBeChecked();
  const why = page.getByText(item(telemetry).why);
  await expect(why).toBeHidden();
  // The check leads; its history and then its details follow in reading order.
  await page.keyboard.press('Tab');
  await expect(page.getByText('The challenge from 2023', { exact: true }).first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByText('Why it matters and how to do it').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(why).toBeVisible();
  const firstSource = checklistContent.sources[item(telemetry).sources[0]];
  await expect(page.getByRole('link', { name: firstSource.title })).toHaveAttribute('href', firstSource.url);
  await expect(page.getByRole('link', { name: firstSource.title })).toBeVisible();
});

test('print is a clean handout: no navigation or buttons, every detail open, empty boxes', async ({ page }) => {
  await page.goto('/checklists');
  await ready(page);
  await box(page, telemetry).check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export Markdown' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Reset…' })).toBeHidden();
  await expect(filter(page, 'Fargate')).toBeHidden();
  await expect(page.getByRole('progressbar').first()).toBeHidden();
  await expect(page.getByText('Why it matters and how to do it').first()).toBeHidden();
  // Real checkboxes give way to empty printed boxes, whatever this browser has ticked.
  for (const checkbox of await checkboxes(page).all()) await expect(checkbox).toBeHidden();
  for (const entry of lists.flatMap((candidate) => candidate.items)) {
    await expect(page.getByText(entry.why.replaceAll('`', ''), { exact: false }).first(), entry.id).toBeVisible();
  }
  await expect(page.getByText('Service or account:')).toHaveCount(lists.length);
  // Each list after the first starts a new page.
  const breaks = [];
  for (const entry of lists) breaks.push(await page.getByRole('region', { name: entry.title }).evaluate((section) => getComputedStyle(section).breakBefore));
  expect(breaks).toEqual(['auto', 'page', 'page']);

  await page.goto('/lessons/ecs-security-application');
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  await expect(page.getByText(item(secrets).how.steps.replaceAll('`', '').slice(0, 40))).toBeVisible();
});

/** Scans in the light theme, then switches the system colour scheme to dark (the site follows it) and scans again. */
async function expectAccessibleInBothThemes(page: Page, scan: () => Promise<void>) {
  for (const theme of ['light', 'dark'] as Theme[]) {
    await switchTheme(page, theme);
    await scan();
  }
}

// One page load per state, scanned in both themes.
// A full axe scan of a page with every checklist item takes several seconds, more on a busy machine.
test('axe: /checklists with ticks, open details and an error message, light and dark theme', async ({ page }) => {
  test.slow();
  await useSystemTheme(page, 'light');
  await page.goto('/checklists');
  await ready(page);
  await box(page, telemetry).check();
  await box(page, runtime).check();
  await page.getByText('Why it matters and how to do it').nth(2).click();
  await importText(page, 'broken.json', 'not json');
  await expect(page.getByRole('status')).toContainText('not valid JSON');
  await expectAccessibleInBothThemes(page, () => expectNoAxeViolations(page));
});

test('axe: /checklists with a success message and the reset dialog open, light and dark theme', async ({ page }) => {
  test.slow();
  await useSystemTheme(page, 'light');
  await page.goto('/checklists');
  await ready(page);
  await importText(page, 'good.json', exportFile({ [telemetry]: { checked: true, notes: 'see OPS-142' } }));
  await expect(page.getByRole('status')).toContainText('Imported');
  await page.getByRole('button', { name: 'Reset…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessibleInBothThemes(page, () => expectNoAxeViolations(page));
});

// The checklist alone is scanned: e2e/a11y.spec.ts scans the rest of the lesson, in both themes at 360 px.
test('axe: the lesson checklist at 360 px, filtered and with details open, light and dark theme', async ({ page }) => {
  test.slow(); // two axe runs over a long list
  await useSystemTheme(page, 'light');
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/lessons/fargate-security');
  await ready(page);
  await box(page, runtime).check();
  await page.getByText('Why it matters and how to do it').first().click();
  await filter(page, 'EC2').check();
  await expect(checkboxes(page)).toHaveCount(list('fargate-challenges').items.filter((entry) => entry.appliesTo !== 'fargate').length);
  await expectAccessibleInBothThemes(page, () => expectNoAxeViolationsIn(page.getByRole('region', { name: list('fargate-challenges').title, exact: true })));
});

test('a corrupt saved checklist is discarded without breaking the page', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() =>
    localStorage.setItem(
      'containers-on-aws:learner',
      JSON.stringify({ version: 1, theme: 'system', lessons: {}, widgets: { 'checklist:v1': { version: 1, items: 'oops', filter: 'all' } }, results: [] }),
    ),
  );
  await page.goto('/checklists');
  await ready(page);
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await box(page, telemetry).check();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('containers-on-aws:learner') ?? 'null'));
  expect(stored.widgets['checklist:v1']).toEqual({ version: 1, items: { [telemetry]: { checked: true, notes: '' } }, filter: 'all' });
});

test('at 360 px the page does not scroll sideways, even with wide snippets open', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/checklists');
  await ready(page);
  const scp = page.getByRole('listitem').filter({ has: box(page, 'cp-scp-guardrails') });
  await scp.getByText('Why it matters and how to do it').click();
  await expect(scp.getByText('"EcsOnlyInUsEast1"')).toBeAttached();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'the page must not scroll sideways at 360 px').toBeLessThanOrEqual(0);
});
