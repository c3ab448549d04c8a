/** A checked check-up answer as an LMS interaction (lib/lms/interactions.ts): ids a, b, c... in the content's order. */
import { choiceId, idPart, type Interaction } from '../lms/interactions';
import type { Answer } from './grade';
import type { Question } from './schema';

export function checkUpInteraction(input: {
  lesson: string;
  question: Question;
  answer: Answer | undefined;
  correct: boolean;
  latencyMs: number;
  at: string;
}): Interaction {
  const { question, answer } = input;
  const base = {
    id: `check-up.${idPart(input.lesson)}.${idPart(question.id)}`,
    description: question.prompt,
    result: input.correct ? ('correct' as const) : ('wrong' as const),
    latencyMs: Math.max(0, Math.round(input.latencyMs)),
    at: input.at,
  };
  if (question.kind === 'true-false') {
    return {
      ...base,
      type: 'true-false',
      choices: [],
      response: answer?.kind === 'true-false' ? [String(answer.value)] : [],
      correct: [String(question.answer)],
    };
  }
  if (question.kind === 'order') {
    const ids = new Map(question.steps.map((step, index) => [step.id, choiceId(index)]));
    const order = answer?.kind === 'order' ? answer.stepIds : [];
    return {
      ...base,
      type: 'sequencing',
      choices: question.steps.map((step, index) => ({ id: choiceId(index), text: step.text })),
      response: order.map((id) => ids.get(id)).filter((id): id is string => id !== undefined),
      correct: question.steps.map((_, index) => choiceId(index)),
    };
  }
  const ids = new Map(question.options.map((option, index) => [option.id, choiceId(index)]));
  const chosen = new Set(answer?.kind === 'choice' ? answer.optionIds : []);
  return {
    ...base,
    type: 'choice',
    choices: question.options.map((option, index) => ({ id: choiceId(index), text: option.text })),
    response: question.options.filter((option) => chosen.has(option.id)).map((option) => ids.get(option.id)!),
    correct: question.options.filter((option) => option.correct).map((option) => ids.get(option.id)!),
  };
}
