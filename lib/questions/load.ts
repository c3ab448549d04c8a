/** The validated question bank for server pages and the content check (memoised: many pages ask during a build). */
import 'server-only';
import { questionsByLesson, RETIRED_QUESTION_IDS } from '@/content/lessons/questions';
import { LESSON_SLUGS } from '../course';
import { ContentError } from '../content/errors';
import { checkQuestionSections, MISSING_QUESTIONS, questionBankCollection, questionFile } from './bank';
import type { BankQuestion } from './schema';

/** Every lesson's file; a lesson in the course list without one is a problem of its own ("missing"). */
export const questionBank = questionBankCollection(
  () =>
    LESSON_SLUGS.map((lesson) =>
      questionsByLesson[lesson] === undefined
        ? { lesson, file: questionFile(lesson), questions: undefined, error: MISSING_QUESTIONS }
        : { lesson, file: questionFile(lesson), questions: questionsByLesson[lesson] },
    ),
  RETIRED_QUESTION_IDS,
);

/** Every question; a bad file fails the build here with one line per problem. */
export const getQuestionBank = (): BankQuestion[] => questionBank.get();

/** One lesson's questions, with their sections checked against that lesson's headings (fails the build if one moved). */
export function lessonQuestions(slug: string, headingIds: readonly string[]): BankQuestion[] {
  const questions = getQuestionBank().filter((question) => question.lesson === slug);
  const problems = checkQuestionSections(questions, { [slug]: headingIds });
  if (problems.length) throw new ContentError(problems);
  return questions;
}
