/**
 * LRS forwarding, end to end: a test LMS (e2e/lti-class/test-platform.ts) and a test LRS (lib/lti/testing/lrs-stub.ts:
 * checks Basic auth, the X-Experience-API-Version header and every statement with Learning Locker's validator),
 * both real servers started here. The instructor sets the course's LRS and stuck threshold in the class view's form;
 * while the LRS is down, a learner's statements wait and the view says forwarding is failing, with the LRS's
 * answer and never the secret; once it is back, saving again sends them and the view says so; the LRS holds one
 * "answered" per question and the result, with the learner as actor. Axe-clean in both themes at 360 and 1280 px.
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { getQuestionBank } from '../lib/questions/load';
import { LrsStub } from '../lib/lti/testing/lrs-stub';
import { expectNoAxeViolations } from './support';
import { LESSON, launch, registerTool, rightAnswer, submit } from './lti-class/journey';
import { TestPlatform, type TestUser } from './lti-class/test-platform';

const COURSE = { id: 'lrs-course-1', title: 'Containers, LRS term' };
const SECRET = 'lrs-secret-9f3c';
const questions = getQuestionBank().filter((question) => question.lesson === LESSON);

test('an instructor forwards the class xAPI statements to their LRS, which gets them once it is back up', async ({ page }) => {
  test.slow();
  const platform = await TestPlatform.start();
  const lrs = await LrsStub.start('course-lrs-key', SECRET);
  try {
    await registerTool(page, platform);
    const user = (sub: string, name: string, role: TestUser['role'] = 'learner'): TestUser => ({ sub, name, role, context: COURSE });
    const [ann, teacher] = [user('lrs-ann', 'Ann'), user('lrs-teacher', 'Tess Teacher', 'instructor')];
    platform.members.set(COURSE.id, [ann, teacher]);

    // The instructor sets the LRS and a stricter stuck rule (3 attempts).
    await launch(page, platform, teacher);
    const results = page.getByRole('region', { name: `Class results: ${COURSE.title}` });
    const form = results.getByRole('form', { name: 'Settings for this course' });
    await expect(form).toBeVisible();
    await expect(form.getByRole('spinbutton', { name: 'Attempts' })).toHaveValue('2');
    await form.getByRole('spinbutton', { name: 'Attempts' }).fill('3');
    await form.getByRole('checkbox', { name: 'Forward statements to an LRS' }).check();
    await form.getByRole('textbox', { name: 'Endpoint' }).fill('lrs.example.edu');
    await form.getByRole('textbox', { name: 'Key' }).fill('course-lrs-key');
    await form.getByLabel('Secret', { exact: true }).fill(SECRET);
    await form.getByRole('button', { name: 'Save settings' }).click();
    await expect(form.getByRole('alert')).toContainText('Endpoint: a full URL');
    await form.getByRole('textbox', { name: 'Endpoint' }).fill(lrs.endpoint);
    await form.getByRole('button', { name: 'Save settings' }).click();
    await expect(results.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
    await expect(results.getByText('No statements yet: they are sent when learners finish an activity.')).toBeVisible();
    await expect(results.getByText(/^Nobody: no learner has 3 or more attempts below 60%/)).toBeVisible();
    await expect(form.getByText('A secret is stored: leave this empty to keep it.')).toBeVisible();
    await expect(form.getByLabel('Secret', { exact: true })).toHaveValue('');

    // The LRS goes down; Ann answers every question but the first right.
    lrs.down = 503;
    const answers = questions.map((question, index) =>
      index === 0 && question.kind === 'true-false'
        ? { questionId: question.id, answer: { kind: 'true-false' as const, value: !question.answer } }
        : { questionId: question.id, answer: rightAnswer(question) },
    );
    const annToken = await launch(page, platform, ann);
    await submit(page, annToken, answers);
    // A learner cannot change the course's settings, nor an instructor another course's.
    const settings = { stuck: { minAttempts: 1, lowPercent: 100, staleDays: 1 }, lrs: null };
    const learnerSaves = await page.request.put('/lti/api/class/settings', { headers: { authorization: `Bearer ${annToken}` }, data: settings });
    expect(learnerSaves.status()).toBe(403);
    const expected = questions.length + 1;
    expect(lrs.statements.size).toBe(0);

    const teacherToken = await launch(page, platform, teacher);
    const otherCourse = await page.request.put('/lti/api/class/settings?context=another-course', {
      headers: { authorization: `Bearer ${teacherToken}` },
      data: settings,
    });
    expect(otherCourse.status()).toBe(403);
    const state = (term: string) =>
      results.getByRole('definition').filter({ has: page.locator(`xpath=preceding-sibling::dt[1][normalize-space()="${term}"]`) });
    await expect(state('Queued')).toHaveText(String(expected));
    await expect(state('Failing')).toHaveText(String(expected));
    await expect(state('Sent')).toHaveText('0');
    await expect(results.getByText(/Forwarding is failing: the tool keeps the statements and retries them\. Last error: The LRS answered 503/)).toBeVisible();
    await expect(page.getByText(SECRET)).toHaveCount(0);
    expect(await page.content()).not.toContain(SECRET);

    // Back up: saving the settings again (the secret left empty keeps it) sends what waited.
    lrs.down = null;
    await form.getByRole('button', { name: 'Save settings' }).click();
    await expect(state('Sent')).toHaveText(String(expected));
    await expect(state('Queued')).toHaveText('0');
    await expect(results.getByText(/^Every statement has been sent \(last at /)).toBeVisible();

    expect(lrs.refused).toEqual([]);
    const stored = [...lrs.statements.values()];
    expect(stored).toHaveLength(expected);
    for (const statement of stored) {
      expect(statement.actor).toEqual({ objectType: 'Agent', name: 'Ann', account: { homePage: platform.url, name: 'lrs-ann' } });
    }
    const verbs = stored.map((statement) => (statement.verb as { id: string }).id);
    expect(verbs.filter((verb) => verb === 'http://adlnet.gov/expapi/verbs/answered')).toHaveLength(questions.length);
    expect(verbs.at(-1)).toBe('http://adlnet.gov/expapi/verbs/passed');
    expect(lrs.requests.every((request) => request.method === 'PUT' && request.path === '/xapi/statements')).toBe(true);

    const shots = process.env.SHOTS_DIR;
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await launch(page, platform, teacher);
      await expect(form.getByRole('heading', { name: 'Settings for this course' })).toBeVisible();
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await expectNoAxeViolations(page);
        if (shots) await form.screenshot({ path: path.join(shots, `class-settings-${theme}-${width}.png`) });
      }
    }
  } finally {
    await lrs.stop();
    await platform.stop();
  }
});
