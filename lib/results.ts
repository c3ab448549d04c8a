/** The one result event every interactive widget raises when a learner finishes something. */
export { RESULT_EVENT } from './result-event';
export { isWidgetResult } from './learner/schema';
import type { WidgetResult as StoredResult } from './learner/schema';
import type { Interaction } from './lms/interactions';

/**
 * A finished attempt as raised: what the learner's record keeps (lib/learner/schema.ts), plus, for an LMS, the part
 * it is for (`item`: the quiz round) and each answered question or card (`interactions`). The record keeps neither.
 */
export type WidgetResult = StoredResult & { item?: string; interactions?: Interaction[] };

/** The share of points that passes a graded widget (also the SCORM packages' mastery score, as 80%). */
export const PASS_MARK = 0.8;

export function makeResult(input: Omit<WidgetResult, 'passed' | 'completedAt'> & { passMark?: number; now?: Date }): WidgetResult {
  const { passMark = PASS_MARK, now = new Date(), ...rest } = input;
  return { ...rest, passed: rest.max > 0 && rest.score / rest.max >= passMark, completedAt: now.toISOString() };
}
