/** The one result event every interactive widget raises when a learner finishes something. */
import { isBoolean, isNonNegativeInt, isShape, isString } from './guards';

export { RESULT_EVENT } from './result-event';

export type WidgetResult = {
  widget: string;
  lesson: string;
  score: number;
  max: number;
  passed: boolean;
  completedAt: string;
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
