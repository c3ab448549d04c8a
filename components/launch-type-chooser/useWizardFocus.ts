'use client';
/**
 * Focus for the chooser's steps: after each render that asked for it, focus goes to the question on screen (its
 * first answer when one must be chosen) or to the result's heading, scrolled to the top of the screen.
 */
import { useEffect, useRef } from 'react';

export type FocusTarget = { kind: 'question'; index: number; firstInput?: boolean } | { kind: 'result' };

export function useWizardFocus() {
  const fieldsets = useRef<(HTMLFieldSetElement | null)[]>([]);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const pending = useRef<FocusTarget | null>(null);

  useEffect(() => {
    const target = pending.current;
    if (!target) return;
    pending.current = null;
    if (target.kind === 'result') {
      // Bring the top pick's heading to the top of the screen (below the sticky header), not just into view.
      const heading = resultHeading.current;
      heading?.focus({ preventScroll: true });
      heading?.scrollIntoView({ block: 'start' });
      return;
    }
    const fieldset = fieldsets.current[target.index];
    const input = target.firstInput ? fieldset?.querySelector<HTMLInputElement>('input:checked, input:not([type="hidden"])') : null;
    (input ?? fieldset)?.focus();
    // The next question replaces the last one in place: after a long question on a phone its start is above the screen.
    if (fieldset && fieldset.getBoundingClientRect().top < 0) fieldset.scrollIntoView({ block: 'start' });
  });

  return {
    resultHeading,
    fieldsetRef: (index: number) => (element: HTMLFieldSetElement | null) => {
      fieldsets.current[index] = element;
    },
    /** Focus moves after the next render. */
    focusNext: (target: FocusTarget) => {
      pending.current = target;
    },
  };
}
