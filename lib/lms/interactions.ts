/**
 * One answered question or quiz card, in the vocabulary SCORM's `cmi.interactions` and xAPI's cmi.interaction
 * activity definitions share: an id, a type, the choices, the learner's response, the correct response, the result
 * and the latency. Widgets build these (checkUpInteraction, cardInteraction); each LMS format writes them its own
 * way (lib/lms/scorm12 as `cmi.interactions.n.*`, lib/embed/xapi as "answered" statements).
 * Browser-safe and zod-free: it travels in every graded result message.
 */
import { isArrayOf, isNonNegativeInt, isOneOf, isShape, isString } from '../guards';

export const INTERACTION_TYPES = ['choice', 'true-false', 'sequencing'] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

/**
 * Choice ids are one lower-case letter or digit: SCORM 1.2 (RTE 3.4.2.5.2) allows only single characters in a
 * choice or sequencing response, and every xAPI pattern accepts them too.
 */
export type InteractionChoice = { id: string; text: string };

export type Interaction = {
  /** `check-up.<lesson>.<question>` or `quiz.<round>.<card>`: unique in the course, no spaces (CMIIdentifier). */
  id: string;
  type: InteractionType;
  /** The question's prompt, or the card's label. */
  description: string;
  /** Choices (choice, sequencing); empty for true-false. */
  choices: InteractionChoice[];
  /** Choice ids picked (a set for choice, the order for sequencing), or ['true'] / ['false']; empty when unanswered. */
  response: string[];
  correct: string[];
  result: 'correct' | 'wrong';
  latencyMs: number;
  /** ISO date-time the answer was checked. */
  at: string;
};

const CHOICE_ID = /^[0-9a-z]$/;
const ID = /^[\x21-\x7e]{1,255}$/;

export const isInteraction = (value: unknown): value is Interaction =>
  isShape<Omit<Interaction, 'choices'> & { choices: unknown }>({
    id: (v): v is string => isString(v) && ID.test(v),
    type: isOneOf(INTERACTION_TYPES),
    description: isString,
    choices: isArrayOf(isShape<InteractionChoice>({ id: (v): v is string => isString(v) && CHOICE_ID.test(v), text: isString })),
    response: isArrayOf(isString),
    correct: isArrayOf(isString),
    result: isOneOf(['correct', 'wrong'] as const),
    latencyMs: isNonNegativeInt,
    at: isString,
  })(value) &&
  (value as Interaction).response.length <= 40 &&
  (value as Interaction).correct.length <= 40;

export const isInteractionList = (value: unknown): value is Interaction[] => Array.isArray(value) && value.length <= 200 && value.every(isInteraction);

/** The choice ids a widget gives its options: a, b, c... in the content's order (never the shuffled order). */
export function choiceId(index: number): string {
  if (!(index >= 0 && index < 36)) throw new Error(`choiceId: ${index} choices is more than SCORM 1.2 single-character ids allow`);
  return index < 26 ? String.fromCharCode(97 + index) : String(index - 26);
}

/** Safe part of an id: what CMIIdentifier allows, spaces turned into '-'. */
export function idPart(value: string): string {
  return value.replace(/\s+/g, '-').replace(/[^\x21-\x7e]/g, '');
}
