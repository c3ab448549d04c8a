/**
 * The question bank's files, derived from the course list (./course.ts): each lesson's folder holds its check-up
 * questions (content/lessons/<slug>/questions.ts, exporting `questions`), so adding a lesson adds its questions with
 * no second list. A lesson without the file comes through as `undefined`, and the question bank reports it
 * (lib/questions/load.ts). Ids are stored in browsers and export files, so an id is never reused: when a question is
 * removed, add its id to RETIRED_QUESTION_IDS. Server, scripts and tests only (the browser never imports it).
 */
import type { LessonSlug } from '@/lib/course';
import type { QuestionInput } from '@/lib/questions/schema';
import { COURSE } from './course';

/** What a lesson folder's questions.ts exports. */
type QuestionsModule = { questions?: unknown };

/** True when the import failed because the file is not there (Node, Vite and Next word this differently). */
function isMissingModule(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'ERR_MODULE_NOT_FOUND' ||
    code === 'MODULE_NOT_FOUND' ||
    /Cannot find module|Failed to load url|Failed to resolve import|Unknown variable dynamic import/i.test(String((error as Error)?.message))
  );
}

/** One lesson folder's questions, or undefined when the folder has no questions.ts. */
export async function importLessonQuestions(slug: string): Promise<unknown> {
  try {
    // A template import: bundlers include every content/lessons/*/questions.ts, so nothing lists them by hand.
    const file = (await import(`./${slug}/questions.ts`)) as QuestionsModule;
    return file.questions;
  } catch (error) {
    if (isMissingModule(error)) return undefined;
    throw error;
  }
}

export const questionsByLesson = Object.fromEntries(
  await Promise.all(COURSE.map(async ({ slug }) => [slug, await importLessonQuestions(slug)] as const)),
) as Record<LessonSlug, QuestionInput[] | undefined>;

// lt-cluster-setup-order: its steps had more than one valid order (issue 28).
export const RETIRED_QUESTION_IDS: string[] = ['lt-cluster-setup-order'];
