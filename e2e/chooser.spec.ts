import { expect, test, type Locator, type Page } from '@playwright/test';
import { getChooserData } from '../lib/chooser/load';
import { encodeAnswers } from '../lib/chooser/url';
import type { Answers, Question } from '../lib/chooser/types';
import { expectNoAxeViolations, expectNoAxeViolationsIn, reachWidget, switchTheme, useSystemTheme, type Theme } from './support';

const data = getChooserData();
const questions = data.questions;

/** A nightly data export that runs for two hours: ECS on Fargate, Lambda ruled out by its 15-minute limit. */
const NIGHTLY_EXPORT: Answers = {
  workload: 'batch',
  traffic: 'idle',
  kubernetes: 'no',
  gpu: 'no',
  os: 'linux',
  access: [],
  host: 'none',
  size: 'medium',
  disk: 'small',
  monitoring: 'no',
  ops: 'some',
  cost: 'no',
  team: ['ecs'],
};

const labelOf = (question: Question, optionId: string) => question.options.find((option) => option.id === optionId)!.label;
const wizardOf = (page: Page) => page.getByRole('region', { name: 'Launch-type chooser' });
const stepOf = (page: Page, index: number) => wizardOf(page).getByRole('group', { name: new RegExp(`^Question ${index + 1} of ${questions.length}`) });

/** Press Tab until the focused element matches `selector` (fails after a bounded number of presses). */
async function tabTo(page: Page, selector: string) {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function focusedIs(page: Page, locator: Locator) {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Answers every question with the mouse, in order, and asks for the recommendation. */
async function completeByClicking(page: Page, answers: Answers) {
  for (const [index, question] of questions.entries()) {
    const step = stepOf(page, index);
    await expect(step).toBeVisible();
    const value = answers[question.id];
    for (const optionId of Array.isArray(value) ? value : [value]) {
      await step.getByRole(question.kind === 'single' ? 'radio' : 'checkbox', { name: labelOf(question, optionId), exact: true }).check();
    }
    await wizardOf(page)
      .getByRole('button', { name: index === questions.length - 1 ? 'See my recommendation' : 'Next' })
      .click();
  }
  await expect(page.getByRole('heading', { name: 'Your recommendation' })).toBeVisible();
}

async function rankingShown(page: Page) {
  const wizard = wizardOf(page);
  return {
    ranked: await wizard.getByRole('article').getByRole('heading').allTextContents(),
    excluded: await wizard
      .getByRole('region', { name: /^Ruled out/ })
      .getByRole('heading')
      .allTextContents(),
  };
}

async function chooserResults(page: Page) {
  return page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('containers-on-aws:learner') ?? '{"results":[]}');
    return (stored.results as { widget: string; lesson: string; passed: boolean }[]).filter((result) => result.widget === 'launch-type-chooser');
  });
}

