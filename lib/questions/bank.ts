/**
 * Validates the whole question bank: each file against the schema, then the rules that span files (unique ids,
 * retired ids, enough questions and scenarios per lesson) and section anchors against the compiled lessons.
 * Every problem is one line naming the file, the question and the field.
 */
import { describeValue } from '../content/frontmatter';
import { questionSchema, MIN_QUESTIONS_PER_LESSON, MIN_SCENARIOS_PER_LESSON, type BankQuestion } from './schema';

export type QuestionFile = { lesson: string; file: string; questions: unknown };

export const questionFile = (lesson: string) => `content/questions/${lesson}.ts`;

export function validateQuestionBank(files: QuestionFile[], retiredIds: readonly string[] = []): { questions: BankQuestion[]; problems: string[] } {
  const problems: string[] = [];
  const questions: BankQuestion[] = [];
  const owner = new Map<string, string>();
  const retired = new Set(retiredIds);
  for (const { lesson, file, questions: raw } of files) {
    if (!Array.isArray(raw)) {
      problems.push(`${file}: expected the file to export a list of questions, got ${describeValue(raw, [])}`);
      continue;
    }
    let valid = 0;
    let scenarios = 0;
    raw.forEach((input: unknown, index) => {
      const label = questionLabel(input, index);
      const parsed = questionSchema.safeParse(input);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = issue.path.map(String).join('.') || '(root)';
          if (issue.code === 'unrecognized_keys') {
            problems.push(`${file}: ${label}: field ${issue.keys.map((key) => `"${key}"`).join(', ')}: not expected here (check the spelling)`);
            continue;
          }
          const got = issue.code === 'custom' || /\bgot /.test(issue.message) ? '' : `, got ${describeValue(input, issue.path)}`;
          problems.push(`${file}: ${label} field "${field}": ${issue.message}${got}`);
        }
        return;
      }
      const question = parsed.data;
      if (retired.has(question.id)) {
        problems.push(`${file}: ${label} field "id": "${question.id}" was retired; ids are stored in browsers and export files, so pick a new one`);
      }
      const previous = owner.get(question.id);
      if (previous) problems.push(`${file}: ${label} field "id": expected a unique id, "${question.id}" is also used in ${previous}`);
      else owner.set(question.id, file);
      valid += 1;
      if (question.kind === 'scenario') scenarios += 1;
      questions.push({ ...question, lesson });
    });
    if (raw.length < MIN_QUESTIONS_PER_LESSON) problems.push(`${file}: expected at least ${MIN_QUESTIONS_PER_LESSON} questions for lesson "${lesson}", got ${raw.length}`);
    else if (valid === raw.length && scenarios < MIN_SCENARIOS_PER_LESSON) {
      problems.push(`${file}: expected at least ${MIN_SCENARIOS_PER_LESSON} scenario questions for lesson "${lesson}", got ${scenarios}`);
    }
  }
  return { questions, problems };
}

function questionLabel(input: unknown, index: number): string {
  const id = input && typeof input === 'object' ? (input as Record<string, unknown>).id : undefined;
  return typeof id === 'string' && id ? `question "${id}"` : `question ${index + 1}`;
}

/** Every question's section must be a heading id of its own lesson (headings per lesson slug). */
export function checkQuestionSections(questions: BankQuestion[], headings: Record<string, readonly string[]>): string[] {
  return questions.flatMap((question) => {
    const ids = headings[question.lesson];
    if (!ids) return [`${questionFile(question.lesson)}: question "${question.id}": no lesson "${question.lesson}"`];
    if (ids.includes(question.section)) return [];
    return [`${questionFile(question.lesson)}: question "${question.id}" field "section": expected a section id of lesson "${question.lesson}", got "${question.section}" (sections: ${ids.join(', ')})`];
  });
}
