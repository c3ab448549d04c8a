/** Small pure helpers over a learner's answers: which are valid, which questions are still open. */
import type { Answers, Question } from './types';

/** The parts of a question these helpers need, so the URL parser can be tested with tiny fixtures. */
export type QuestionShape = Pick<Question, 'id' | 'kind'> & { options: { id: string }[] };

/** Keeps only answers that name a known question and known options (multi-choice in the data's option order). */
export function normaliseAnswers(answers: Answers, questions: readonly QuestionShape[]): Answers {
  const clean: Answers = {};
  for (const question of questions) {
    if (!Object.prototype.hasOwnProperty.call(answers, question.id)) continue;
    const value = answers[question.id];
    const known = question.options.map((option) => option.id);
    if (question.kind === 'single') {
      if (typeof value === 'string' && known.includes(value)) clean[question.id] = value;
    } else if (Array.isArray(value)) {
      clean[question.id] = known.filter((id) => value.includes(id));
    }
  }
  return clean;
}

export function isAnswered(answers: Answers, question: QuestionShape): boolean {
  const value = answers[question.id];
  return question.kind === 'single' ? typeof value === 'string' : Array.isArray(value);
}

export function isComplete(answers: Answers, questions: readonly QuestionShape[]): boolean {
  return questions.every((question) => isAnswered(answers, question));
}

/** Index of the first question without an answer, or -1 when every question is answered. */
export function firstUnanswered(answers: Answers, questions: readonly QuestionShape[]): number {
  return questions.findIndex((question) => !isAnswered(answers, question));
}

/** Answer a question: a single choice replaces, a checkbox toggles. Returns new answers. */
export function withAnswer(answers: Answers, question: QuestionShape, optionId: string, checked = true): Answers {
  if (question.kind === 'single') return { ...answers, [question.id]: optionId };
  const current = Array.isArray(answers[question.id]) ? (answers[question.id] as string[]) : [];
  const next = checked ? [...new Set([...current, optionId])] : current.filter((id) => id !== optionId);
  return { ...answers, [question.id]: question.options.map((option) => option.id).filter((id) => next.includes(id)) };
}

/** Marks a multi-choice question as answered with whatever is ticked (possibly nothing). */
export function confirmMulti(answers: Answers, question: QuestionShape): Answers {
  if (question.kind !== 'multi' || Array.isArray(answers[question.id])) return answers;
  return { ...answers, [question.id]: [] };
}
