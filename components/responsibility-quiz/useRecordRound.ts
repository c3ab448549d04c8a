'use client';
/**
 * What a checked round leaves behind: one shared result per check (naming its round, and in an embed each card as
 * an interaction for the LMS), and a review item in the self-quiz queue.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { RoundScore } from '@/lib/quiz/scoring';
import type { QuizRound } from '@/lib/quiz/types';
import { isPerfect } from '@/lib/quiz/round-panel';
import { makeResult } from '@/lib/results';
import { recordResult } from '@/components/learner/recordResult';
import { getLearnerStore } from '@/components/learner/useLearnerState';

export const RESULT_WIDGET = 'responsibility-quiz';

export function useRecordRound(round: QuizRound, lesson: string): (score: RoundScore) => void {
  const shownAt = useRef<number | null>(null);
  useEffect(() => {
    shownAt.current = Date.now();
  }, []);
  return useCallback(
    (score: RoundScore) => {
      const result = { ...makeResult({ widget: RESULT_WIDGET, lesson, score: score.correct, max: score.max }), item: round.id };
      const latencyMs = Date.now() - (shownAt.current ?? Date.now());
      shownAt.current = Date.now();
      // Only an embed's host (an LMS) reads the cards one by one: their builder loads there, never with a lesson.
      if (window.parent === window) recordResult(result);
      else void import('@/lib/quiz/interaction').then(({ cardInteractions }) => recordResult({ ...result, interactions: cardInteractions(round, score.results, latencyMs, result.completedAt) }));
      // Scheduling loads only once a round is checked; every card right counts as a right answer.
      void import('@/lib/review/record').then(({ recordReview, roundItemId }) =>
        getLearnerStore().update((learner) => recordReview(learner, roundItemId(round.id), isPerfect(score), undefined)),
      );
    },
    [round, lesson],
  );
}
