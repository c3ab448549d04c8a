'use client';
/** The shared checklist slice: the same ticks, notes and filter in every lesson and on /checklists. */
import { useCallback } from 'react';
import { readWidgetState, setWidgetState } from '@/lib/learner-store';
import { CHECKLIST_STATE_KEY, EMPTY_CHECKLIST_STATE, isChecklistState, type ChecklistState } from '@/lib/checklists/state';
import { useWidgetState } from '@/components/learner/useWidgetState';
import { getLearnerStore } from '@/components/learner/useLearnerState';

export function useChecklistState(): [ChecklistState, (change: (state: ChecklistState) => ChecklistState) => ChecklistState] {
  // A slice that fails the guard (corrupt, or from an older version) reads as undefined: the learner starts afresh
  // and the next change overwrites it.
  const [stored] = useWidgetState(CHECKLIST_STATE_KEY, isChecklistState);
  const update = useCallback((change: (state: ChecklistState) => ChecklistState) => {
    // Read the store, not the render's value, so quick successive changes (typing notes) never drop one.
    let next = EMPTY_CHECKLIST_STATE;
    getLearnerStore().update((learner) => {
      next = change(readWidgetState(learner, CHECKLIST_STATE_KEY, isChecklistState) ?? EMPTY_CHECKLIST_STATE);
      return setWidgetState(learner, CHECKLIST_STATE_KEY, next);
    });
    return next;
  }, []);
  return [stored ?? EMPTY_CHECKLIST_STATE, update];
}
