'use client';
/** A checklist embed opens with the launch-type filter its embed code names (`?filter=ec2|fargate|all`). */
import { useEffect } from 'react';
import { CHECKLIST_STATE_KEY, EMPTY_CHECKLIST_STATE, isChecklistState, setFilter } from '@/lib/checklists/state';
import { updateWidgetSlice } from '@/components/learner/actions';
import { useEmbedOptions } from './useEmbedOptions';

export function ApplyChecklistFilter() {
  const { filter } = useEmbedOptions();
  useEffect(() => {
    if (!filter) return;
    updateWidgetSlice(CHECKLIST_STATE_KEY, isChecklistState, EMPTY_CHECKLIST_STATE, (slice) => setFilter(slice, filter));
  }, [filter]);
  return null;
}
