/**
 * The question bank collection: one file per lesson (content/lessons/<lesson>/questions.ts), each checked against the
 * schema, then the rules that span files (unique ids, retired ids, enough questions and scenarios per lesson).
 * Section anchors are checked against the compiled lessons by checkQuestionSections. Every problem is one line
 * naming the file, the question and the field.
 */
import 'server-only';
import { defineCollection, type RecordSource } from '../content/collection';
import { dotted, nameById } from '../content/errors';
import { repeatedIds } from '../content/fields';
import { questionFileSchema, MIN_QUESTIONS_PER_LESSON, MIN_SCENARIOS_PER_LESSON, type BankQuestion } from './schema';

/** One lesson's questions file; `error` when it could not be read (a lesson of the course without the file). */
export type QuestionFile = { lesson: string; file: string; questions: unknown; error?: string };

export const questionFile = (lesson: string) => `content/lessons/${lesson}/questions.ts`;

export const MISSING_QUESTIONS =
  'missing: every lesson in the course list (content/lessons/course.ts) needs its check-up questions here, exported as `questions`';

/** The collection over the given files (the course's come from its lesson folders, see ./load.ts). */
export function questionBankCollection(files: () => QuestionFile[], retiredIds: readonly string[] = []) {
  const retired = new Set(retiredIds);
  return defineCollection({
    name: 'check-up questions',
    files: (): RecordSource[] => files().map(({ lesson, file, questions, error }) => ({ file, key: lesson, data: questions, ...(error ? { error } : {}) })),
    schema: questionFileSchema,
    describePath: (input, [index, ...field]) =>
      index === undefined ? '(root)' : `${nameById(input, index, 'question')}${field.length ? `, field "${dotted(field)}"` : ''}`,
    checkRecord: (questions, file) => {
      if (questions.length < MIN_QUESTIONS_PER_LESSON) return [`${file}: expected at least ${MIN_QUESTIONS_PER_LESSON} questions, got ${questions.length}`];
      const scenarios = questions.filter((question) => question.kind === 'scenario').length;
      return scenarios < MIN_SCENARIOS_PER_LESSON ? [`${file}: expected at least ${MIN_SCENARIOS_PER_LESSON} scenario questions, got ${scenarios}`] : [];
    },
    crossCheck: (records) => {
      const questions = records.flatMap(({ file, value }) => value.map(({ id }) => ({ id, where: `${file}: question "${id}", field "id"`, file })));
      return [
        ...questions
          .filter(({ id }) => retired.has(id))
          .map(({ id, where }) => `${where}: "${id}" was retired; ids are stored in browsers and export files, so pick a new one`),
        ...repeatedIds(questions.map(({ id }) => id)).map(
          ({ id, index, first }) => `${questions[index].where}: expected a unique id, "${id}" is also used in ${questions[first].file}`,
        ),
      ];
    },
    resolve: (records): BankQuestion[] => records.flatMap(({ key, value }) => value.map((question) => ({ ...question, lesson: key }))),
  });
}

/** Validates these files: the questions when all is well, else every problem (tests and fixtures). */
export function validateQuestionBank(files: QuestionFile[], retiredIds: readonly string[] = []): { questions: BankQuestion[]; problems: string[] } {
  const collection = questionBankCollection(() => files, retiredIds);
  const result = collection.parse();
  return result.status === 'ok' ? { questions: result.value, problems: [] } : { questions: [], problems: result.errors };
}

/** Every question's section must be a heading id of its own lesson (headings per lesson slug). */
export function checkQuestionSections(questions: BankQuestion[], headings: Record<string, readonly string[]>): string[] {
  return questions.flatMap((question) => {
    const ids = headings[question.lesson];
    if (!ids) return [`${questionFile(question.lesson)}: question "${question.id}": no lesson "${question.lesson}"`];
    if (ids.includes(question.section)) return [];
    return [
      `${questionFile(question.lesson)}: question "${question.id}", field "section": expected a section id of lesson "${question.lesson}", got "${question.section}" (sections: ${ids.join(', ')})`,
    ];
  });
}
