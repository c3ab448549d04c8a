import { expect, test } from '@playwright/test';
import { checklistContent } from '../content/checklists';
import { allRounds } from '../lib/quiz/matrix';
import { reachWidget } from './support';

// Issue 18, items 6, 9 and 10: what a first-time student reads must add up. The quiz and its lesson agree on
// networking and each round names its own zones; the Fargate lesson's numbers match its checklist; the wider
// responsibility table uses the diagram's owner words and fits a phone; a checklist item leads with its check.

const fargateList = checklistContent.lists.find((list) => list.id === 'fargate-challenges')!;

test('shared responsibility: networking is taught as yours, as the quiz marks it, and each round names its own zones', async ({ page }) => {
  await page.goto('/lessons/shared-responsibility');
  const article = page.getByRole('main');
  await expect(article.getByRole('heading', { name: 'Networking is shared' })).toHaveCount(0);
  await expect(article.getByRole('heading', { name: 'Networking is yours to configure', level: 2 })).toBeVisible();
  // The answer key the quiz grades against says the same.
  const fargate = allRounds().find((round) => round.id === 'fargate')!;
  expect(fargate.cards.find((card) => card.label === 'Network configuration')?.answer).toBe('you');

  const quiz = page.getByRole('tabpanel');
  await expect(quiz.getByText('Put each card in “You manage” or “AWS manages”, by who manages it.')).toBeVisible();
  // The tabs work once the quiz's own code has loaded, as the learner scrolls to it.
  await reachWidget(page.getByRole('tab', { name: /^ECS on Fargate/ }));
  await page.getByRole('tab', { name: /^ECS on Fargate/ }).click();
  await expect(page.getByRole('heading', { name: 'ECS on Fargate', exact: true })).toBeVisible();
  await expect(page.getByRole('tabpanel').getByText('Put each card in “You manage”, “Shared” or “AWS manages”, by who manages it.')).toBeVisible();
  await expect(page.getByRole('tabpanel').getByRole('region', { name: 'Shared', exact: true })).toBeVisible();
});

test('shared responsibility at 360 px: the wider tables use You, AWS and Shared tags, have no "not confirmed" cell and fit the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/lessons/shared-responsibility');
  const section = page.getByRole('main');
  for (const service of ['App Runner', 'EKS on Fargate']) {
    const table = section.getByRole('table').filter({ has: page.getByRole('columnheader', { name: service, exact: true }) });
    await table.scrollIntoViewIfNeeded();
    await expect(table).toBeVisible();
    await expect(table).not.toContainText(/not confirmed/i);
    // No letter codes: every owner cell is one of the diagram key's words.
    const owners = (await table.locator('tbody td:not(:first-child)').allInnerTexts()).map((text) => text.trim());
    expect(owners.length).toBeGreaterThan(0);
    for (const owner of owners) expect(['You', 'AWS', 'Shared']).toContain(owner);
    await expect(table.getByRole('cell', { name: 'Shared', exact: true }).first()).toBeVisible();
    // The table fits its column: nothing scrolls sideways, and every header is inside the viewport.
    const fit = await table.evaluate((element) => {
      const headers = [...element.querySelectorAll('th')].map((th) => th.getBoundingClientRect().right);
      return { tableWidth: element.scrollWidth, available: element.parentElement!.clientWidth, rightmost: Math.max(...headers), viewport: window.innerWidth };
    });
    expect(fit.tableWidth, service).toBeLessThanOrEqual(fit.available);
    expect(fit.rightmost, service).toBeLessThanOrEqual(fit.viewport);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('Fargate security: "six challenges, nine checks" matches the checklist, and each item leads with its check', async ({ page }) => {
  await page.goto('/lessons/fargate-security');
  await expect(page.getByText('The six challenges come with nine checks', { exact: false })).toBeVisible();
  expect(fargateList.items).toHaveLength(9);
  await expect(page.getByText(`0 of ${fargateList.items.length} done`)).toBeVisible();

  const runtime = fargateList.items.find((item) => item.id === 'fargate-runtime-monitoring')!;
  const entry = page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: runtime.check.replaceAll('`', ''), exact: true }) });
  // The first words a student reads are the check, not a note about old material.
  const firstText = await entry.evaluate((li) => (li.querySelector('label, p, summary') as HTMLElement).innerText.trim());
  expect(firstText).toBe(runtime.check.replaceAll('`', ''));
  await expect(entry.getByText(/Still true\?/)).toHaveCount(0);
  // The history is one click away, under "What changed since 2023" (once the checklist's code has loaded, as the
  // learner scrolls to it).
  await reachWidget(entry);
  const history = entry.getByText('What changed since 2023', { exact: true });
  await expect(entry.getByText('That is no longer true.', { exact: false })).toBeHidden();
  await history.click();
  await expect(entry.getByText('That is no longer true.', { exact: false })).toBeVisible();
  await expect(entry.getByRole('link', { name: /GuardDuty ECS Runtime Monitoring/ })).toBeVisible();
});
