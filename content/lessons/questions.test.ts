/** The question index is derived from the course list: every lesson folder's questions.ts, and nothing else. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { validateQuestionBank, MISSING_QUESTIONS, questionFile } from '@/lib/questions/bank';
import { COURSE } from './course';
import { importLessonQuestions, questionsByLesson } from './questions';

const dir = path.join(process.cwd(), 'content', 'lessons');

it("has each course lesson's questions, read from its folder", () => {
  expect(Object.keys(questionsByLesson)).toEqual(COURSE.map((lesson) => lesson.slug));
  const folders = fs.readdirSync(dir).filter((name) => fs.existsSync(path.join(dir, name, 'questions.ts')));
  expect(folders.sort()).toEqual(COURSE.map((lesson) => lesson.slug).sort());
  for (const { slug } of COURSE) {
    const questions = questionsByLesson[slug];
    expect(Array.isArray(questions) && questions.length, slug).toBeGreaterThan(0);
    // Each question's id appears in that folder's file: the index did not mix lessons up.
    const text = fs.readFileSync(path.join(dir, slug, 'questions.ts'), 'utf8');
    for (const question of questions!) expect(text, `${slug}: ${question.id}`).toContain(`'${question.id}'`);
  }
});

it('a course lesson without a questions file comes through as missing, and the question bank names the file', async () => {
  expect(await importLessonQuestions('no-such-lesson')).toBeUndefined();
  const { problems } = validateQuestionBank([
    { lesson: 'no-such-lesson', file: questionFile('no-such-lesson'), questions: undefined, error: MISSING_QUESTIONS },
  ]);
  expect(problems).toEqual([
    'content/lessons/no-such-lesson/questions.ts: missing: every lesson in the course list (content/lessons/course.ts) needs its check-up questions here, exported as `questions`',
  ]);
});
