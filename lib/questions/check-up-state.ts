/**
 * The check-up's slice of the learner store (`check-up:<lesson>`): the latest answer per question, so later
 * visits, mastery and "quiz me first" can see what was missed. Pure updaters; browser-safe.
 */
import { isBoolean, isOneOf, isRecordOf, isShape, isString, type Guard } from '../guards';
import { readWidgetState, setWidgetState, type LearnerState } from '../learner-store';
import type { Confidence } from './grade';

export type CheckUpAnswer = { correct: boolean; at: string; confidence?: Confidence };
export type CheckUpSlice = { answers: Record<string, CheckUpAnswer> };

const isConfidence = isOneOf<Confidence>(['sure', 'unsure', 'guessed']);
const isAnswer: Guard<CheckUpAnswer> = (value): value is CheckUpAnswer =>
  isShape<{ correct: boolean; at: string }>({ correct: isBoolean, at: isString })(value) &&
  ((value as CheckUpAnswer).confidence === undefined || isConfidence((value as CheckUpAnswer).confidence));
export const isCheckUpSlice: Guard<CheckUpSlice> = isShape<CheckUpSlice>({ answers: isRecordOf(isAnswer) });

export const checkUpKey = (lesson: string) => `check-up:${lesson}`;

export function readCheckUp(state: LearnerState, lesson: string): CheckUpSlice {
  return readWidgetState(state, checkUpKey(lesson), isCheckUpSlice) ?? { answers: {} };
}

export function recordCheckUpAnswer(state: LearnerState, lesson: string, questionId: string, correct: boolean, confidence?: Confidence, now = new Date()): LearnerState {
  const slice = readCheckUp(state, lesson);
  const answer: CheckUpAnswer = confidence ? { correct, at: now.toISOString(), confidence } : { correct, at: now.toISOString() };
  return setWidgetState(state, checkUpKey(lesson), { answers: { ...slice.answers, [questionId]: answer } });
}

/** The first answer per question in this visit counts for the score; later tries do not change it. */
export function firstAnswers(first: Record<string, boolean>, questionId: string, correct: boolean): Record<string, boolean> {
  return questionId in first ? first : { ...first, [questionId]: correct };
}

/** Sections tied to questions whose latest answer was wrong (for "quiz me first"). */
export function missedSections(slice: CheckUpSlice, questions: { id: string; section: string }[]): string[] {
  return [...new Set(questions.filter((question) => slice.answers[question.id]?.correct === false).map((question) => question.section))];
}
