'use client';
/** A checklist embed opens with the launch-type filter its embed code names (`?filter=ec2|fargate|all`). */
import { useEffect } from 'react';
import { readWidgetState, setWidgetState } from '@/lib/learner-store';
import { CHECKLIST_STATE_KEY, EMPTY_CHECKLIST_STATE, isChecklistState, setFilter } from '@/lib/checklists/state';
import { getLearnerStore } from '@/components/learner/useLearnerState';
import { useEmbedOptions } from './useEmbedOptions';

export function ApplyChecklistFilter() {
  const { filter } = useEmbedOptions();
  useEffect(() => {
    if (!filter) return;
    getLearnerStore().update((learner) =>
      setWidgetState(learner, CHECKLIST_STATE_KEY, setFilter(readWidgetState(learner, CHECKLIST_STATE_KEY, isChecklistState) ?? EMPTY_CHECKLIST_STATE, filter)),
    );
  }, [filter]);
  return null;
}
