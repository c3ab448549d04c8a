'use client';
/**
 * A modal dialog on the native <dialog>: the page behind is inert, Tab stays inside, Escape closes it. Open
 * while `open` is true; `onClose` runs when the learner closes it (Escape, a Close button calling it), not
 * when the parent sets `open` to false. `initialFocus` takes the focus on opening (a safe choice such as
 * Cancel); otherwise the browser focuses the first focusable element.
 *
 * - sm: a short confirmation, 32rem wide.
 * - lg: a tall workspace (options, preview, codes), scrolling inside the viewport.
 */
import { useEffect, useRef, type DialogHTMLAttributes, type RefObject } from 'react';
import { cn } from './cn';

type Props = Omit<DialogHTMLAttributes<HTMLDialogElement>, 'open' | 'onClose' | 'className'> & {
  open: boolean;
  onClose: () => void;
  size?: 'sm' | 'lg';
  initialFocus?: RefObject<HTMLElement | null>;
  /** The <dialog> element, for a caller that needs it (to close from inside, to search its contents). */
  dialogRef?: RefObject<HTMLDialogElement | null>;
};

const SIZES = {
  sm: 'w-[min(32rem,calc(100vw-2rem))]',
  lg: 'max-h-[calc(100dvh-2rem)] w-[calc(100vw-1.5rem)] max-w-4xl overflow-y-auto',
};

export function Dialog({ open, onClose, size = 'sm', initialFocus, dialogRef, children, ...rest }: Props) {
  const ownRef = useRef<HTMLDialogElement>(null);
  const ref = dialogRef ?? ownRef;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      initialFocus?.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, ref, initialFocus]);

  return (
    <dialog
      ref={ref}
      onClose={() => {
        if (open) onClose();
      }}
      className={cn(
        'm-auto rounded-lg border border-zinc-200 bg-white p-0 text-zinc-900 shadow-xl backdrop:bg-zinc-950/60 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100',
        SIZES[size],
      )}
      {...rest}
    >
      {children}
    </dialog>
  );
}
