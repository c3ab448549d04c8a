/** The one result event every interactive widget raises when a learner finishes something. */
export { RESULT_EVENT } from './result-event';
export { isWidgetResult, type WidgetResult } from './learner/schema';
import type { WidgetResult } from './learner/schema';

/** The share of points that passes a graded widget (also the SCORM packages' mastery score, as 80%). */
export const PASS_MARK = 0.8;

export function makeResult(input: Omit<WidgetResult, 'passed' | 'completedAt'> & { passMark?: number; now?: Date }): WidgetResult {
  const { passMark = PASS_MARK, now = new Date(), ...rest } = input;
  return { ...rest, passed: rest.max > 0 && rest.score / rest.max >= passMark, completedAt: now.toISOString() };
}
