/**
 * The paste-in examples of docs/embedding.md, run as pasted: the code blocks are read from the page itself (only the
 * example origin, https://course.example.com, becomes the test's site) and put in a course page on another origin,
 * once with scripts allowed and once with its scripts stripped, as many LMS editors do.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { allRounds } from '../lib/quiz/matrix';
import type { Owner } from '../lib/quiz/types';

const ZONE: Record<Owner, string> = { you: 'You manage', shared: 'Shared', aws: 'AWS manages' };
const fargate = allRounds().find((round) => round.id === 'fargate')!;
const EXAMPLE_ORIGIN = 'https://course.example.com';

/** The fenced blocks of a language in docs/embedding.md. */
function codeBlocks(language: string): string[] {
  const text = fs.readFileSync(path.join(process.cwd(), 'docs', 'embedding.md'), 'utf8');
  return [...text.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)\\n```', 'g'))].map((match) => match[1]);
}

const snippets = codeBlocks('html').find((block) => block.includes('data-containers-on-aws'))!;
const listener = codeBlocks('js').find((block) => block.includes('ContainersOnAws.push'))!;

let host: http.Server;
let hostOrigin = '';
let site = '';
const pages = new Map<string, string>();

test.beforeAll(async ({ baseURL }) => {
  site = baseURL!;
  host = http.createServer((request, response) => {
    const html = pages.get(new URL(request.url ?? '/', 'http://host').pathname);
    response.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

const coursePage = (name: string, body: string) => {
  pages.set(
    `/${name}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page</title></head><body><main><h1>My course</h1>\n${body}\n</main></body></html>`,
  );
  return `${hostOrigin}/${name}.html`;
};

const asPasted = (code: string) => code.split(EXAMPLE_ORIGIN).join(site);

test('docs examples as pasted, scripts allowed: the API queued before embed.js loads applies, the frames fit, the listener gets the statement', async ({
  page,
}) => {
  test.slow();
  expect(snippets, 'docs/embedding.md has an html block with the loader snippet').toBeTruthy();
  expect(listener, 'docs/embedding.md has a js block that calls ContainersOnAws.push').toBeTruthy();
  await page.setViewportSize({ width: 1280, height: 900 });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const logged: string[] = [];
  page.on('console', (message) => logged.push(message.text()));
  // Hold embed.js until the page has run the pasted listener script, so its call waits in the queue.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/embed.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(coursePage('allowed', `${asPasted(snippets)}\n<script>\n${asPasted(listener)}\n</script>`), { waitUntil: 'domcontentloaded' });
  expect(await page.evaluate(() => Array.isArray((window as unknown as { ContainersOnAws: unknown }).ContainersOnAws))).toBe(true);
  // Before the loader runs, the placeholder shows its link.
  await expect(page.getByRole('link', { name: 'Who manages what (Containers on AWS)' })).toBeVisible();
  release();

  // The loader's frame loads lazily, below the 1,200 px lesson frame: the reader scrolls to it.
  await page.locator('iframe[title="Who manages what"]').scrollIntoViewIfNeeded();
  const quiz = page.frameLocator('iframe[title="Who manages what"]');
  await expect(quiz.getByRole('heading', { name: /ECS on Fargate/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Who manages what (Containers on AWS)' })).toHaveCount(0);
  // The queued setTheme('dark') reached the frame.
  await expect(quiz.locator('html')).toHaveClass(/dark/);
  // The iframe snippet of the same block: its own theme option.
  const lesson = page.frameLocator('iframe[title="Launch types and capacity providers"]');
  await expect(lesson.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(lesson.locator('html')).toHaveClass(/dark/);

  for (const card of fargate.cards) {
    await quiz.getByRole('button', { name: `Move to…, ${card.label}` }).click();
    await quiz
      .getByRole('menu', { name: `Move ${card.label} to` })
      .getByRole('menuitem', { name: ZONE[card.answer] })
      .click();
  }
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect.poll(() => logged.filter((text) => text.startsWith('xAPI statement for your LRS:')).length).toBe(1);
  const statement = JSON.parse(logged.find((text) => text.startsWith('xAPI statement for your LRS:'))!.slice('xAPI statement for your LRS:'.length));
  expect(statement).toMatchObject({ actor: { mbox: 'mailto:student@example.edu' }, verb: { id: 'http://adlnet.gov/expapi/verbs/passed' } });
  expect(errors).toEqual([]);
});

test('docs examples as pasted, scripts stripped: the placeholder is a working link and the iframe snippet still shows the lesson', async ({ page }) => {
  test.slow();
  const stripped = asPasted(snippets).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  expect(stripped).not.toContain('<script');
  await page.goto(coursePage('stripped', stripped));
  await expect(page.frameLocator('iframe[title="Launch types and capacity providers"]').getByRole('heading', { level: 1 })).toBeVisible();
  const link = page.getByRole('link', { name: 'Who manages what (Containers on AWS)' });
  await expect(link).toHaveAttribute('href', `${site}/embed/widgets/responsibility-quiz?round=fargate`);
  await link.click();
  await expect(page.getByRole('heading', { name: /ECS on Fargate/ })).toBeVisible();
});
