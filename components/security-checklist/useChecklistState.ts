'use client';
/** The shared checklist slice: the same ticks, notes and filter in every lesson and on /checklists. */
import { useCallback } from 'react';
import { CHECKLIST_STATE_KEY, EMPTY_CHECKLIST_STATE, isChecklistState, type ChecklistState } from '@/lib/checklists/state';
import { useWidgetState } from '@/components/learner/useWidgetState';
import { updateWidgetSlice } from '@/components/learner/actions';

export function useChecklistState(): [ChecklistState, (change: (state: ChecklistState) => ChecklistState) => ChecklistState] {
  // A slice that fails the guard (corrupt, or from an older version) reads as undefined: the learner starts afresh
  // and the next change overwrites it.
  const [stored] = useWidgetState(CHECKLIST_STATE_KEY, isChecklistState);
  // Changes apply to the store's value, not the render's, so quick successive changes (typing notes) never drop one.
  const update = useCallback(
    (change: (state: ChecklistState) => ChecklistState) => updateWidgetSlice(CHECKLIST_STATE_KEY, isChecklistState, EMPTY_CHECKLIST_STATE, change),
    [],
  );
  return [stored ?? EMPTY_CHECKLIST_STATE, update];
}
