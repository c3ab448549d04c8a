/** The validated question bank for server pages and the content check (memoised: many pages ask during a build). */
import { questionsByLesson, RETIRED_QUESTION_IDS } from '@/content/questions';
import { LESSON_SLUGS } from '../course';
import { ContentError } from '../content/lessons';
import { checkQuestionSections, questionFile, validateQuestionBank } from './bank';
import type { BankQuestion } from './schema';

let cache: BankQuestion[] | undefined;

/** Every question; a bad file fails the build here with one line per problem. */
export function getQuestionBank(): BankQuestion[] {
  if (cache) return cache;
  const missing = LESSON_SLUGS.filter((slug) => !(slug in questionsByLesson)).map((slug) => `${questionFile(slug)}: missing: every lesson needs a question file`);
  const { questions, problems } = validateQuestionBank(
    Object.entries(questionsByLesson).map(([lesson, questions]) => ({ lesson, file: questionFile(lesson), questions })),
    RETIRED_QUESTION_IDS,
  );
  if (missing.length || problems.length) throw new ContentError([...missing, ...problems]);
  cache = questions;
  return cache;
}

/** One lesson's questions, with their sections checked against that lesson's headings (fails the build if one moved). */
export function lessonQuestions(slug: string, headingIds: readonly string[]): BankQuestion[] {
  const questions = getQuestionBank().filter((question) => question.lesson === slug);
  const problems = checkQuestionSections(questions, { [slug]: headingIds });
  if (problems.length) throw new ContentError(problems);
  return questions;
}
