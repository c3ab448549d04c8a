/**
 * recordAttempt: the one way an answer enters the learner record. In a single state change it saves the answer as
 * given, schedules it (when the rules say it counts) and adds the result of a finished check-up or round; it returns
 * the result events for the caller to raise. Widgets never call the store or the scheduler themselves: they call
 * components/learner/actions.ts, which loads the scheduler (ts-fsrs) and applies this. Pure, so every rule is tested.
 */
import { addResult, type LearnerState } from '../learner-store';
import { answerCheckUp, checkUpKey, completeIfDone, readCheckUp } from '../questions/check-up-state';
import type { Confidence } from '../questions/grade';
import { isPerfect } from '../quiz/round-panel';
import type { Interaction } from '../lms/interactions';
import { makeResult } from '../results';
import { learningDay, localTimeZone } from '../review/days';
import type { GivenAnswer, ReviewItem } from './schema';
import type { WidgetResult } from '../results';

/** The scheduler (lib/review/schedule.ts reviewAnswer): the item after one answer. Injected so this file stays light. */
export type Scheduler = (previous: ReviewItem | undefined, correct: boolean, confidence: Confidence | undefined, now: Date) => ReviewItem;

export const questionItemId = (questionId: string) => `q:${questionId}`;
export const roundItemId = (roundId: string) => `round:${roundId}`;
/** The widget name check-up results carry (lib/embed/targets.ts matches it). */
export const CHECK_UP_WIDGET = 'check-up' as const;

export type Attempt =
  /**
   * A check-up answer. `pretest`: given before reading, saved as seen only. `questionIds`: the lesson's questions,
   * to know when the attempt is complete.
   */
  | {
      kind: 'check-up';
      lesson: string;
      questionIds: readonly string[];
      questionId: string;
      correct: boolean;
      confidence?: Confidence;
      given?: GivenAnswer;
      pretest?: boolean;
    }
  /**
   * A /quiz session answer. `counts: false` (a practice session) leaves the schedule as it was. `seenAt`: the time of
   * the question's latest answer when the session began (null: none); if the record holds a later one, the question
   * was answered in another tab meanwhile, and this answer is practice (one review per due question, not two).
   */
  | { kind: 'session'; questionId: string; correct: boolean; confidence?: Confidence; counts: boolean; seenAt?: string | null }
  /** A checked responsibility-matrix round: a result, and a review when it counts (every card right = right). */
  | { kind: 'round'; lesson: string; roundId: string; widget: string; score: number; max: number; interactions?: Interaction[] };

/** The time of a question's latest answer in the record (null: never answered), to tell a session's start from now. */
export const latestAnswerAt = (state: Pick<LearnerState, 'reviews'>, questionId: string): string | null =>
  state.reviews[questionItemId(questionId)]?.log.at(-1)?.at ?? null;

/** Whether the question was answered (in another tab) after `seenAt`, the session's view of it. */
export const answeredSince = (state: Pick<LearnerState, 'reviews'>, questionId: string, seenAt: string | null | undefined): boolean =>
  seenAt !== undefined && latestAnswerAt(state, questionId) !== seenAt;

/** Whether an attempt will be scheduled, so the caller loads the scheduler only when it is needed. */
export function needsScheduler(state: LearnerState, attempt: Attempt): boolean {
  if (attempt.kind === 'round') return true;
  if (attempt.kind === 'session') return attempt.counts;
  return answerCheckUp(readCheckUp(state, attempt.lesson), { ...attempt, now: new Date(0) }).firstScored;
}

/** Schedule an answer, and note on it the learner's learning day at that moment (for the streak). */
function schedule(
  state: LearnerState,
  itemId: string,
  correct: boolean,
  confidence: Confidence | undefined,
  now: Date,
  scheduler: Scheduler,
  timeZone: string,
): LearnerState {
  const item = scheduler(state.reviews[itemId], correct, confidence, now);
  const log = item.log.map((entry, index) => (index === item.log.length - 1 ? { ...entry, day: learningDay(now, timeZone) } : entry));
  return { ...state, reviews: { ...state.reviews, [itemId]: { ...item, log } } };
}

export function recordAttempt(
  state: LearnerState,
  attempt: Attempt,
  scheduler: Scheduler | undefined,
  now = new Date(),
  timeZone = localTimeZone(),
): { state: LearnerState; results: WidgetResult[] } {
  const needScheduler = () => {
    if (!scheduler) throw new Error('recordAttempt: this answer is scheduled, so it needs the scheduler (see needsScheduler)');
    return scheduler;
  };
  if (attempt.kind === 'round') {
    const result = makeResult({ widget: attempt.widget, lesson: attempt.lesson, score: attempt.score, max: attempt.max, now });
    const next = schedule(
      addResult(state, result),
      roundItemId(attempt.roundId),
      isPerfect({ correct: attempt.score, max: attempt.max }),
      undefined,
      now,
      needScheduler(),
      timeZone,
    );
    // The raised result names its round (an assignment counts rounds) and, in an embed, carries each card for the
    // LMS; the learner's record keeps the score only.
    return { state: next, results: [{ ...result, item: attempt.roundId, ...(attempt.interactions ? { interactions: attempt.interactions } : {}) }] };
  }
  if (attempt.kind === 'session') {
    if (!attempt.counts || answeredSince(state, attempt.questionId, attempt.seenAt)) return { state, results: [] };
    return { state: schedule(state, questionItemId(attempt.questionId), attempt.correct, attempt.confidence, now, needScheduler(), timeZone), results: [] };
  }
  const answered = answerCheckUp(readCheckUp(state, attempt.lesson), { ...attempt, now });
  const { slice, completed } = completeIfDone(answered.slice, attempt.questionIds, now);
  let next: LearnerState = { ...state, widgets: { ...state.widgets, [checkUpKey(attempt.lesson)]: slice } };
  if (answered.firstScored) next = schedule(next, questionItemId(attempt.questionId), attempt.correct, attempt.confidence, now, needScheduler(), timeZone);
  if (!completed) return { state: next, results: [] };
  const result = makeResult({ widget: CHECK_UP_WIDGET, lesson: attempt.lesson, score: completed.score, max: completed.max, now });
  return { state: addResult(next, result), results: [result] };
}
