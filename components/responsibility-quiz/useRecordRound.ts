'use client';
/**
 * What a checked round leaves behind: one shared result per check (naming its round, and in an embed each card as
 * an interaction for the LMS), and a review item in the self-quiz queue.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { RoundScore } from '@/lib/quiz/scoring';
import type { QuizRound } from '@/lib/quiz/types';
import { submitAttempt } from '@/components/learner/actions';
import type { responsibilityQuizWidget } from './widget';

/** The descriptor's result name, checked by the typecheck (a type-only import: no descriptor text in this chunk). */
const RESULT_WIDGET = 'responsibility-quiz' satisfies (typeof responsibilityQuizWidget)['result'];

export function useRecordRound(round: QuizRound, lesson: string): (score: RoundScore) => void {
  const shownAt = useRef<number | null>(null);
  useEffect(() => {
    shownAt.current = Date.now();
  }, []);
  return useCallback(
    (score: RoundScore) => {
      const latencyMs = Date.now() - (shownAt.current ?? Date.now());
      shownAt.current = Date.now();
      const attempt = { kind: 'round', lesson, roundId: round.id, widget: RESULT_WIDGET, score: score.correct, max: score.max } as const;
      // One update: the round's result and its review item (every card right counts as a right answer); the
      // scheduler loads only once a round is checked. Only an embed's host (an LMS) reads the cards one by one:
      // their builder loads there, never with a lesson.
      if (window.parent === window) void submitAttempt(attempt);
      else
        void import('@/lib/quiz/interaction').then(({ cardInteractions }) =>
          submitAttempt({ ...attempt, interactions: cardInteractions(round, score.results, latencyMs, new Date().toISOString()) }),
        );
    },
    [round, lesson],
  );
}
