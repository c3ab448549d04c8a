/** The lesson check-up: answering with feedback, order by buttons, the result event, no-JS and print versions. */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, reachWidget } from './support';

/** One axe scan of the check-up only (the rest of the lesson is scanned by a11y.spec.ts). */
const expectCheckUpAccessible = (page: Page) => expectNoAxeViolations(page, { include: ['[data-check-up]'] });

const LESSON = '/lessons/container-options';
const interactive = (page: Page) => page.locator('[data-checkup-part="interactive"]');
const card = (page: Page, prompt: RegExp) =>
  interactive(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('group', { name: prompt }) });

test('a wrong answer shows the chosen option\u2019s own feedback; a right one says so and the result is recorded', async ({ page }) => {
  test.slow();
  await page.goto(LESSON);
  await page.evaluate(() => {
    (window as unknown as { results: unknown[] }).results = [];
    window.addEventListener('containers-on-aws:result', (event) => (window as unknown as { results: unknown[] }).results.push((event as CustomEvent).detail));
  });
  const first = card(page, /What kind of service is AWS Fargate\?/);
  await test.step('pending state is accessible', async () => {
    await expect(first.getByRole('button', { name: 'Check answer' })).toBeDisabled();
    await expectCheckUpAccessible(page);
  });
  await test.step('wrong: the distractor explains its misconception and links the section', async () => {
    await first.getByRole('radio', { name: /A third orchestrator/ }).check();
    await first.getByRole('radio', { name: 'Unsure' }).check();
    await first.getByRole('button', { name: 'Check answer' }).click();
    await expect(first.getByText('Not quite.')).toBeVisible();
    await expect(first.locator('[tabindex="-1"]'), 'focus moves to the feedback').toBeFocused();
    await expect(first.getByText(/You chose “A third orchestrator, next to ECS and EKS”: .*schedules nothing itself/)).toBeVisible();
    await expect(first.getByText('The right answer: Serverless compute that ECS or EKS places containers on'), 'not given away at once').toHaveCount(0);
    await first.getByRole('button', { name: 'Show the right answer' }).click();
    await expect(first.getByText('The right answer: Serverless compute that ECS or EKS places containers on')).toBeVisible();
    await expect(first.getByRole('link', { name: 'Read the section “Three kinds of service”' })).toHaveAttribute('href', '#three-kinds-of-service');
    await expectCheckUpAccessible(page);
  });
  await test.step('try again: right', async () => {
    await first.getByRole('button', { name: 'Try again' }).click();
    await expect(first.getByRole('radio', { name: /Serverless compute/ })).not.toBeChecked();
    await first.getByRole('radio', { name: /Serverless compute/ }).check();
    await first.getByRole('button', { name: 'Check answer' }).click();
    await expect(first.getByText('Right.')).toBeVisible();
    await expect(first.getByText(/You chose/)).toHaveCount(0);
    await first.getByRole('button', { name: 'Try again' }).click();
    await expect(first.getByRole('radio').first(), 'focus goes back to the question').toBeFocused();
    await first.getByRole('radio', { name: /Serverless compute/ }).check();
    await first.getByRole('button', { name: 'Check answer' }).click();
  });
  await test.step('true/false with its why', async () => {
    const tf = card(page, /every task gets its own elastic network interface/);
    await tf.getByRole('radio', { name: 'False' }).check();
    await tf.getByRole('button', { name: 'Check answer' }).click();
    await expect(tf.getByText(/You chose “False”: .*Fargate accepts only awsvpc/)).toBeVisible();
    await tf.getByRole('button', { name: 'Show the right answer' }).click();
    await expect(tf.getByText(/Fargate requires the awsvpc network mode, which gives each task its own ENI/)).toBeVisible();
  });
  await test.step('the score line counts first answers, and stays on the page after reload', async () => {
    await expect(
      interactive(page).getByText('Answered 2 of 9 so far; 0 right at the first try. Your answers are saved: you can come back to the rest later.'),
    ).toBeVisible();
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('containers-on-aws:learner') ?? '{}').widgets?.['check-up:container-options']);
    expect(Object.keys(stored.answers).sort()).toEqual(['co-awsvpc-eni', 'co-fargate-is-compute']);
    expect(stored.answers['co-fargate-is-compute'].correct).toBe(true);
    // The first try of each question is scheduled in the review queue (wrong: due again today).
    const reviews = () => page.evaluate(() => JSON.parse(localStorage.getItem('containers-on-aws:learner') ?? '{}').reviews ?? {});
    await expect.poll(async () => Object.keys(await reviews()).sort()).toEqual(['q:co-awsvpc-eni', 'q:co-fargate-is-compute']);
    const review = (await reviews())['q:co-fargate-is-compute'];
    expect(review.log).toEqual([expect.objectContaining({ correct: false, rating: 1 })]);
  });
});

