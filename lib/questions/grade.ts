/**
 * Grading a check-up answer: pure, shared by the lesson check-up and the /quiz session. Browser-safe (no zod:
 * the schema module is imported for its types only).
 */
import type { BankQuestion, Question } from './schema';
import { seededRandom, shuffle, type RandomSource } from '../quiz/shuffle';

export type Answer = { kind: 'choice'; optionIds: string[] } | { kind: 'true-false'; value: boolean } | { kind: 'order'; stepIds: string[] };

export type Confidence = 'sure' | 'unsure' | 'guessed';
export const CONFIDENCE_LABELS: Record<Confidence, string> = { sure: 'Sure', unsure: 'Unsure', guessed: 'Guessed' };

export type Grade = {
  correct: boolean;
  /** The wrong options the learner picked, each with the feedback written for its misconception. */
  mistakes: { text: string; feedback: string }[];
  /** Right options the learner left out (multiple answer). */
  missed: string[];
  /** Order questions: how many steps sit in the right place. */
  inPlace?: number;
};

export function grade(question: Question, answer: Answer): Grade {
  if (question.kind === 'true-false') {
    const correct = answer.kind === 'true-false' && answer.value === question.answer;
    return { correct, mistakes: correct ? [] : [{ text: question.answer ? 'False' : 'True', feedback: question.wrongFeedback }], missed: [] };
  }
  if (question.kind === 'order') {
    const order = answer.kind === 'order' ? answer.stepIds : [];
    const inPlace = question.steps.filter((step, index) => order[index] === step.id).length;
    return { correct: inPlace === question.steps.length, mistakes: [], missed: [], inPlace };
  }
  const chosen = new Set(answer.kind === 'choice' ? answer.optionIds : []);
  const mistakes = question.options
    .filter((option) => !option.correct && chosen.has(option.id))
    .map((option) => ({ text: option.text, feedback: option.feedback ?? '' }));
  const missed = question.options.filter((option) => option.correct && !chosen.has(option.id)).map((option) => option.text);
  return { correct: mistakes.length === 0 && missed.length === 0, mistakes, missed };
}

/** Whether the learner has given enough to check (an order question is always answerable). */
export function canCheck(question: Question, answer: Answer | undefined): boolean {
  if (question.kind === 'order') return true;
  if (!answer) return false;
  return answer.kind === 'choice' ? answer.optionIds.length > 0 : answer.kind === 'true-false';
}

/**
 * The order options or steps are shown in for one attempt. Attempt 0 is seeded with the question id, so the
 * server-rendered frame and hydration agree; later attempts draw afresh. Steps never start in the right order.
 */
export function presentationOrder(question: Question, attempt: number, random: RandomSource = Math.random): string[] {
  const draw = attempt === 0 ? seededRandom(question.id) : random;
  if (question.kind === 'true-false') return ['true', 'false'];
  if (question.kind === 'order') {
    const ids = question.steps.map((step) => step.id);
    const shuffled = shuffle(ids, draw);
    return shuffled.every((id, index) => id === ids[index]) ? [...ids.slice(1), ids[0]] : shuffled;
  }
  const ids = question.options.map((option) => option.id);
  return question.keepOrder ? ids : shuffle(ids, draw);
}

/** Move one step up (-1) or down (+1); out-of-range moves return the list unchanged. */
export function moveStep(order: readonly string[], id: string, by: -1 | 1): string[] {
  const from = order.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

/** The right answer in words, for feedback, the no-JS key and print. */
export function correctAnswerText(question: Question): string[] {
  if (question.kind === 'true-false') return [question.answer ? 'True' : 'False'];
  if (question.kind === 'order') return question.steps.map((step) => step.text);
  return question.options.filter((option) => option.correct).map((option) => option.text);
}

export const KIND_LABELS: Record<Question['kind'], string> = {
  single: 'Choose one',
  multiple: 'Choose all that apply',
  'true-false': 'True or false',
  order: 'Put in order',
  scenario: 'Scenario',
};

export type { BankQuestion };