test('a learner completes the wizard with the keyboard alone and gets a reasoned recommendation', async ({ page }) => {
  test.slow(); // a walk through all twelve questions
  await page.goto('/chooser');
  for (const [index, question] of questions.entries()) {
    const step = stepOf(page, index);
    await expect(step).toBeVisible();
    const value = NIGHTLY_EXPORT[question.id];
    const wanted = (Array.isArray(value) ? value : [value]).map((id) => question.options.findIndex((option) => option.id === id));
    const firstInput = `#chooser-${question.id}-${question.options[0].id}`;
    await tabTo(page, `#chooser-${question.id} input`);
    await expect(page.locator(firstInput)).toBeFocused();
    if (question.kind === 'single') {
      // Arrow keys move through a radio group and select; Space selects the focused first option.
      if (wanted[0] === 0) await page.keyboard.press('Space');
      for (let step = 0; step < wanted[0]; step += 1) await page.keyboard.press('ArrowDown');
    } else {
      for (const [optionIndex] of question.options.entries()) {
        if (optionIndex > 0) await page.keyboard.press('Tab');
        if (wanted.includes(optionIndex)) await page.keyboard.press('Space');
      }
    }
    const next = index === questions.length - 1 ? 'See my recommendation' : 'Next';
    await tabTo(page, '[data-chooser-js] button[type="submit"]');
    await expect(wizardOf(page).getByRole('button', { name: next })).toBeFocused();
    await page.keyboard.press('Enter');
    if (index < questions.length - 1) {
      await expect(stepOf(page, index + 1)).toBeVisible();
      expect(await focusedIs(page, stepOf(page, index + 1)), 'focus moves to the next question').toBe(true);
    }
  }

  await expect(page.getByRole('heading', { name: 'Your recommendation' })).toBeFocused();
  await expect(wizardOf(page).getByRole('status')).toHaveText(/^Top pick: Amazon ECS on Fargate, a strong fit\./);
  const top = wizardOf(page).getByRole('article').first();
  await expect(top.getByRole('heading')).toHaveText(/Amazon ECS on Fargate/);
  await expect(top).toContainText('Runs each job as a task sized to what it asks for');
  const ruledOut = wizardOf(page).getByRole('region', { name: /^Ruled out/ });
  await expect(ruledOut).toContainText('Ruled out: jobs run longer than 15 minutes, and Lambda stops every invocation at 15 minutes.');
  await expect(ruledOut).toContainText('Lambda runs one invocation for at most 15 minutes. (as of December 2026)');
  await expect(ruledOut.getByRole('link', { name: 'AWS Lambda quotas' }).first()).toHaveAttribute('href', /gettingstarted-limits\.html$/);
  await expect(ruledOut).toContainText('Existing customers only');
  await expect(page).toHaveURL(new RegExp(`\\?${encodeAnswers(NIGHTLY_EXPORT, questions).replace(/[?&=]/g, (c) => `\\${c}`)}$`));

  // The finished recommendation is recorded once, as an ungraded (passed) result.
  const results = await chooserResults(page);
  expect(results).toHaveLength(1);
  expect(results[0]).toMatchObject({ lesson: 'deployment-targets', passed: true });
});

test('an unanswered question is flagged and keeps focus, instead of moving on', async ({ page }) => {
  await page.goto('/chooser');
  await wizardOf(page).getByRole('button', { name: 'Next' }).click();
  await expect(stepOf(page, 0).getByRole('alert')).toHaveText('Choose one of the answers to continue.');
  await expect(stepOf(page, 0).getByRole('radio').first()).toBeFocused();
  await stepOf(page, 0).getByRole('radio', { name: 'A web app or API that stays up' }).check();
  await expect(stepOf(page, 0).getByRole('alert')).toHaveCount(0);
  await wizardOf(page).getByRole('button', { name: 'Next' }).click();
  await expect(stepOf(page, 1)).toBeVisible();
  await wizardOf(page).getByRole('button', { name: 'Back' }).click();
  await expect(stepOf(page, 0)).toBeVisible();
  await expect(stepOf(page, 0).getByRole('radio', { name: 'A web app or API that stays up' })).toBeChecked();
});

test('changing an answer from the result updates the ranking and the address', async ({ page }) => {
  await page.goto(`/chooser?${encodeAnswers(NIGHTLY_EXPORT, questions)}`);
  await expect(wizardOf(page).getByRole('article').first().getByRole('heading')).toHaveText(/Amazon ECS on Fargate/);

  await wizardOf(page).getByRole('region', { name: 'Your answers' }).getByRole('button', { name: 'Change GPU', exact: true }).click();
  const gpu = stepOf(
    page,
    questions.findIndex((question) => question.id === 'gpu'),
  );
  await expect(gpu).toBeVisible();
  expect(await focusedIs(page, gpu), 'focus moves to the question being changed').toBe(true);
  await gpu.getByRole('radio', { name: 'Yes', exact: true }).check();
  await wizardOf(page).getByRole('button', { name: 'Update result' }).click();

  await expect(page.getByRole('heading', { name: 'Your recommendation' })).toBeFocused();
  await expect(wizardOf(page).getByRole('article').first().getByRole('heading')).toHaveText(/Amazon ECS Managed Instances/);
  await expect(wizardOf(page).getByRole('status')).toHaveText(/^Top pick: Amazon ECS Managed Instances/);
  await expect(wizardOf(page).getByRole('region', { name: /^Ruled out/ })).toContainText('Ruled out: needs a GPU, and Fargate offers none.');
  await expect(page).toHaveURL(/[?&]gpu=yes(&|$)/);
});

