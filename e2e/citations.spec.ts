import { expect, test } from '@playwright/test';
import { getLessons } from '../lib/content/lessons';

// Issue 28: sources are numbered notes, not links inside sentences, and the lesson's time is computed with its
// check-up. Run against the production build.

const fargate = getLessons().find((lesson) => lesson.slug === 'fargate-security')!;

test("a claim carries a numbered note that leads to its section's Sources line, which links the AWS page", async ({ page }) => {
  await page.goto('/lessons/fargate-security');
  const main = page.getByRole('main');
  // The first section's first citation: a superscript "[n]" named after its source for screen readers.
  const section = main.getByRole('heading', { level: 2, name: 'No view of the host' });
  await section.scrollIntoViewIfNeeded();
  const note = main.getByRole('link', { name: /^Source \d+: Fargate Linux platform versions/ }).first();
  await expect(note).toHaveText(/^\[\d+\]$/);
  const number = (await note.textContent())!.replace(/\D/g, '');
  await note.click();
  await expect(page).toHaveURL(new RegExp(`#no-view-of-the-host-source-${number}$`));
  // The note it leads to is on screen, numbered the same, and links the AWS page itself.
  const target = page.locator(`[id="no-view-of-the-host-source-${number}"]`);
  await expect(target).toBeInViewport();
  await expect(target).toContainText(`[${number}]`);
  await expect(target.getByRole('link')).toHaveAttribute('href', 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-linux-fargate.html');

  // No sentence links to an AWS page any more: every link to docs.aws.amazon.com in the lesson text sits in a
  // "Sources:" line (or the end-of-lesson list), never in the middle of prose.
  const inlineAwsLinks = await page.evaluate(() =>
    [...document.querySelectorAll('.prose-lesson a[href^="https://docs.aws.amazon.com"]')]
      .filter((link) => !link.closest('.cite-sources, [data-widget], [data-island]'))
      .map((link) => link.textContent),
  );
  expect(inlineAwsLinks).toEqual([]);

  // The lesson's numbered Sources list at the end uses the same numbers.
  const endList = page.getByRole('region', { name: 'Sources', exact: true }).getByRole('listitem');
  await expect(endList.nth(Number(number) - 1)).toHaveText('Fargate Linux platform versions for Amazon ECS');
});

test('the lesson header shows the computed time, reading and check-up', async ({ page }) => {
  await page.goto('/lessons/fargate-security');
  const { minutes, time } = fargate;
  expect(time.checkUpMinutes).toBeGreaterThan(0);
  await expect(page.getByText(`${minutes} min (${time.readingMinutes} reading, ${time.checkUpMinutes} check-up)`)).toBeVisible();
});
