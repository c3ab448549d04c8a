/**
 * A check-up's questions as the graded page shows them: prompts, options and steps in their presentation order, and
 * nothing that gives the answer away (no `correct` flag, feedback, explanation or right order). The grading stays
 * on the server (lib/lti/grading.ts).
 */
import { presentationOrder } from '../questions/grade';
import type { Question } from '../questions/schema';

export type PublicQuestion = {
  id: string;
  kind: Question['kind'];
  prompt: string;
  scenario?: string;
  /** Options (choice), ["true","false"], or steps (order, starting out of order), each with its text. */
  choices: { id: string; text: string }[];
};

export function toPublicQuestion(question: Question): PublicQuestion {
  const order = presentationOrder(question, 0);
  const text = (id: string) => {
    if (question.kind === 'true-false') return id === 'true' ? 'True' : 'False';
    if (question.kind === 'order') return question.steps.find((step) => step.id === id)!.text;
    return question.options.find((option) => option.id === id)!.text;
  };
  return {
    id: question.id,
    kind: question.kind,
    prompt: question.prompt,
    ...(question.kind === 'scenario' ? { scenario: question.scenario } : {}),
    choices: order.map((id) => ({ id, text: text(id) })),
  };
}
