/**
 * Class results, end to end against the running tool: a test LMS (a real second server, e2e/lti-class/test-platform.ts)
 * registers the tool through /lti/register, four learners launch a check-up (three submit known answers through the
 * tool's API, one only opens it, one member never comes), and the instructor's launch shows the right counts, who is
 * stuck, the most-missed question with its most chosen wrong option and section, and a CSV with the same numbers.
 * A learner, a request naming another course and another course's instructor are refused or see nothing of it. Both
 * themes, 360 px and desktop, no axe violations. (The same journey in a real Moodle: e2e/lms/lti-class.spec.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { getQuestionBank } from '../lib/questions/load';
import type { BankQuestion } from '../lib/questions/schema';
import { expectNoAxeViolations } from './support';
import { LESSON, launch, registerTool, rightAnswer, submit } from './lti-class/journey';
import { TestPlatform, type TestUser } from './lti-class/test-platform';

const COURSE = { id: 'class-course-1', title: 'Containers, spring term' };
const OTHER_COURSE = { id: 'class-course-2', title: 'Another course' };

const questions = getQuestionBank().filter((question) => question.lesson === LESSON);
// The question the class gets wrong: the check-up's first single-answer question, and its first wrong option.
const missedQuestion = questions.find((question) => question.kind === 'single' || question.kind === 'scenario') as Extract<
  BankQuestion,
  { kind: 'single' | 'scenario' }
>;
const misconception = missedQuestion.options.find((option) => !option.correct)!;

test('an instructor sees who has not started, who is stuck and which misconception the class holds', async ({ page }) => {
  test.slow();
  const platform = await TestPlatform.start();
  try {
    await registerTool(page, platform);

    const user = (sub: string, name: string, role: TestUser['role'] = 'learner', context = COURSE): TestUser => ({ sub, name, role, context });
    const [ann, bob, cyd, dee, eve, teacher] = [
      user('ann-1', 'Ann'),
      user('bob-1', 'Bob'),
      user('cyd-1', 'Cyd'),
      user('dee-1', 'Dee'),
      user('eve-1', 'Eve'),
      user('teacher-1', 'Tess Teacher', 'instructor'),
    ];
    platform.members.set(COURSE.id, [ann, bob, cyd, dee, teacher]);

    const allRight = questions.map((question) => ({ questionId: question.id, answer: rightAnswer(question) }));
    const wrongOnFirst = allRight.map((entry) =>
      entry.questionId === missedQuestion.id ? { ...entry, answer: { kind: 'choice' as const, optionIds: [misconception.id] } } : entry,
    );
    // Ann: all right. Cyd: the misconception, the rest right. Bob: twice only the misconception (the rest unanswered).
    await submit(page, await launch(page, platform, ann), allRight);
    await submit(page, await launch(page, platform, cyd), wrongOnFirst);
    const bobToken = await launch(page, platform, bob);
    const onlyWrong = [{ questionId: missedQuestion.id, answer: { kind: 'choice' as const, optionIds: [misconception.id] } }];
    await submit(page, bobToken, onlyWrong);
    await submit(page, bobToken, onlyWrong);
    // Eve opens the check-up and leaves; Dee never opens it.
    const eveToken = await launch(page, platform, eve);

    const learnerAsks = await page.request.get('/lti/api/class', { headers: { authorization: `Bearer ${eveToken}` } });
    expect(learnerAsks.status()).toBe(403);
    expect((await learnerAsks.json()).message).toMatch(/for the course's instructors/);

    const teacherToken = await launch(page, platform, teacher);
    const forged = await page.request.get(`/lti/api/class?context=${OTHER_COURSE.id}`, { headers: { authorization: `Bearer ${teacherToken}` } });
    expect(forged.status()).toBe(403);
    const results = page.getByRole('region', { name: `Class results: ${COURSE.title}` });
    await expect(results).toBeVisible();
    await expect(results.getByRole('heading', { name: 'Who looks stuck' })).toBeVisible();
    const count = (term: string) =>
      results.getByRole('definition').filter({ has: page.locator(`xpath=preceding-sibling::dt[1][normalize-space()="${term}"]`) });
    await expect(count('Not started')).toHaveText('1');
    await expect(count('In progress')).toHaveText('1');
    await expect(count('Finished')).toHaveText('3');
    await expect(count('Look stuck')).toHaveText('1');
    await expect(results.getByRole('listitem').filter({ hasText: 'Bob: 2 attempts, best 0%' })).toBeVisible();

    const first = results.getByRole('heading', { name: 'Most-missed questions' }).locator('xpath=following-sibling::ol[1]/li[1]');
    await expect(first).toContainText(missedQuestion.prompt);
    await expect(first).toContainText('Missed in 3 of 4 answers (75%)');
    await expect(first).toContainText(`Most chosen wrong answer: ${misconception.text} (3 times)`);
    await expect(first).toContainText(missedQuestion.explanation);
    await expect(first.getByRole('link', { name: /^Teach it again: / })).toHaveAttribute('href', `/lessons/${LESSON}#${missedQuestion.section}`);

    const learners = results.getByRole('table', { name: /^Learners against/ });
    await expect(learners.getByRole('row')).toHaveCount(6);
    await expect(learners.getByRole('row', { name: /^Bob/ })).toContainText(/Finished\s*2\s*0%/);
    await expect(learners.getByRole('row', { name: /^Dee/ })).toContainText('Not started');
    await expect(learners.getByRole('row', { name: /^Eve/ })).toContainText('In progress');

    const download = page.waitForEvent('download');
    await results.getByRole('button', { name: 'Questions (CSV)' }).click();
    const csv = fs.readFileSync((await (await download).path())!, 'utf8').replace(/^\uFEFF/, '');
    const firstRow = csv.split('\r\n')[1];
    expect(firstRow).toContain(',4,3,75,');
    expect(firstRow).toContain(`,${misconception.text.includes(',') ? `"${misconception.text}"` : misconception.text},3,`);
    expect(firstRow).toContain(`/lessons/${LESSON}#${missedQuestion.section}`);
    await expect(results.getByRole('status').filter({ hasText: 'Questions saved' })).toHaveText('Questions saved as class-questions.csv.');

    // The page follows the system theme as it loads (a launched page cannot reload: its session is in memory), so
    // each theme is a launch of its own.
    const shots = process.env.SHOTS_DIR;
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await launch(page, platform, teacher);
      await expect(results.getByRole('heading', { name: 'Who looks stuck' })).toBeVisible();
      await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/);
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await expectNoAxeViolations(page);
        if (shots) await results.screenshot({ path: path.join(shots, `class-results-${theme}-${width}.png`) });
      }
    }

    // Another course's instructor, same LMS: their own (empty) class, nobody from this one.
    await launch(page, platform, user('teacher-2', 'Other Teacher', 'instructor', OTHER_COURSE));
    const other = page.getByRole('region', { name: `Class results: ${OTHER_COURSE.title}` });
    await expect(other.getByText('No learners yet')).toBeVisible();
    await expect(other.getByText('Bob')).toHaveCount(0);
  } finally {
    await platform.stop();
  }
});
