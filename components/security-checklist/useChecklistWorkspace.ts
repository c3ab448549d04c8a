'use client';
/**
 * Everything the checklist workspace wires: the shared slice, progress, the status line, ticks that record a
 * result when they complete a list (lib/checklists/completion), the file tools and reset.
 */
import { useId, useMemo, useState } from 'react';
import { justCompleted } from '@/lib/checklists/completion';
import { checklistProgress } from '@/lib/checklists/progress';
import { countTouched, setChecked, setFilter, setNotes } from '@/lib/checklists/state';
import type { Checklist, LaunchFilter } from '@/lib/checklists/types';
import { makeResult } from '@/lib/results';
import { recordResult } from '@/components/learner/actions';
import { useChecklistFiles } from './useChecklistFiles';
import { useChecklistReset } from './useChecklistReset';
import { useChecklistState } from './useChecklistState';
import { useHydrated } from '@/components/ui/useHydrated';
import type { securityChecklistWidget } from './widget';

export type ChecklistStatus = { tone: 'success' | 'error'; text: string } | null;

export function useChecklistWorkspace(checklists: Checklist[], knownItemIds: string[]) {
  const [state, update] = useChecklistState();
  const hydrated = useHydrated();
  const idBase = useId().replace(/:/g, '');
  const [status, setStatus] = useState<ChecklistStatus>(null);

  const known = useMemo(() => new Set(knownItemIds), [knownItemIds]);
  const scopeIds = useMemo(() => checklists.flatMap((list) => list.items.map((item) => item.id)), [checklists]);
  const touched = countTouched(state, scopeIds);
  const scopeName = checklists.length === 1 ? `“${checklists[0].title}”` : 'all three checklists';

  const onCheckedChange = (checklist: Checklist, itemId: string, checked: boolean) => {
    const next = update((current) => setChecked(current, itemId, checked));
    const completed = checked ? justCompleted(checklist.items, state, next) : null;
    if (completed)
      recordResult(
        makeResult({
          widget: 'SecurityChecklist' satisfies (typeof securityChecklistWidget)['result'],
          lesson: checklist.lesson,
          score: completed.done,
          max: completed.total,
        }),
      );
  };
  const onNotesChange = (itemId: string, notes: string) => update((current) => setNotes(current, itemId, notes));

  return {
    state,
    hydrated,
    idBase,
    status,
    progress: checklistProgress(checklists, state),
    scopeName,
    setFilter: (filter: LaunchFilter) => update((current) => setFilter(current, filter)),
    onCheckedChange,
    onNotesChange,
    files: useChecklistFiles({ checklists, state, known, scopeName, update, setStatus }),
    reset: useChecklistReset({ scopeIds, scopeName, touched, update, setStatus }),
  };
}

export type ChecklistWorkspaceState = ReturnType<typeof useChecklistWorkspace>;
