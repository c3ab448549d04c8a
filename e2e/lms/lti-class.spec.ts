/**
 * Class results in a real Moodle 5.1: three students (made with Moodle's generator) answer a deep-linked check-up
 * inside Moodle's page with known answers; the teacher's launch shows the right counts, the most-missed question and
 * its most chosen wrong option, and the CSV has the same numbers. Registration and deep linking are the steps of
 * e2e/lms/lti.spec.ts.
 */
import fs from 'node:fs';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { logIn, moodleEnv, php, registerTool } from './moodle';
import { getQuestionBank } from '../../lib/questions/load';
import { toPublicQuestion } from '../../lib/lti/public-questions';
import type { BankQuestion } from '../../lib/questions/schema';

type Learner = 'ann' | 'bob' | 'cyd';
type Course = { courseId: number; users: Record<'teacher' | Learner, { username: string; password: string; id: number; name: string }> };

const LESSON = 'launch-types';
const questions = getQuestionBank().filter((question) => question.lesson === LESSON);
// The question Bob and Cyd get wrong, both with the same wrong option: the class's misconception.
const missed = questions.find((question) => question.kind === 'single' || question.kind === 'scenario') as Extract<
  BankQuestion,
  { kind: 'single' | 'scenario' }
>;
const misconception = missed.options.find((option) => !option.correct)!;

const toolFrame = (page: Page): FrameLocator => page.frameLocator('iframe[name="contentframe"], iframe#contentframe').first();

/** Answers every question right, except the misconception when asked; order questions are put right with Up. */
async function answer(tool: FrameLocator, withMisconception: boolean) {
  for (const [index, question] of questions.entries()) {
    const group = tool.getByRole('group', { name: `Question ${index + 1} of ${questions.length}` });
    if (question.kind === 'order') {
      const shown = toPublicQuestion(question).choices.map((choice) => choice.id);
      for (const [target, step] of question.steps.entries()) {
        for (let at = shown.indexOf(step.id); at > target; at--) {
          await group.getByRole('button', { name: `Move "${step.text}" up` }).click();
          [shown[at - 1], shown[at]] = [shown[at], shown[at - 1]];
        }
      }
      continue;
    }
    if (question.kind === 'true-false') {
      await group.getByLabel(question.answer ? 'True' : 'False', { exact: true }).check();
      continue;
    }
    const chosen = withMisconception && question.id === missed.id ? [misconception] : question.options.filter((option) => option.correct);
    for (const option of chosen) await group.getByLabel(option.text, { exact: true }).check();
  }
}

test('class results in Moodle: three students answer, the teacher sees the counts, the misconception and the same CSV', async ({ page, browser, baseURL }) => {
  test.slow();
  const moodle = moodleEnv();
  const run = Date.now().toString(36);
  const course = php<Course>('lti-class-course.php', run);
  php('lti-forget-tool.php', baseURL!);

  const typeId = await test.step('the admin registers and activates the tool', () => registerTool(page, baseURL!));

  const teacherContext = await browser.newContext({ acceptDownloads: true });
  const teacher = await teacherContext.newPage();
  const cmid = await test.step('the teacher deep-links the check-up', async () => {
    await logIn(teacher, course.users.teacher.username, course.users.teacher.password);
    await teacher.goto(`${moodle.url}/course/modedit.php?add=lti&course=${course.courseId}&section=0&return=0&typeid=${typeId}`);
    await teacher.getByRole('button', { name: 'Select content' }).click();
    const picker = teacher.frameLocator('iframe').last();
    await expect(picker.getByRole('combobox', { name: /^What to add/ })).toHaveValue('check-up');
    await picker.getByRole('combobox', { name: /^Lesson/ }).selectOption(LESSON);
    await picker.getByLabel('Attempts allowed').selectOption('1');
    await picker.getByRole('button', { name: 'Add to the course' }).click();
    await expect(teacher.getByRole('textbox', { name: 'Activity name' })).toHaveValue(/^Check-up: /);
    await teacher.getByRole('button', { name: 'Save and display' }).click();
    await teacher.waitForURL(/mod\/lti\/view\.php\?id=\d+/);
    return Number(new URL(teacher.url()).searchParams.get('id'));
  });

  for (const learner of ['ann', 'bob', 'cyd'] as const) {
    await test.step(`${learner} answers inside Moodle`, async () => {
      const context = await browser.newContext();
      const student = await context.newPage();
      await logIn(student, course.users[learner].username, course.users[learner].password);
      await student.goto(`${moodle.url}/mod/lti/view.php?id=${cmid}`);
      const tool = toolFrame(student);
      await answer(tool, learner !== 'ann');
      await tool.getByRole('button', { name: 'Submit answers' }).click();
      const right = learner === 'ann' ? questions.length : questions.length - 1;
      await expect(tool.getByRole('heading', { name: `Attempt 1: ${right} of ${questions.length} right` })).toBeVisible();
      await context.close();
    });
  }

  await test.step("the teacher's launch shows the counts, the misconception and the same CSV", async () => {
    await teacher.goto(`${moodle.url}/mod/lti/view.php?id=${cmid}`);
    const tool = toolFrame(teacher);
    const results = tool.getByRole('region', { name: /^Class results/ });
    await expect(results.getByRole('heading', { name: 'Who looks stuck' })).toBeVisible();
    const learners = results.getByRole('table', { name: /^Learners against/ });
    await expect(learners.getByRole('row')).toHaveCount(4);
    for (const learner of ['ann', 'bob', 'cyd'] as const)
      await expect(learners.getByRole('row', { name: new RegExp(`^${course.users[learner].name}`) })).toContainText('Finished');
    const first = results.getByRole('heading', { name: 'Most-missed questions' }).locator('xpath=following-sibling::ol[1]/li[1]');
    await expect(first).toContainText(missed.prompt);
    await expect(first).toContainText('Missed in 2 of 3 answers (67%)');
    await expect(first).toContainText(`Most chosen wrong answer: ${misconception.text} (2 times)`);
    const download = teacher.waitForEvent('download');
    await results.getByRole('button', { name: 'Questions (CSV)' }).click();
    const row = fs
      .readFileSync((await (await download).path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')[1];
    expect(row).toContain(',3,2,66.7,');
    expect(row).toContain(`,${misconception.text.includes(',') ? `"${misconception.text}"` : misconception.text},2,`);
  });
  await teacherContext.close();
});
