'use client';
/** What a checked round leaves behind: one shared result per check, and a review item in the self-quiz queue. */
import { useCallback } from 'react';
import type { RoundScore } from '@/lib/quiz/scoring';
import { isPerfect } from '@/lib/quiz/round-panel';
import { makeResult } from '@/lib/results';
import { recordResult } from '@/components/learner/recordResult';
import { getLearnerStore } from '@/components/learner/useLearnerState';
import type { responsibilityQuizWidget } from './widget';

/** The descriptor's result name, checked by the typecheck (a type-only import: no descriptor text in this chunk). */
const RESULT_WIDGET = 'responsibility-quiz' satisfies (typeof responsibilityQuizWidget)['result'];

export function useRecordRound(roundId: string, lesson: string): (score: RoundScore) => void {
  return useCallback(
    (score: RoundScore) => {
      recordResult(makeResult({ widget: RESULT_WIDGET, lesson, score: score.correct, max: score.max }));
      // Scheduling loads only once a round is checked; every card right counts as a right answer.
      void import('@/lib/review/record').then(({ recordReview, roundItemId }) =>
        getLearnerStore().update((learner) => recordReview(learner, roundItemId(roundId), isPerfect(score), undefined)),
      );
    },
    [roundId, lesson],
  );
}
