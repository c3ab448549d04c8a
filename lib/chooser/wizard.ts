/**
 * The chooser's steps: which question (or the result) is on screen, and where Next, Back and Change lead.
 * Pure: the wizard component keeps the current view and focus, and writes the answers this returns to the URL.
 */
import { confirmMulti, firstUnanswered, isAnswered, isComplete, type QuestionShape } from './answers';
import type { Answers } from './types';

/** A question step (`editing` when reached from the result's Change, so Next goes back to the result), or the result. */
export type WizardView = { kind: 'question'; index: number; editing: boolean } | { kind: 'result' };

export const CHOOSE_ONE = 'Choose one of the answers to continue.';

/** Before the learner acts, the view follows the answers in the URL: all answered opens on the result. */
export function viewForAnswers(answers: Answers, questions: readonly QuestionShape[]): WizardView {
  if (isComplete(answers, questions)) return { kind: 'result' };
  return { kind: 'question', index: Math.max(0, firstUnanswered(answers, questions)), editing: false };
}

export type NextStep =
  /** Not on a question: nothing to do. */
  | { kind: 'none' }
  /** A single-choice question left unanswered: stay, and say why. */
  | { kind: 'invalid'; index: number; message: string }
  /** Go on, with the answers to keep (an untouched checkbox question is confirmed as "none of these"). */
  | { kind: 'go'; view: WizardView; answers: Answers };

/**
 * Next (or Update result): the following question; from the last question or while editing, the first one still
 * open, or the result once every question has an answer.
 */
export function nextStep(view: WizardView, answers: Answers, questions: readonly QuestionShape[]): NextStep {
  if (view.kind !== 'question') return { kind: 'none' };
  const question = questions[view.index];
  if (question.kind === 'single' && !isAnswered(answers, question)) return { kind: 'invalid', index: view.index, message: CHOOSE_ONE };
  const updated = confirmMulti(answers, question);
  if (!view.editing && view.index < questions.length - 1)
    return { kind: 'go', view: { kind: 'question', index: view.index + 1, editing: false }, answers: updated };
  const open = firstUnanswered(updated, questions);
  return { kind: 'go', view: open === -1 ? { kind: 'result' } : { kind: 'question', index: open, editing: false }, answers: updated };
}

/** Back: the question before, or null on the first question and on the result. */
export function previousStep(view: WizardView): WizardView | null {
  return view.kind === 'question' && view.index > 0 ? { kind: 'question', index: view.index - 1, editing: false } : null;
}

/** Change, from the result: that question, in editing mode. Null for a question the chooser does not have. */
export function changeStep(questionId: string, questions: readonly QuestionShape[]): WizardView | null {
  const index = questions.findIndex((question) => question.id === questionId);
  return index === -1 ? null : { kind: 'question', index, editing: true };
}

/** The step the progress bar shows (0-based): the result counts as the last question. */
export function stepIndex(view: WizardView, total: number): number {
  return view.kind === 'question' ? view.index : total - 1;
}
