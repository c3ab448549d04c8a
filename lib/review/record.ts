/** The scheduler recordAttempt is given: ts-fsrs's next state for an item. Loaded only when an answer is scheduled. */
import type { Scheduler } from '../learner/attempt';
import { reviewAnswer } from './schedule';

export const scheduler: Scheduler = (previous, correct, confidence, now) => reviewAnswer(previous, correct, confidence, now);
