'use client';
/**
 * A round's saved state, the learner-store slice `quiz:<round>`: a fresh round until the learner moves a card.
 * A slice that no longer fits the round (corrupt, an old version, changed cards) is cleared, through the same
 * useWidgetState hook as every other write.
 */
import { useEffect, useMemo } from 'react';
import { freshRound, roundStateGuard, roundStorageKey, type RoundState } from '@/lib/quiz/round';
import type { QuizRound } from '@/lib/quiz/types';
import { useWidgetState } from '@/components/learner/useWidgetState';

/** Any saved value at all, so a slice that fails the round's own guard can still be seen and cleared. */
const isSaved = (value: unknown): value is unknown => value !== undefined;

export function useRoundState(round: QuizRound): [RoundState, (next: RoundState) => void] {
  const storageKey = roundStorageKey(round.id);
  const guard = useMemo(() => roundStateGuard(round), [round]);
  const [saved, save] = useWidgetState(storageKey, guard);
  const [raw, setRaw] = useWidgetState(storageKey, isSaved);
  useEffect(() => {
    if (raw !== undefined && !guard(raw)) setRaw(undefined);
  }, [raw, guard, setRaw]);
  const initial = useMemo(() => freshRound(round), [round]);
  return [saved ?? initial, save];
}
