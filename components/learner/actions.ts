'use client';
/**
 * Every change a learner makes to their record goes through one of these. Widgets call them and never the store or
 * the scheduler: recordAttempt (lib/learner/attempt.ts) makes the answer, its schedule and its result one update,
 * and the scheduler (ts-fsrs) is fetched only when an answer is scheduled.
 */
import { recordAttempt, needsScheduler, questionItemId, type Attempt, type Scheduler } from '@/lib/learner/attempt';
import { undoAnswer, undoPoint, type UndoPoint } from '@/lib/learner/undo';
import { disputeQuestion, withdrawDispute } from '@/lib/learner/disputes';
import { setQuestionSuspended } from '@/lib/review/leech';
import { addResult, setLessonDone, setTheme, setWidgetState, readWidgetState, type ThemePreference } from '@/lib/learner-store';
import { setQuizFirst } from '@/lib/questions/quiz-first';
import { startNewAttempt } from '@/lib/questions/check-up-state';
import { RESULT_EVENT, type WidgetResult } from '@/lib/results';
import { getLearnerStore } from './useLearnerState';

let schedulerLoad: Promise<Scheduler> | undefined;
/** Fetch the scheduler ahead of the first answer (a check-up calls this when the learner starts answering). */
export function preloadScheduler(): Promise<Scheduler> {
  schedulerLoad ??= import('@/lib/review/record').then((module) => module.scheduler);
  return schedulerLoad;
}

function raise(results: WidgetResult[]) {
  for (const result of results) window.dispatchEvent(new CustomEvent<WidgetResult>(RESULT_EVENT, { detail: result }));
}

/**
 * Save an answer (and its schedule and result) in one update, then raise its result events. For a /quiz session
 * answer it returns what the answer changed, so undoLastAnswer can put it back.
 */
export async function submitAttempt(attempt: Attempt): Promise<UndoPoint | undefined> {
  const store = getLearnerStore();
  const scheduler = needsScheduler(store.get(), attempt) ? await preloadScheduler() : undefined;
  let results: WidgetResult[] = [];
  let point: UndoPoint | undefined;
  store.update((state) => {
    const recorded = recordAttempt(state, attempt, scheduler);
    results = recorded.results;
    if (attempt.kind === 'session') point = undoPoint(state, recorded.state, questionItemId(attempt.questionId));
    return recorded.state;
  });
  raise(results);
  return point;
}

/** Undo a session answer (lib/learner/undo.ts): false when the question was answered elsewhere since, and kept. */
export function undoLastAnswer(point: UndoPoint): boolean {
  let undone = false;
  getLearnerStore().update((state) => {
    const outcome = undoAnswer(state, point);
    undone = outcome.status === 'undone';
    return outcome.state;
  });
  return undone;
}

/**
 * Every widget reports a finished attempt it scores itself (the chooser, the checklists) through this: saved in the
 * learner store and raised as a DOM event, so self-quiz mode and instructor embeds (components/embed/EmbedRuntime.tsx
 * posts it to the host page) can listen without touching the widget.
 */
export function recordResult(result: WidgetResult): void {
  // The part and the interactions go to the host page (an LMS); the learner's own record keeps the score only.
  const { item: _item, interactions: _interactions, ...kept } = result;
  getLearnerStore().update((state) => addResult(state, kept));
  raise([result]);
}

/** Flag a question as disputed with the learner's note: false when the note is too long (nothing saved). */
export function flagDisputed(questionId: string, note: string): boolean {
  let saved = false;
  getLearnerStore().update((state) => {
    const outcome = disputeQuestion(state, questionId, note);
    saved = outcome.status === 'saved';
    return outcome.state;
  });
  return saved;
}

export function unflagDisputed(questionId: string): void {
  getLearnerStore().update((state) => withdrawDispute(state, questionId));
}

/** Suspend a question (left out of due sessions) or bring it back into the schedule. */
export function setSuspended(questionId: string, on: boolean): void {
  getLearnerStore().update((state) => setQuestionSuspended(state, questionId, on));
}

export function markLessonDone(slug: string, done: boolean): void {
  getLearnerStore().update((state) => setLessonDone(state, slug, done));
}

export function setThemePreference(theme: ThemePreference): void {
  getLearnerStore().update((state) => setTheme(state, theme));
}

export function setQuizFirstOn(on: boolean): void {
  getLearnerStore().update((state) => setQuizFirst(state, on));
}

export function startNewCheckUp(lesson: string, questionIds: readonly string[]): void {
  getLearnerStore().update((state) => startNewAttempt(state, lesson, questionIds));
}

/** Replace a widget's slice (undefined removes it). */
export function setWidgetSlice(key: string, value: unknown): void {
  getLearnerStore().update((state) => setWidgetState(state, key, value));
}

/** Clear several widgets' saved state in one update (a graded embed's new attempt starts its counted rounds afresh). */
export function clearWidgetSlices(keys: readonly string[]): void {
  getLearnerStore().update((state) => keys.reduce((next, key) => setWidgetState(next, key, undefined), state));
}

/** Change a widget's slice from what the store holds now (not a render's copy), so quick changes never drop one. */
export function updateWidgetSlice<T>(key: string, guard: (value: unknown) => value is T, empty: T, change: (slice: T) => T): T {
  let next = empty;
  getLearnerStore().update((state) => {
    next = change(readWidgetState(state, key, guard) ?? empty);
    return setWidgetState(state, key, next);
  });
  return next;
}

export { replaceProgress, resetProgress } from './record-actions';
