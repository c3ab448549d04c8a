/** What the check-up imports after an answer: put the answer into the learner store's review queue. */
import type { LearnerState } from '../learner-store';
import type { Confidence } from '../questions/grade';
import { reviewAnswer } from './schedule';

/** Review-queue ids: check-up questions and responsibility-matrix rounds share one queue. */
export const questionItemId = (questionId: string) => `q:${questionId}`;
export const roundItemId = (roundId: string) => `round:${roundId}`;

export function recordReview(state: LearnerState, itemId: string, correct: boolean, confidence: Confidence | undefined, now = new Date()): LearnerState {
  return { ...state, reviews: { ...state.reviews, [itemId]: reviewAnswer(state.reviews[itemId], correct, confidence, now) } };
}
