/**
 * The LTI 1.3 tool in a real Moodle 5.1, as the people who use it would: an admin registers the tool by pasting one
 * URL (Dynamic Registration), a teacher adds a graded check-up with Moodle's "Select content" (Deep Linking), a
 * student opens it inside Moodle's page (the tool on localhost, Moodle on 127.0.0.1: another site, with third-party
 * cookies blocked) and the score shows in Moodle's gradebook; the teacher's launch lists the course's members
 * (NRPS); with Moodle's web server stopped, a second attempt's score waits in the outbox and lands after Moodle is back.
 */
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { logIn, moodleEnv, php, registerTool, startMoodle, stopMoodleWeb } from './moodle';
import { getQuestionBank } from '../../lib/questions/load';

type Course = { courseId: number; users: Record<'teacher' | 'student' | 'student2', { username: string; password: string; id: number; name: string }> };

const LESSON = 'launch-types';
const questions = getQuestionBank().filter((question) => question.lesson === LESSON);

/** Answers every question of the check-up in the tool's frame, right or wrong as asked. */
async function answer(tool: FrameLocator, right: (index: number) => boolean) {
  for (const [index, question] of questions.entries()) {
    const group = tool.getByRole('group', { name: `Question ${index + 1} of ${questions.length}` });
    if (question.kind === 'order') continue; // left in the order shown, which is never the right one: wrong
    if (question.kind === 'true-false') {
      await group.getByLabel(right(index) === question.answer ? 'True' : 'False', { exact: true }).check();
      continue;
    }
    const options = question.options.filter((option) => Boolean(option.correct) === right(index));
    for (const option of question.kind === 'multiple' ? options : options.slice(0, 1)) await group.getByLabel(option.text, { exact: true }).check();
  }
}

const rightCount = (right: (index: number) => boolean) => questions.filter((question, index) => question.kind !== 'order' && right(index)).length;

function toolFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe[name="contentframe"], iframe#contentframe').first();
}

test('LTI in Moodle: register, deep link a graded check-up, launch cross-site, grade, roster, outbox while Moodle is down', async ({
  page,
  browser,
  baseURL,
}) => {
  const moodle = moodleEnv();
  const run = Date.now().toString(36);
  const course = php<Course>('lti-course.php', run);
  // A tool left by an earlier run on this URL would make Moodle ask whether to update it instead.
  php('lti-forget-tool.php', baseURL!);
  const grade = (userId: number) => php<{ grademax: number | null; finalgrade: number | null }>('lti-grade.php', String(course.courseId), String(userId));

  const typeId = await test.step('the admin registers the tool by pasting its URL (Dynamic Registration)', () => registerTool(page, baseURL!));

  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  const cmid = await test.step('the teacher adds a graded check-up with "Select content" (Deep Linking)', async () => {
    await logIn(teacher, course.users.teacher.username, course.users.teacher.password);
    await teacher.goto(`${moodle.url}/course/modedit.php?add=lti&course=${course.courseId}&section=0&return=0&typeid=${typeId}`);
    await teacher.getByRole('button', { name: 'Select content' }).click();
    const picker = teacher.frameLocator('iframe').last();
    await expect(picker.getByRole('heading', { name: 'Add to your course' })).toBeVisible();
    await expect(picker.getByRole('combobox', { name: /^What to add/ })).toHaveValue('check-up');
    await picker.getByRole('combobox', { name: /^Lesson/ }).selectOption(LESSON);
    await picker.getByLabel('Attempts allowed').selectOption('2');
    await picker.getByLabel('Feedback after submitting').selectOption('right-wrong');
    await picker.getByLabel('Maximum grade').fill('10');
    await picker.getByRole('button', { name: 'Add to the course' }).click();
    // Moodle closes its dialog and fills the activity form from the content item.
    await expect(teacher.getByRole('textbox', { name: 'Activity name' })).toHaveValue(/^Check-up: /);
    await teacher.getByRole('button', { name: 'Save and display' }).click();
    await teacher.waitForURL(/mod\/lti\/view\.php\?id=\d+/);
    return Number(new URL(teacher.url()).searchParams.get('id'));
  });

  await test.step('the gradebook has the column the line item asked for', async () => {
    expect(grade(course.users.student.id).grademax).toBe(10);
  });

  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  const firstRight = (index: number) => index % 2 === 0;
  await test.step('a student launches it inside Moodle (another site, third-party cookies blocked), answers, and the score reaches the gradebook', async () => {
    await logIn(student, course.users.student.username, course.users.student.password);
    await student.goto(`${moodle.url}/mod/lti/view.php?id=${cmid}`);
    const tool = toolFrame(student);
    await expect(tool.getByRole('heading', { name: /^Check-up: / })).toBeVisible();
    await expect(tool.getByText(`Signed in from your course as ${course.users.student.name}`)).toBeVisible();
    await answer(tool, firstRight);
    await tool.getByRole('button', { name: 'Submit answers' }).click();
    const right = rightCount(firstRight);
    await expect(tool.getByRole('heading', { name: `Attempt 1: ${right} of ${questions.length} right` })).toBeVisible();
    await expect(tool.getByRole('status')).toContainText('Your score is in the course gradebook.');
    const expected = Math.round((right / questions.length) * 10000) / 1000;
    expect(grade(course.users.student.id).finalgrade).toBeCloseTo(expected, 1);
    await student.goto(`${moodle.url}/grade/report/user/index.php?id=${course.courseId}`);
    await expect(student.getByRole('row', { name: /Check-up: / })).toContainText(expected.toFixed(2));
  });

  await test.step("the teacher's launch reads the course's members (NRPS)", async () => {
    await teacher.goto(`${moodle.url}/mod/lti/view.php?id=${cmid}`);
    const tool = toolFrame(teacher);
    await expect(tool.getByRole('heading', { name: 'Your course' })).toBeVisible();
    await expect(tool.getByText('2 learners and 1 instructor in this course.')).toBeVisible();
    await expect(tool.getByRole('listitem').filter({ hasText: course.users.student2.name })).toBeVisible();
  });

  await test.step("with Moodle's web server stopped, the second attempt's score waits in the outbox, then lands", async () => {
    await student.goto(`${moodle.url}/mod/lti/view.php?id=${cmid}`);
    const tool = toolFrame(student);
    await expect(tool.getByText('1 attempt left')).toBeVisible();
    await answer(tool, () => true);
    stopMoodleWeb();
    try {
      await tool.getByRole('button', { name: 'Submit answers' }).click();
      await expect(tool.getByRole('status')).toContainText('will reach the course gradebook as soon as the LMS answers');
    } finally {
      startMoodle();
    }
    const expected = Math.round((rightCount(() => true) / questions.length) * 10000) / 1000;
    await expect.poll(() => grade(course.users.student.id).finalgrade, { timeout: 60_000 }).toBeCloseTo(expected, 1);
  });

  await teacherContext.close();
  await studentContext.close();
});
