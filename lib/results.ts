/** The one result event every interactive widget raises when a learner finishes something. */
import { isBoolean, isNonNegativeInt, isShape, isString } from './guards';
import type { Interaction } from './lms/interactions';

export { RESULT_EVENT } from './result-event';

export type WidgetResult = {
  widget: string;
  lesson: string;
  score: number;
  max: number;
  passed: boolean;
  completedAt: string;
  /** The part of the widget the result is for: the quiz round. */
  item?: string;
  /** Each answered question or card (graded embeds report them to the LMS; the learner store does not keep them). */
  interactions?: Interaction[];
};

export const isWidgetResult = isShape<WidgetResult>({
  widget: isString,
  lesson: isString,
  score: isNonNegativeInt,
  max: isNonNegativeInt,
  passed: isBoolean,
  completedAt: isString,
});

/** The share of points that passes a graded widget (also the SCORM packages' mastery score, as 80%). */
export const PASS_MARK = 0.8;

export function makeResult(input: Omit<WidgetResult, 'passed' | 'completedAt'> & { passMark?: number; now?: Date }): WidgetResult {
  const { passMark = PASS_MARK, now = new Date(), ...rest } = input;
  return { ...rest, passed: rest.max > 0 && rest.score / rest.max >= passMark, completedAt: now.toISOString() };
}
