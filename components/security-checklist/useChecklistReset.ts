'use client';
/** Reset, behind a confirmation dialog: clears the ticks and notes of the lists in view, then says what it cleared. */
import { useEffect, useRef, useState } from 'react';
import { pluralise } from '@/lib/format';
import { resetItems, type ChecklistState } from '@/lib/checklists/state';
import type { ChecklistStatus } from './useChecklistWorkspace';

type Options = {
  scopeIds: string[];
  scopeName: string;
  touched: { checked: number; notes: number };
  update: (change: (state: ChecklistState) => ChecklistState) => ChecklistState;
  setStatus: (status: ChecklistStatus) => void;
};

export function useChecklistReset({ scopeIds, scopeName, touched, update, setStatus }: Options) {
  const [confirming, setConfirming] = useState(false);
  const [resets, setResets] = useState(0);
  const cleared = `${pluralise(touched.checked, 'tick')} and ${pluralise(touched.notes, 'note')}`;
  const confirm = () => {
    update((current) => resetItems(current, scopeIds));
    setConfirming(false);
    setResets((count) => count + 1);
    setStatus({ tone: 'success', text: `Reset ${scopeName}: ${cleared} cleared.` });
  };

  return {
    confirming,
    /** What the dialog says will go. */
    cleared,
    nothingToReset: touched.checked + touched.notes === 0,
    ask: () => setConfirming(true),
    cancel: () => setConfirming(false),
    confirm,
    /** How many resets so far: the status line takes focus after each (useFocusAfterReset). */
    resets,
  };
}

/**
 * After a reset the Reset button is disabled, so focus cannot return to it: it moves to the returned element (the
 * status line) instead. Runs after the dialog's own effect has closed it.
 */
export function useFocusAfterReset(resets: number) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (resets > 0) ref.current?.focus();
  }, [resets]);
  return ref;
}
