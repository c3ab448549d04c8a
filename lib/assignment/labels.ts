/** The assignment settings in words, for the embed dialog and the /teach page (one wording for both). Browser-safe. */
import type { AssignmentPart, FeedbackLevel } from './settings';

export const FEEDBACK_LABELS: Record<FeedbackLevel, string> = {
  none: 'None: the score shows when the attempt is submitted',
  'right-wrong': 'Right or wrong for each answer',
  explanation: 'Right or wrong, with the explanation',
};

export const PART_LABELS: Record<AssignmentPart, string> = { 'check-up': 'The check-up questions', quiz: 'The quiz rounds' };
