/**
 * The steps of the class-results journeys (e2e/lti-class.spec.ts, e2e/lti-lrs.spec.ts): a user of the test LMS
 * launches the check-up (real login, state cookie, signed id_token) and gets the page's session token; answers go
 * to the tool's attempts API as the launched page sends them.
 */
import { expect, test, type Page } from '@playwright/test';
import type { BankQuestion } from '../../lib/questions/schema';
import type { TestPlatform, TestUser } from './test-platform';

export const LESSON = 'launch-types';

export type Answer = { kind: 'choice'; optionIds: string[] } | { kind: 'true-false'; value: boolean } | { kind: 'order'; stepIds: string[] };
export const rightAnswer = (question: BankQuestion): Answer =>
  question.kind === 'true-false'
    ? { kind: 'true-false', value: question.answer }
    : question.kind === 'order'
      ? { kind: 'order', stepIds: question.steps.map((step) => step.id) }
      : { kind: 'choice', optionIds: question.options.filter((option) => option.correct).map((option) => option.id) };

/** The test LMS registers the tool through Dynamic Registration (/lti/register), as an LMS administrator would. */
export async function registerTool(page: Page, platform: TestPlatform) {
  // The tool opens its database on first use (PGlite: seconds idle, a minute on a loaded machine).
  expect((await page.request.get('/lti/jwks', { timeout: 300_000 })).ok()).toBe(true);
  await page.goto(`/lti/register?openid_configuration=${encodeURIComponent(`${platform.url}/.well-known/openid-configuration`)}&registration_token=class-test`);
  await page.getByRole('button', { name: 'Register the tool' }).click();
  await expect(page.getByRole('heading', { name: 'Tool registered' })).toBeVisible();
}

export async function launch(page: Page, platform: TestPlatform, user: TestUser): Promise<string> {
  platform.users.set(user.sub, user);
  const origin = new URL(page.url() === 'about:blank' ? test.info().project.use.baseURL! : page.url()).origin;
  const launched = page.waitForResponse((response) => response.url().endsWith('/lti/launch') && response.request().method() === 'POST');
  await page.goto(
    `/lti/login?iss=${encodeURIComponent(platform.url)}&client_id=${platform.clientId}&login_hint=${user.sub}&target_link_uri=${encodeURIComponent(`${origin}/lti/launch`)}`,
  );
  const location = (await launched).headers().location ?? '';
  expect(location, 'the launch sends the browser to the check-up with a session').toMatch(new RegExp(`^/lti/check-up/${LESSON}#`));
  await expect(page).toHaveURL(new RegExp(`/lti/check-up/${LESSON}$`));
  return location.split('#')[1];
}

export async function submit(page: Page, token: string, answers: { questionId: string; answer: Answer }[]) {
  const at = new Date().toISOString();
  const response = await page.request.post('/lti/api/attempts', {
    headers: { authorization: `Bearer ${token}` },
    data: { startedAt: at, answers: answers.map((entry) => ({ ...entry, answeredAt: at })) },
  });
  expect(response.status()).toBe(200);
}
