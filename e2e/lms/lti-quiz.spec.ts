/**
 * Quiz rounds through LTI in a real Moodle 5.1. Graded: a teacher deep-links one round of the responsibility quiz
 * as a graded item, a student (cross site, third-party cookies blocked) places the cards inside Moodle's page, the
 * tool recomputes the score from the round's definition and Moodle's gradebook shows it. Practice: the teacher adds
 * another round ungraded through the picker's practice path; Moodle makes no gradebook column for it and the launch
 * opens the practice embed. Registration is the step of e2e/lms/lti.spec.ts.
 */
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { logIn, moodleEnv, php, registerTool } from './moodle';
import { allRounds, getResponsibilityMatrix } from '../../lib/quiz/matrix';
import { ZONE_LABELS } from '../../lib/quiz/announce';
import { percentOf } from '../../lib/assignment/attempt';
import { reportedScore } from '../../lib/lti/grading';

type Course = { courseId: number; users: Record<'teacher' | 'ann', { username: string; password: string; id: number; name: string }> };
type ActivityGrade = { items: number; grademax: number | null; finalgrade: number | null };

const rounds = allRounds(getResponsibilityMatrix());
const [graded, practice] = [rounds[0], rounds[1]];
const toolFrame = (page: Page): FrameLocator => page.frameLocator('iframe[name="contentframe"], iframe#contentframe').first();

/** Adds an activity through the tool's picker (deep linking) and returns its course module id. */
async function addActivity(teacher: Page, courseId: number, typeId: number, pick: (picker: FrameLocator) => Promise<void>, name: string) {
  const moodle = moodleEnv();
  await teacher.goto(`${moodle.url}/course/modedit.php?add=lti&course=${courseId}&section=0&return=0&typeid=${typeId}`);
  await teacher.getByRole('button', { name: 'Select content' }).click();
  const picker = teacher.frameLocator('iframe').last();
  await pick(picker);
  await picker.getByRole('button', { name: 'Add to the course' }).click();
  await expect(teacher.getByRole('textbox', { name: 'Activity name' })).toHaveValue(name);
  await teacher.getByRole('button', { name: 'Save and display' }).click();
  await teacher.waitForURL(/mod\/lti\/view\.php\?id=\d+/);
  return Number(new URL(teacher.url()).searchParams.get('id'));
}

test('quiz rounds in Moodle: a graded round scored by the tool reaches the gradebook; a practice round adds no grade and opens the practice embed', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  const moodle = moodleEnv();
  const run = Date.now().toString(36);
  const course = php<Course>('lti-class-course.php', run);
  php('lti-forget-tool.php', baseURL!);
  const typeId = await test.step('the admin registers and activates the tool', () => registerTool(page, baseURL!));

  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await logIn(teacher, course.users.teacher.username, course.users.teacher.password);
  const gradedCm = await test.step('the teacher deep-links one quiz round as a graded item', () =>
    addActivity(
      teacher,
      course.courseId,
      typeId,
      async (picker) => {
        await picker.getByRole('combobox', { name: /^What to add/ }).selectOption('quiz');
        const roundsGroup = picker.getByRole('group', { name: 'Rounds that count' });
        for (const round of rounds) await roundsGroup.getByLabel(round.title, { exact: true }).setChecked(round.id === graded.id);
        await picker.getByLabel('Attempts allowed').selectOption('1');
        await picker.getByLabel('Maximum grade').fill('10');
      },
      `Quiz round: ${graded.title}`,
    ));
  expect(php<ActivityGrade>('lti-activity-grade.php', String(gradedCm), String(course.users.ann.id))).toMatchObject({ items: 1, grademax: 10 });

  const practiceCm = await test.step('the teacher adds another round to practise, ungraded', () =>
    addActivity(
      teacher,
      course.courseId,
      typeId,
      async (picker) => {
        await picker.getByRole('combobox', { name: /^What to add/ }).selectOption('round');
        await picker.getByRole('combobox', { name: /^Quiz round/ }).selectOption(practice.id);
      },
      `Quiz round: ${practice.title}`,
    ));
  expect(php<ActivityGrade>('lti-activity-grade.php', String(practiceCm), String(course.users.ann.id))).toMatchObject({ items: 0 });
  await teacherContext.close();

  const context = await browser.newContext();
  const student = await context.newPage();
  await logIn(student, course.users.ann.username, course.users.ann.password);
  // Every card right but the first, which goes to a wrong zone: the tool must count it wrong.
  const right = graded.cards.length - 1;
  const expected = reportedScore([percentOf({ score: right, max: graded.cards.length })], 10);
  await test.step('the student places the cards inside Moodle; the tool grades them', async () => {
    await student.goto(`${moodle.url}/mod/lti/view.php?id=${gradedCm}`);
    const tool = toolFrame(student);
    await expect(tool.getByRole('heading', { name: graded.title })).toBeVisible();
    for (const [index, card] of graded.cards.entries()) {
      const zone = index === 0 ? graded.zones.find((entry) => entry !== card.answer)! : card.answer;
      await tool.getByRole('group', { name: card.label }).getByLabel(ZONE_LABELS[zone], { exact: true }).check();
    }
    await tool.getByRole('button', { name: 'Submit answers' }).click();
    await expect(tool.getByRole('heading', { name: `Attempt 1: ${right} of ${graded.cards.length} right` })).toBeVisible();
    await expect(tool.getByRole('status')).toContainText(`Score sent: ${expected} out of 10. Your score is in the course gradebook.`);
  });
  await test.step("Moodle's gradebook holds the recomputed score", async () => {
    expect(php<ActivityGrade>('lti-activity-grade.php', String(gradedCm), String(course.users.ann.id))).toEqual({
      items: 1,
      grademax: 10,
      finalgrade: expected,
    });
    await student.goto(`${moodle.url}/grade/report/user/index.php?id=${course.courseId}`);
    await expect(student.getByRole('row', { name: new RegExp(`Quiz round: ${graded.title}`) })).toContainText(String(expected.toFixed(2)));
  });
  await test.step('the practice round opens the practice embed, ungraded', async () => {
    await student.goto(`${moodle.url}/mod/lti/view.php?id=${practiceCm}`);
    const tool = toolFrame(student);
    await expect(tool.getByRole('heading', { name: new RegExp(practice.title) })).toBeVisible();
    await expect(tool.getByRole('button', { name: 'Check answers' })).toBeVisible();
    expect(php<ActivityGrade>('lti-activity-grade.php', String(practiceCm), String(course.users.ann.id))).toMatchObject({ items: 0 });
  });
  await context.close();
});
