/**
 * A graded lesson package in a real Moodle 5.1: the teacher downloads it from the site's embed dialog (graded, one
 * attempt), adds it through Moodle's own SCORM activity form, and a student takes it in Moodle's player. A wrong
 * answer stays wrong (no try again, no second attempt, no answer key or right answer on screen); the gradebook
 * holds the check-up's score; Moodle's interactions report lists each question.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type FrameLocator, type Page } from '@playwright/test';
import { allRounds } from '../../lib/quiz/matrix';
import type { Owner } from '../../lib/quiz/types';

const MOODLE_URL = process.env.MOODLE_URL ?? 'http://127.0.0.1:8201';
const MOODLE_CODE = process.env.MOODLE_CODE ?? '/tmp/moodle-lms/moodle';
const PHP = path.join(process.cwd(), 'e2e', 'lms', 'php');
const LESSON = { slug: 'launch-types', title: 'ECS launch types' };

type Setup = { courseId: number; teacher: { id: number; username: string; password: string }; student: { id: number; username: string; password: string } };
type Grade = { name: string; grade: number | null; lessonStatus: string | null; rawScore: string | null; interactions: number };

/** A Moodle CLI script's answer: its last line of output is JSON (Moodle may print notices before it). */
function php<T>(script: string, ...args: string[]): T {
  const out = execFileSync('php', [path.join(PHP, script), MOODLE_CODE, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out.trim().split('\n').at(-1)!) as T;
}

async function moodleLogin(browser: Browser, user: { username: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await page.goto(`${MOODLE_URL}/login/index.php`);
  // The login page re-renders its password field after load (shared/lms/README.md).
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  return page;
}

test('a graded lesson package in Moodle: one attempt, no answer key, the gradebook holds the check-up score, the report lists the questions', async ({
  page,
  browser,
}) => {
  const setup = php<Setup>('setup.php', `t${Date.now().toString(36)}`);

  // 1. The teacher, on the course site, chooses graded with one attempt and downloads the package.
  await page.goto(`/lessons/${LESSON.slug}`);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('radio', { name: 'Graded', exact: true })).toBeChecked();
  await dialog.getByLabel('Attempts allowed').selectOption('1');
  await dialog.getByRole('radio', { name: 'Right or wrong for each answer' }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download for your LMS (SCORM 1.2)' }).click();
  const download = await downloading;
  const zip = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coa-lms-')), download.suggestedFilename());
  await download.saveAs(zip);
  // One attempt with right/wrong marks is the lesson's default assignment: the default file name.
  expect(download.suggestedFilename()).toBe('lesson-launch-types-scorm12.zip');

  // 2. The teacher adds it to the course with Moodle's "Add an activity or resource" form (SCORM package).
  const teacher = await moodleLogin(browser, setup.teacher);
  await teacher.goto(`${MOODLE_URL}/course/modedit.php?add=scorm&type=&course=${setup.courseId}&section=0&return=0&sr=0`);
  await teacher.getByLabel('Name', { exact: true }).fill('Graded: ECS launch types');
  await teacher.getByRole('button', { name: 'Add...' }).first().click();
  // Moodle's file picker is a YUI panel without a dialog role: found by its class.
  const picker = teacher.locator('.file-picker.fp-generallayout');
  await picker.getByText('Upload a file').click();
  await picker.locator('input[type="file"]').setInputFiles(zip);
  await picker.getByRole('button', { name: 'Upload this file' }).click();
  await expect(picker).toBeHidden();
  await teacher.getByRole('button', { name: 'Save and display' }).click();
  await expect(teacher.getByRole('heading', { name: 'Graded: ECS launch types' })).toBeVisible();
  const cmid = new URL(teacher.url()).searchParams.get('id');
  expect(cmid).toBeTruthy();

  // 3. The student takes it in Moodle's player: the launcher frames the live site, graded.
  const student = await moodleLogin(browser, setup.student);
  await student.goto(`${MOODLE_URL}/mod/scorm/view.php?id=${cmid}`);
  await student.getByRole('button', { name: 'Enter' }).click();
  const launcher = student.frameLocator('#scorm_object');
  const embed = launcher.frameLocator('#scorm-content');
  await expect(launcher.getByRole('status')).toContainText('This is graded');
  await expect(embed.getByRole('region', { name: 'Your graded attempt' })).toContainText('Attempt 1 of 1');

  // The check-up's code loads as it nears the screen (an island, components/islands/Island.tsx): the student scrolls
  // Moodle's page down to it, as they would to answer it. (Playwright scrolls every frame on the way; a script in the
  // embed could not scroll Moodle's page, which is another site.)
  await embed.locator('[data-check-up]').scrollIntoViewIfNeeded();
  const cards = embed.locator('li[data-question]');
  await expect(cards.first()).toBeVisible();
  const total = await cards.count();
  for (let index = 0; index < total; index += 1) {
    const card = cards.nth(index);
    const first = card.locator('fieldset').first().locator('input').first();
    if (await first.count()) await first.check();
    await card.getByRole('button', { name: 'Check answer' }).click();
    await expect(card.getByText(/^(Right|Not right)\.$/)).toBeVisible();
    // Graded: no way to fix the answer, and the right answer is not named.
    await expect(card.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await expect(card.getByText(/The right (answer|answers|order)/)).toHaveCount(0);
  }
  const right = await embed.getByText(/^Right\.$/).count();
  expect(right).toBeLessThan(total);
  const percent = Math.round((right / total) * 10_000) / 100;

  await expect(launcher.getByRole('status')).toContainText(`Attempt 1 submitted: ${percent}%`);
  await expect(embed.getByRole('region', { name: 'Your graded attempt' })).toContainText('No attempts left.');
  await expect(embed.getByRole('button', { name: 'Start a new attempt' })).toHaveCount(0);
  // The answer key (the check-up's text version) is not on screen.
  await expect(embed.getByText('Answer key', { exact: false })).toBeHidden();

  // Leaving the player ends the session (LMSFinish).
  await student.goto(`${MOODLE_URL}/course/view.php?id=${setup.courseId}`);

  // 4. The gradebook holds the attempt's score; the SCORM report lists the questions.
  await expect.poll(() => php<Grade[]>('grade.php', String(setup.courseId), String(setup.student.id))[0]?.grade).toBe(percent);
  const [grade] = php<Grade[]>('grade.php', String(setup.courseId), String(setup.student.id));
  expect(grade).toMatchObject({ lessonStatus: percent >= 80 ? 'passed' : 'failed', rawScore: String(percent), interactions: total });

  // Moodle's interactions report: one "Response N" column per question the student answered.
  await teacher.goto(`${MOODLE_URL}/mod/scorm/report.php?id=${cmid}&mode=interactions`);
  await expect(teacher.getByRole('columnheader', { name: /^Response \d+$/ })).toHaveCount(total);
});

/** The teacher adds a package with Moodle's "Add an activity or resource" form (SCORM package); returns its cmid. */
async function addScormActivity(teacher: Page, courseId: number, name: string, zip: string): Promise<string> {
  await teacher.goto(`${MOODLE_URL}/course/modedit.php?add=scorm&type=&course=${courseId}&section=0&return=0&sr=0`);
  await teacher.getByLabel('Name', { exact: true }).fill(name);
  await teacher.getByRole('button', { name: 'Add...' }).first().click();
  // Moodle's file picker is a YUI panel without a dialog role: found by its class.
  const picker = teacher.locator('.file-picker.fp-generallayout');
  await picker.getByText('Upload a file').click();
  await picker.locator('input[type="file"]').setInputFiles(zip);
  await picker.getByRole('button', { name: 'Upload this file' }).click();
  await expect(picker).toBeHidden();
  await teacher.getByRole('button', { name: 'Save and display' }).click();
  await expect(teacher.getByRole('heading', { name })).toBeVisible();
  const cmid = new URL(teacher.url()).searchParams.get('id');
  expect(cmid).toBeTruthy();
  return cmid!;
}

/** The teacher's choice in the site's embed dialog: graded, one attempt, right/wrong marks; the downloaded zip's path. */
async function downloadGraded(page: Page, expectedFile: string): Promise<string> {
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('radio', { name: 'Graded', exact: true })).toBeChecked();
  await dialog.getByLabel('Attempts allowed').selectOption('1');
  await dialog.getByRole('radio', { name: 'Right or wrong for each answer' }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download for your LMS (SCORM 1.2)' }).click();
  const download = await downloading;
  const zip = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coa-lms-')), download.suggestedFilename());
  await download.saveAs(zip);
  // One attempt with right/wrong marks is the default assignment: the default file name.
  expect(download.suggestedFilename()).toBe(expectedFile);
  return zip;
}

/**
 * The student answers the check-up in Moodle's player, first option of each question, and cannot fix an answer;
 * returns the number of questions and the percentage the attempt scores.
 */
async function answerCheckUp(student: Page): Promise<{ total: number; percent: number }> {
  const launcher = student.frameLocator('#scorm_object');
  const embed = launcher.frameLocator('#scorm-content');
  await expect(launcher.getByRole('status')).toContainText('This is graded');
  await expect(embed.getByRole('region', { name: 'Your graded attempt' })).toContainText('Attempt 1 of 1');
  // The check-up's code loads as it nears the screen (an island, components/islands/Island.tsx): the student scrolls
  // Moodle's page down to it, as they would to answer it. (Playwright scrolls every frame on the way; a script in the
  // embed could not scroll Moodle's page, which is another site.)
  await embed.locator('[data-check-up]').scrollIntoViewIfNeeded();
  const cards = embed.locator('li[data-question]');
  await expect(cards.first()).toBeVisible();
  const total = await cards.count();
  for (let index = 0; index < total; index += 1) {
    const card = cards.nth(index);
    const first = card.locator('fieldset').first().locator('input').first();
    if (await first.count()) await first.check();
    await card.getByRole('button', { name: 'Check answer' }).click();
    await expect(card.getByText(/^(Right|Not right)\.$/)).toBeVisible();
    // Graded: no way to fix the answer, and the right answer is not named.
    await expect(card.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await expect(card.getByText(/The right (answer|answers|order)/)).toHaveCount(0);
  }
  const right = await embed.getByText(/^Right\.$/).count();
  expect(right).toBeLessThan(total);
  const percent = Math.round((right / total) * 10_000) / 100;
  await expect(launcher.getByRole('status')).toContainText(`Attempt 1 submitted: ${percent}%`);
  await expect(embed.getByRole('region', { name: 'Your graded attempt' })).toContainText('No attempts left.');
  await expect(embed.getByRole('button', { name: 'Start a new attempt' })).toHaveCount(0);
  // The answer key (the check-up's text version) is not on screen.
  await expect(embed.getByText('Answer key', { exact: false })).toBeHidden();
  return { total, percent };
}

/** The gradebook holds the attempt's score, SCORM the status and each interaction; Moodle's report has a column per question. */
async function expectGradebook(teacher: Page, setup: Setup, cmid: string, result: { total: number; percent: number }) {
  await expect
    .poll(() => php<Grade[]>('grade.php', String(setup.courseId), String(setup.student.id)).find((row) => row.grade !== null)?.grade)
    .toBe(result.percent);
  const grade = php<Grade[]>('grade.php', String(setup.courseId), String(setup.student.id)).find((row) => row.grade !== null)!;
  expect(grade).toMatchObject({ lessonStatus: result.percent >= 80 ? 'passed' : 'failed', rawScore: String(result.percent), interactions: result.total });
  await teacher.goto(`${MOODLE_URL}/mod/scorm/report.php?id=${cmid}&mode=interactions`);
  await expect(teacher.getByRole('columnheader', { name: /^Response \d+$/ })).toHaveCount(result.total);
}

test("a graded check-up package in Moodle: from the check-up's own Embed button, one attempt, the gradebook holds its score, the report lists its questions", async ({
  page,
  browser,
}) => {
  const setup = php<Setup>('setup.php', `c${Date.now().toString(36)}`);
  await page.goto(`/lessons/${LESSON.slug}`);
  await page.getByRole('button', { name: /^Embed the check-up:/ }).click();
  const zip = await downloadGraded(page, `widget-check-up-${LESSON.slug}-scorm12.zip`);
  const teacher = await moodleLogin(browser, setup.teacher);
  const cmid = await addScormActivity(teacher, setup.courseId, 'Graded check-up: ECS launch types', zip);
  const student = await moodleLogin(browser, setup.student);
  await student.goto(`${MOODLE_URL}/mod/scorm/view.php?id=${cmid}`);
  await student.getByRole('button', { name: 'Enter' }).click();
  const result = await answerCheckUp(student);
  await student.goto(`${MOODLE_URL}/course/view.php?id=${setup.courseId}`);
  await expectGradebook(teacher, setup, cmid, result);
});

const ZONE: Record<Owner, string> = { you: 'You manage', shared: 'Shared', aws: 'AWS manages' };

/** Places every card of a round through its "Move to…" menu (the single-pointer way), then checks the round. */
async function answerRound(embed: FrameLocator, round: ReturnType<typeof allRounds>[number], zoneFor: (answer: Owner) => Owner) {
  await embed.getByRole('tab', { name: new RegExp(`^${round.title}`) }).click();
  for (const card of round.cards) {
    await embed.getByRole('button', { name: `Move to…, ${card.label}` }).click();
    await embed
      .getByRole('menu', { name: `Move ${card.label} to` })
      .getByRole('menuitem', { name: ZONE[zoneFor(card.answer)] })
      .click();
  }
  await embed.getByRole('button', { name: 'Check answers' }).click();
}

test('a graded quiz with chosen rounds in Moodle: only those rounds, their sum is the grade, one interaction per card', async ({ page, browser }) => {
  const setup = php<Setup>('setup.php', `q${Date.now().toString(36)}`);
  const [lambda, fargate] = ['lambda', 'fargate'].map((id) => allRounds().find((round) => round.id === id)!);
  await page.goto('/quiz/responsibility');
  await page.getByRole('button', { name: /^Embed: / }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('radio', { name: 'Graded', exact: true })).toBeChecked();
  for (const round of [lambda, fargate])
    await dialog.getByRole('group', { name: 'Rounds that count' }).getByRole('checkbox', { name: round.title, exact: true }).check();
  await dialog.getByLabel('Attempts allowed').selectOption('1');
  await dialog.getByRole('radio', { name: 'Right or wrong for each answer' }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download for your LMS (SCORM 1.2)' }).click();
  const download = await downloading;
  // Chosen rounds are not the default assignment: a file (and package identifier) of its own.
  expect(download.suggestedFilename()).toMatch(/^widget-responsibility-quiz-[0-9a-f]{8}-scorm12\.zip$/);
  const zip = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coa-lms-')), download.suggestedFilename());
  await download.saveAs(zip);

  const teacher = await moodleLogin(browser, setup.teacher);
  const cmid = await addScormActivity(teacher, setup.courseId, 'Graded quiz: two rounds', zip);
  const student = await moodleLogin(browser, setup.student);
  await student.goto(`${MOODLE_URL}/mod/scorm/view.php?id=${cmid}`);
  await student.getByRole('button', { name: 'Enter' }).click();
  const launcher = student.frameLocator('#scorm_object');
  const embed = launcher.frameLocator('#scorm-content');
  await expect(launcher.getByRole('status')).toContainText('This is graded');
  await embed.getByRole('tablist', { name: 'Quiz rounds' }).scrollIntoViewIfNeeded();
  // Only the two chosen rounds are offered.
  await expect(embed.getByRole('tab')).toHaveCount(2);

  // Lambda all right; Fargate every card in "You manage" (right only for the cards the learner does manage).
  await answerRound(embed, lambda, (answer) => answer);
  await expect(launcher.getByRole('status')).toContainText('1 part still to answer');
  await answerRound(embed, fargate, () => 'you');
  const right = lambda.cards.length + fargate.cards.filter((card) => card.answer === 'you').length;
  const total = lambda.cards.length + fargate.cards.length;
  const percent = Math.round((right / total) * 10_000) / 100;
  await expect(launcher.getByRole('status')).toContainText(`Attempt 1 submitted: ${percent}%`);
  await expect(embed.getByRole('button', { name: 'Show solution' })).toHaveCount(0);
  await expect(embed.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await student.goto(`${MOODLE_URL}/course/view.php?id=${setup.courseId}`);
  await expectGradebook(teacher, setup, cmid, { total, percent });
});
