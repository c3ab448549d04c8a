/**
 * "Quiz me first": the learner's choice (one flag in the learner store, for every lesson) and where a lesson is in
 * that flow. Pure; the theme bootstrap (lib/theme.ts) reads the same flag before first paint, so a lesson opens
 * with its text already hidden and nothing moves when the page hydrates.
 */
import { readWidgetState, setWidgetState, type LearnerState } from '../learner-store';
import type { CheckUpSlice } from './check-up-state';

/** The flag's key in the learner store's `widgets` (true = on; absent = off). */
export const QUIZ_FIRST_KEY = 'quiz-me-first';
/** The attribute on <html>: "quiz" while the text is hidden, "read" once the learner reads on; absent when off. */
export const QUIZ_FIRST_ATTRIBUTE = 'data-quiz-first';
export type QuizFirstPhase = 'quiz' | 'read';

const isTrue = (value: unknown): value is true => value === true;

export function readQuizFirst(state: LearnerState): boolean {
  return readWidgetState(state, QUIZ_FIRST_KEY, isTrue) === true;
}

export function setQuizFirst(state: LearnerState, on: boolean): LearnerState {
  return setWidgetState(state, QUIZ_FIRST_KEY, on ? true : undefined);
}

/**
 * The phase a lesson opens in: the check-up first, unless the address points at a section (a link from search,
 * /progress or a question's "reread" link), which is shown at once.
 */
export function openingPhase(on: boolean, hash: string): QuizFirstPhase | null {
  if (!on) return null;
  return hash === '' || hash === '#' || hash === '#check-yourself' ? 'quiz' : 'read';
}

/** How far this visit's check-up is: answers given since `since` (ISO), and the sections of the missed ones. */
export function quizFirstProgress(slice: CheckUpSlice, questions: readonly { id: string; section: string }[], since: string) {
  const fresh = questions.filter((question) => {
    const answer = slice.answers[question.id];
    return answer !== undefined && answer.at >= since;
  });
  const missed = [...new Set(fresh.filter((question) => !slice.answers[question.id].correct).map((question) => question.section))];
  return { answered: fresh.length, total: questions.length, done: fresh.length === questions.length, missed };
}
