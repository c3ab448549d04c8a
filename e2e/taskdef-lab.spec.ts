import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolationsIn, reachWidget, useSystemTheme } from './support';

// The task-definition lab: a learner hardens orders-api's task definition in the code editor, with findings as
// they type, by keyboard alone and on a phone by touch. The solution is the course's own hardened example file.

const hardened = fs.readFileSync('content/examples/ecs-security-application/orders-api-hardened.taskdef.json', 'utf8').trim();
const LAB_START_NETWORK = '"networkMode": "bridge"';

async function openLab(page: Page, lesson = 'fargate-security') {
  await page.goto(`/lessons/${lesson}`);
  await page.getByRole('heading', { name: 'Task-definition lab', level: 2 }).scrollIntoViewIfNeeded();
  const lab = page.getByRole('region', { name: 'Harden orders-api' });
  // The lab's code loads as it nears the screen (an island), then the code editor's.
  await reachWidget(lab);
  const editor = lab.getByRole('textbox', { name: 'Task definition (JSON)' });
  await expect(editor).toBeVisible();
  return { lab, editor };
}

/** The editor's text, as CodeMirror shows it. */
const editorText = (page: Page) => page.locator('.cm-content').innerText();

test('by keyboard alone: findings follow the typing, a partial hand-in scores per fixed problem, the solution solves it, Tab leaves the editor', async ({
  page,
}) => {
  test.slow(); // many key presses on a busy two-core machine
  const { lab, editor } = await openLab(page);
  await expect(lab.getByRole('status')).toHaveText('7 findings left; 0 of 7 planted problems fixed.');
  const findings = lab.getByRole('list', { name: 'Findings' }).getByRole('listitem');
  await expect(findings).toHaveCount(7);
  const network = findings.filter({ hasText: 'Fargate needs the awsvpc network mode' });
  await expect(network.getByRole('link', { name: 'Read the lesson section' })).toHaveAttribute(
    'href',
    '/lessons/fargate-security#worked-example-hardening-orders-api',
  );
  await expect(network.getByRole('link', { name: /^AWS: / })).toHaveAttribute(
    'href',
    'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html',
  );

  // Fix one problem: select all with the keyboard and enter the text with the planted value changed.
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+A');
  const fixedNetwork = (await editorText(page)).replace(LAB_START_NETWORK, '"networkMode": "awsvpc"');
  await page.keyboard.insertText(fixedNetwork);
  await expect(lab.getByRole('status')).toHaveText('6 findings left; 1 of 7 planted problems fixed.');
  await expect(lab.getByRole('listitem').filter({ hasText: 'Fargate needs the awsvpc network mode' })).toHaveCount(1); // the planted list, now ticked
  await expect(lab.getByText('Fargate needs the awsvpc network mode: fixed')).toBeAttached();

  // Leave the editor with Tab (no keyboard trap) and hand in the partial score.
  const handIn = lab.getByRole('button', { name: 'Hand in (1 of 7)' });
  for (let presses = 0; presses < 20 && !(await handIn.evaluate((element) => element === document.activeElement)); presses++) await page.keyboard.press('Tab');
  await expect(handIn).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(lab.getByText('Handed in: 1 of 7 planted problems fixed.')).toBeVisible();

  // Back into the editor with Shift+Tab, replace the text with the hardened task definition.
  for (let presses = 0; presses < 25 && !(await editor.evaluate((element) => element === document.activeElement)); presses++)
    await page.keyboard.press('Shift+Tab');
  await expect(editor).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(hardened);
  await expect(lab.getByRole('status')).toHaveText('Solved: no finding left. 7 of 7 planted problems fixed.');
  await expect(lab.getByRole('list', { name: 'Findings' })).toHaveCount(0);
  await expect(lab.getByText('Handed in: 7 of 7 planted problems fixed.')).toBeVisible();

  // Ctrl+Z undoes the edit: the findings come back.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(lab.getByRole('status')).not.toHaveText(/^Solved/);
});

test('text that is not JSON yet, or a removed container, is explained and fixes nothing', async ({ page }) => {
  const { lab, editor } = await openLab(page, 'ecs-security-application');
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('{ "family": "orders-api", ');
  await expect(lab.getByRole('status')).toHaveText('The task definition is not valid JSON yet.');
  await page.keyboard.type('"requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "512", "memory": "1024", "containerDefinitions": [] }');
  await expect(lab.getByRole('status')).toHaveText('The orders-api container is missing.');
  await expect(lab.getByRole('button', { name: 'Hand in (0 of 7)' })).toBeVisible();
  await lab.getByRole('button', { name: 'Start again' }).press('Enter');
  await expect(lab.getByRole('status')).toHaveText('7 findings left; 0 of 7 planted problems fixed.');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the lab, with findings and solved (${theme})`, async ({ page }) => {
    await useSystemTheme(page, theme);
    const { lab, editor } = await openLab(page);
    await expectNoAxeViolationsIn(lab);
    await editor.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(hardened);
    await expect(lab.getByRole('status')).toHaveText(/^Solved/);
    await expectNoAxeViolationsIn(lab);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

  test('at 360 px, by touch: tap into the editor, paste the fix, solved, nothing scrolls sideways', async ({ page }) => {
    const { lab, editor } = await openLab(page);
    await editor.tap();
    await expect(editor).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(hardened);
    await expect(lab.getByRole('status')).toHaveText('Solved: no finding left. 7 of 7 planted problems fixed.');
    await lab.getByRole('button', { name: 'Start again' }).tap();
    await expect(lab.getByRole('status')).toHaveText('7 findings left; 0 of 7 planted problems fixed.');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
