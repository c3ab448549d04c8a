'use client';
/**
 * The two actions that change the whole record (/progress's import and reset), apart from components/learner/actions.ts
 * (which re-exports them) so that /progress, whose first screen is the record, does not load the answer, scheduling,
 * undo and dispute code that every other action brings (about 8 KB gzip; docs/performance.md).
 */
import { emptyState, type LearnerState } from '@/lib/learner-store';
import { getLearnerStore } from './useLearnerState';

/** Replace the whole record (an imported progress file, already checked). */
export function replaceProgress(state: LearnerState): void {
  getLearnerStore().update(() => state);
}

/** Forget all progress in this browser, keeping the theme. */
export function resetProgress(): void {
  getLearnerStore().update((state) => ({ ...emptyState(), theme: state.theme }));
}