// In the lesson rather than on /chooser: the same wizard, so one walk checks both that it works there and that a
// mangled address (a lesson link pasted from a mail, say) cannot break it.
test('in the deployment-targets lesson, a garbage query string still gives a usable wizard, keeping the answers it understood', async ({ page }) => {
  test.slow(); // a walk through all twelve questions
  await page.goto('/lessons/deployment-targets?%E0%A4%A&&==&__proto__=1&workload=banana&gpu=yes&access=root&team=&utm_source=mail');
  await expect(stepOf(page, 0)).toBeVisible();
  // The note comes with the wizard's own code, which loads as the learner scrolls to it.
  await reachWidget(wizardOf(page));
  await expect(wizardOf(page).getByRole('note')).toContainText('workload=banana, access=root, team=(empty)');

  const answers: Answers = { ...NIGHTLY_EXPORT, gpu: 'yes' };
  for (const [index, question] of questions.entries()) {
    const step = stepOf(page, index);
    await expect(step).toBeVisible();
    if (question.id === 'gpu') await expect(step.getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
    const value = answers[question.id];
    for (const optionId of Array.isArray(value) ? value : [value]) {
      await step.getByRole(question.kind === 'single' ? 'radio' : 'checkbox', { name: labelOf(question, optionId), exact: true }).check();
    }
    await wizardOf(page)
      .getByRole('button', { name: index === questions.length - 1 ? 'See my recommendation' : 'Next' })
      .click();
  }
  await expect(wizardOf(page).getByRole('status')).toHaveText(/^Top pick: Amazon ECS Managed Instances/);
  await expect(wizardOf(page).getByRole('note')).toHaveCount(0);
  // Our answers replace the garbage; parameters that are not ours are left alone.
  await expect(page).toHaveURL(/\/lessons\/deployment-targets\?workload=batch&.*&utm_source=mail/);
});

test('each distinct finished answer set is recorded once, and the address opens the same result in a fresh browser', async ({ page, browser }) => {
  test.slow(); // a walk through all twelve questions
  await page.goto('/chooser');
  const events: unknown[] = [];
  await page.exposeFunction('onChooserResult', (detail: unknown) => events.push(detail));
  await page.evaluate(() =>
    window.addEventListener('containers-on-aws:result', (event) =>
      (window as unknown as { onChooserResult: (d: unknown) => void }).onChooserResult((event as CustomEvent).detail),
    ),
  );
  const answers: Answers = { ...NIGHTLY_EXPORT, workload: 'web', traffic: 'spiky', size: 'small', monitoring: 'yes', ops: 'zero', team: [] };
  await completeByClicking(page, answers);
  await expect.poll(() => events.length).toBe(1);
  const shown = await rankingShown(page);
  expect(shown.ranked[0]).toContain('Amazon ECS Express Mode');

  const answersRegion = () => wizardOf(page).getByRole('region', { name: 'Your answers' });
  const trafficQuestion = questions.find((question) => question.id === 'traffic')!;
  const traffic = stepOf(page, questions.indexOf(trafficQuestion));
  // Same answers again: not recorded twice.
  await answersRegion().getByRole('button', { name: 'Change Traffic', exact: true }).click();
  await wizardOf(page).getByRole('button', { name: 'Update result' }).click();
  // A different answer set: recorded.
  await answersRegion().getByRole('button', { name: 'Change Traffic', exact: true }).click();
  await traffic.getByRole('radio', { name: labelOf(trafficQuestion, 'steady'), exact: true }).check();
  await wizardOf(page).getByRole('button', { name: 'Update result' }).click();
  await expect(wizardOf(page).getByRole('status')).toHaveText(/^Top pick/);
  // And back to the first set: already recorded.
  await answersRegion().getByRole('button', { name: 'Change Traffic', exact: true }).click();
  await traffic.getByRole('radio', { name: labelOf(trafficQuestion, 'spiky'), exact: true }).check();
  await wizardOf(page).getByRole('button', { name: 'Update result' }).click();
  await expect(page.getByRole('heading', { name: 'Your recommendation' })).toBeFocused();

  expect(await chooserResults(page)).toHaveLength(2);
  expect(events).toHaveLength(2);
  expect(events[0]).toMatchObject({ widget: 'launch-type-chooser', lesson: 'deployment-targets', score: 1, max: 1, passed: true });
  expect(await rankingShown(page), 'back on the first answers, the first ranking').toEqual(shown);

  // The address is the result: a friend opening it in a fresh browser sees the same ranking.
  const other = await browser.newContext();
  const friend = await other.newPage();
  await friend.goto(page.url());
  await expect(friend.getByRole('heading', { name: 'Your recommendation' })).toBeVisible();
  expect(await rankingShown(friend)).toEqual(shown);
  // Opening a shared result is not the friend's own attempt: nothing is recorded for them.
  expect(await chooserResults(friend)).toEqual([]);
  await other.close();
});

test('when every target is ruled out, the result names the conflict and the nearest option', async ({ page }) => {
  await page.goto(`/chooser?${encodeAnswers({ ...NIGHTLY_EXPORT, workload: 'web', gpu: 'yes', os: 'windows', ops: 'zero' }, questions)}`);
  const conflict = wizardOf(page).getByRole('heading', { name: 'No target fits every answer' });
  await expect(conflict).toBeVisible();
  await expect(wizardOf(page)).toContainText('Nearest option: Amazon ECS on EC2.');
  await expect(wizardOf(page).getByRole('region', { name: /^Ruled out \(8\)/ })).toBeVisible();
  await wizardOf(page).getByRole('button', { name: 'Change Operations: As little as possible' }).first().click();
  await stepOf(
    page,
    questions.findIndex((question) => question.id === 'ops'),
  )
    .getByRole('radio', { name: 'Full control' })
    .check();
  await wizardOf(page).getByRole('button', { name: 'Update result' }).click();
  await expect(wizardOf(page).getByRole('article').first().getByRole('heading')).toHaveText(/Amazon ECS on EC2/);
});

test('a Kubernetes team that patches no hosts is sent to EKS Auto Mode; Windows containers rule Auto Mode out', async ({ page }) => {
  const kubernetes: Answers = { ...NIGHTLY_EXPORT, kubernetes: 'yes', team: [], ops: 'zero' };
  await page.goto(`/chooser?${encodeAnswers(kubernetes, questions)}`);
  const top = wizardOf(page).getByRole('article').first();
  await expect(top.getByRole('heading').first()).toHaveText(/Amazon EKS/);
  await expect(top).toContainText('Run it on Auto Mode nodes');
  await expect(top).toContainText('each within 21 days');
  await expect(top).toContainText('AWS provisions, patches and replaces the nodes');

  await page.goto(`/chooser?${encodeAnswers({ ...kubernetes, os: 'windows', ops: 'full' }, questions)}`);
  await expect(top.getByRole('heading').first()).toHaveText(/Amazon EKS/);
  await expect(top).toContainText('Run it on managed node groups');
  await expect(top).toContainText('needs Windows containers, and EKS Auto Mode nodes run Bottlerocket, a Linux operating system');
});

test('start over clears the answers and the address', async ({ page }) => {
  await page.goto(`/chooser?${encodeAnswers(NIGHTLY_EXPORT, questions)}`);
  await wizardOf(page).getByRole('button', { name: 'Start over' }).click();
  await expect(stepOf(page, 0)).toBeVisible();
  await expect(stepOf(page, 0).getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(page).toHaveURL(/\/chooser$/);
});

test('"compare all": one card per target at 360 px, the table with limits and sources on a laptop', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/chooser');
  await wizardOf(page).getByText('Compare all targets').click();
  const cards = wizardOf(page).getByRole('list', { name: /All targets compared, as of December 2026/ });
  const names = data.targets.map((target) => target.name);
  await expect(cards.getByRole('listitem').filter({ has: page.getByText('Cost model') })).toHaveCount(names.length);
  for (const name of names) await expect(cards.getByText(name, { exact: true }).first()).toBeVisible();
  await expect(cards.getByRole('listitem').filter({ hasText: 'AWS App Runner' }).first()).toContainText('Existing customers only');
  expect(await cards.evaluate((element) => element.scrollWidth - element.clientWidth), 'the cards fit the phone').toBeLessThanOrEqual(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'the page itself must not scroll sideways').toBeLessThanOrEqual(
    0,
  );

  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(cards).toBeHidden();
  const table = wizardOf(page).getByRole('region', { name: /All targets compared, as of December 2026/ });
  await expect(table.getByRole('rowheader')).toHaveText(names.map((name) => new RegExp(name.replace(/[()]/g, '\\$&'))));
  await expect(table.getByRole('link', { name: 'AWS Lambda quotas' })).toHaveAttribute('href', /^https:\/\/docs\.aws\.amazon\.com\//);
  await table.focus();
  await expect(table).toBeFocused();
});

test('on a phone: the intro steps aside once started, Back and Next stay on screen, and the result opens at its heading', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/chooser');
  const intro = page.getByText(/^Answer \d+ short questions/);
  await expect(intro).toBeVisible();
  const next = wizardOf(page).getByRole('button', { name: 'Next' });
  await expect(next, 'Next is on the first screen').toBeInViewport();
  for (const [index, question] of questions.entries()) {
    const step = stepOf(page, index);
    await expect(step).toBeVisible();
    const value = NIGHTLY_EXPORT[question.id];
    for (const optionId of Array.isArray(value) ? value : [value]) {
      await step.getByRole(question.kind === 'single' ? 'radio' : 'checkbox', { name: labelOf(question, optionId), exact: true }).check();
    }
    const last = index === questions.length - 1;
    const button = wizardOf(page).getByRole('button', { name: last ? 'See my recommendation' : 'Next' });
    if (index === 1) {
      await expect(intro, 'the introduction is out of the way once started').toBeHidden();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(wizardOf(page).getByRole('button', { name: 'Back' })).toBeInViewport();
    }
    await expect(button, `question ${index + 1}: the step button is on screen`).toBeInViewport();
    await button.click();
  }
  const heading = page.getByRole('heading', { name: 'Your recommendation' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect
    .poll(() => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top)), { message: 'the heading sits just below the sticky header' })
    .toBeLessThan(160);
  await expect.poll(() => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeGreaterThanOrEqual(64);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every question is on the page and the form is answered by the server', async ({ page }) => {
    await page.goto('/chooser');
    const form = page.getByRole('form', { name: 'Questions about your workload' });
    await expect(form.getByRole('group')).toHaveCount(questions.length);
    for (const index of questions.keys()) await expect(stepOf(page, index)).toBeVisible();
    await expect(form.getByRole('button', { name: 'Next' })).toBeHidden();

    for (const [index, question] of questions.entries()) {
      const value = NIGHTLY_EXPORT[question.id];
      for (const optionId of Array.isArray(value) ? value : [value]) {
        await stepOf(page, index)
          .getByRole(question.kind === 'single' ? 'radio' : 'checkbox', { name: labelOf(question, optionId), exact: true })
          .check();
      }
    }
    await form.getByRole('button', { name: 'Show my recommendation' }).click();
    await expect(page).toHaveURL(/\/chooser\/result\?workload=batch&/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Launch-type chooser');
    await expect(page.getByRole('heading', { level: 2, name: 'Your recommendation' })).toBeVisible();
    await expect(page.getByRole('article').first().getByRole('heading')).toHaveText(/Amazon ECS on Fargate/);
    await expect(page.getByRole('region', { name: /^Ruled out/ })).toContainText('Lambda stops every invocation at 15 minutes');

    // The questions come back filled in, to change and send again.
    await page.getByRole('link', { name: 'Change GPU', exact: true }).click();
    await page.locator('#chooser-gpu').getByRole('radio', { name: 'Yes', exact: true }).check();
    await page.getByRole('button', { name: 'Update my recommendation' }).click();
    await expect(page.getByRole('article').first().getByRole('heading')).toHaveText(/Amazon ECS Managed Instances/);
  });
});

const AXE_STATES: { name: string; path: string; prepare: (page: Page) => Promise<void>; wholePage?: boolean }[] = [
  {
    name: 'a question with its validation message',
    path: '/chooser',
    prepare: async (page) => {
      await wizardOf(page).getByRole('button', { name: 'Next' }).click();
      await expect(stepOf(page, 0).getByRole('alert')).toBeVisible();
    },
  },
  {
    name: 'a question with checkboxes, answered',
    path: `/chooser?workload=web&traffic=steady&kubernetes=no&gpu=no&os=linux&access=privileged`,
    prepare: async (page) => {
      await expect(stepOf(page, 6)).toBeVisible();
      await wizardOf(page).getByRole('button', { name: 'Back' }).click();
      await expect(stepOf(page, 5).getByRole('checkbox', { checked: true })).toHaveCount(1);
    },
  },
  {
    name: 'the result, with "compare all" open',
    path: `/chooser?${encodeAnswers({ ...NIGHTLY_EXPORT, kubernetes: 'yes', team: ['kubernetes', 'apprunner'] }, questions)}`,
    prepare: async (page) => {
      await expect(page.getByRole('heading', { name: 'Your recommendation' })).toBeVisible();
      await wizardOf(page).getByText('Compare all targets').click();
    },
  },
  {
    name: 'the text version of the rules',
    path: '/chooser',
    prepare: async (page) => {
      await wizardOf(page).getByText('Text version: how the chooser decides').click();
    },
  },
  {
    name: 'the all-ruled-out result',
    path: `/chooser?${encodeAnswers({ ...NIGHTLY_EXPORT, kubernetes: 'yes', gpu: 'yes', os: 'windows', ops: 'zero' }, questions)}`,
    prepare: async (page) => {
      await expect(wizardOf(page).getByRole('heading', { name: 'No target fits every answer' })).toBeVisible();
    },
  },
  {
    // Not one of the public routes e2e/a11y.spec.ts scans, so the whole page is scanned here.
    name: 'the server-rendered result',
    path: `/chooser/result?${encodeAnswers(NIGHTLY_EXPORT, questions)}`,
    wholePage: true,
    prepare: async (page) => {
      await expect(page.getByRole('heading', { name: 'Your recommendation' })).toBeVisible();
    },
  },
];

// One page load per state, scanned in both themes: the site follows a change of the system colour scheme. The
// wizard alone is scanned (e2e/a11y.spec.ts scans the whole /chooser page in both themes at both widths); a page
// that route scan does not reach is scanned whole.
for (const state of AXE_STATES) {
  test(`axe: ${state.name}, light and dark theme`, async ({ page }) => {
    test.slow(); // two axe runs over the chooser, whose text version and comparison hold hundreds of text nodes
    await useSystemTheme(page, 'light');
    await page.goto(state.path);
    await state.prepare(page);
    for (const theme of ['light', 'dark'] as Theme[]) {
      await switchTheme(page, theme);
      if (state.wholePage) await expectNoAxeViolations(page);
      else await expectNoAxeViolationsIn(wizardOf(page));
    }
  });
}

test('answers that cannot all be met are named as a conflict even when a target still fits', async ({ page }) => {
  await page.goto(`/chooser?${encodeAnswers({ ...NIGHTLY_EXPORT, workload: 'event', access: ['privileged'], host: 'none' }, questions)}`);
  const conflict = wizardOf(page).getByRole('heading', { name: 'Some of your answers conflict' });
  await expect(conflict).toBeVisible();
  await expect(wizardOf(page)).toContainText('Host access: Privileged mode or Docker-in-Docker');
  await expect(wizardOf(page)).toContainText('Host control: None');
  await expect(wizardOf(page).getByRole('status')).toHaveText(/^Top pick: .* Some of your answers conflict\.$/);
  await expect(wizardOf(page).getByRole('heading', { name: 'No target fits every answer' })).toHaveCount(0);
  await wizardOf(page).getByRole('button', { name: 'Change Host control: None' }).first().click();
  await stepOf(
    page,
    questions.findIndex((question) => question.id === 'host'),
  )
    .getByRole('radio', { name: 'Choose the instance type' })
    .check();
  await wizardOf(page).getByRole('button', { name: 'Update result' }).click();
  await expect(wizardOf(page).getByRole('heading', { name: 'Your recommendation' })).toBeVisible();
  await expect(conflict).toHaveCount(0);
});
