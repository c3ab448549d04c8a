'use client';
/** What a checked round leaves behind: one shared result per check, and a review item in the self-quiz queue. */
import { useCallback } from 'react';
import type { RoundScore } from '@/lib/quiz/scoring';
import { submitAttempt } from '@/components/learner/actions';
import type { responsibilityQuizWidget } from './widget';

/** The descriptor's result name, checked by the typecheck (a type-only import: no descriptor text in this chunk). */
const RESULT_WIDGET = 'responsibility-quiz' satisfies (typeof responsibilityQuizWidget)['result'];

export function useRecordRound(roundId: string, lesson: string): (score: RoundScore) => void {
  return useCallback(
    (score: RoundScore) => {
      // One update: the round's result and its review item (every card right counts as a right answer). The
      // scheduler loads only once a round is checked.
      void submitAttempt({ kind: 'round', lesson, roundId, widget: RESULT_WIDGET, score: score.correct, max: score.max });
    },
    [roundId, lesson],
  );
}