test('an order question works with Move up and Move down buttons alone, and all answers record one result', async ({ page }) => {
  test.slow();
  await page.goto('/lessons/launch-types');
  await page.evaluate(() => {
    (window as unknown as { results: unknown[] }).results = [];
    window.addEventListener('containers-on-aws:result', (event) => (window as unknown as { results: unknown[] }).results.push((event as CustomEvent).detail));
  });
  const order = card(page, /thumbnail-worker moves to Fargate Spot\. Put what happens in order/);
  // The step announcements come with the check-up's own code, which loads as the learner scrolls to it.
  await reachWidget(order);
  const steps = order.getByRole('listitem');
  // The course's own order question (issue 28 replaced the one with two valid orders).
  const target = [
    'Associate FARGATE and FARGATE_SPOT with the cluster (put-cluster-capacity-providers)',
    'Create the service with a strategy that names FARGATE_SPOT',
    'ECS places some of the service’s tasks on Fargate Spot capacity',
    'AWS needs the capacity back: the task gets a two-minute warning and stops',
    'The service starts a replacement task to keep its desired count',
  ];
  // Selection sort with the buttons: bring each step up to its place.
  for (const [index, text] of target.entries()) {
    for (;;) {
      const current = (await steps.allInnerTexts()).findIndex((line) => line.includes(text));
      if (current <= index) break;
      await order.getByRole('button', { name: `Move “${text}” up` }).click();
      await expect(steps.nth(current - 1)).toContainText(text);
    }
  }
  await expect(order.getByText(/now step \d of 5/)).toBeAttached();
  await order.getByRole('button', { name: 'Check answer' }).click();
  await expect(order.getByText('Right.')).toBeVisible();
  await expect(order.getByRole('button', { name: /Move “/ })).toHaveCount(0);

  // Answer everything else (any answer) to finish the check-up.
  const cards = interactive(page).locator('ol > li');
  for (let index = 0; index < (await cards.count()); index += 1) {
    const item = cards.nth(index);
    const check = item.getByRole('button', { name: 'Check answer' });
    if (!(await check.isVisible())) continue;
    const inputs = item.getByRole('group').first().locator('input');
    if (await inputs.count()) await inputs.first().check();
    await check.click();
    await expect(item.getByText(/^(Right|Not quite)\.$/)).toBeVisible();
  }
  await expect(interactive(page).getByText(/^Check-up: \d of 9, (passed|not passed yet)\.$/)).toBeVisible();
  const results = await page.evaluate(() => (window as unknown as { results: { widget: string; lesson: string; max: number }[] }).results);
  expect(results).toEqual([expect.objectContaining({ widget: 'check-up', lesson: 'launch-types', max: 9 })]);
});

test('print shows every question with its answer and explanation', async ({ page }) => {
  await page.goto(LESSON);
  await page.emulateMedia({ media: 'print' });
  const text = page.locator('[data-checkup-part="text"]');
  await expect(interactive(page)).toBeHidden();
  await expect(text.getByText('What kind of service is AWS Fargate?')).toBeVisible();
  await expect(text.getByText('Answer: Serverless compute that ECS or EKS places containers on').last()).toBeVisible();
  await expect(text.getByText('Show answer').first()).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the check-up shows its questions with the answers in a disclosure', async ({ page }) => {
    await page.goto(LESSON);
    const text = page.locator('[data-checkup-part="text"]');
    await expect(text.getByText('What kind of service is AWS Fargate?')).toBeVisible();
    await expect(interactive(page)).toBeHidden();
    const answer = text.getByText('Answer: Serverless compute that ECS or EKS places containers on').first();
    await expect(answer).toBeHidden();
    await text.getByText('Show answer').first().click();
    await expect(answer).toBeVisible();
  });
});
