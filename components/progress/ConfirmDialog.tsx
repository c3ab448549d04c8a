'use client';
/**
 * A confirmation as a native modal <dialog>: focus goes to the safe choice (Cancel), Escape cancels, and focus
 * returns to the button that opened it. Used before replacing or deleting a learner's progress.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { primaryButton, secondaryButton } from '@/components/check-up/styles';

type Props = { open: boolean; title: string; confirmLabel: string; onConfirm: () => void; onClose: () => void; children: ReactNode; danger?: boolean };

export const dangerButton =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-red-700 px-4 font-semibold text-white hover:bg-red-800 dark:bg-red-300 dark:text-zinc-950 dark:hover:bg-red-200';

export function ConfirmDialog({ open, title, confirmLabel, onConfirm, onClose, children, danger = false }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
      cancel.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);
  const titleId = `${title.replace(/\W+/g, '-').toLowerCase()}-title`;
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={() => {
        onClose();
        opener.current?.focus();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-zinc-200 bg-white p-0 text-zinc-800 shadow-xl backdrop:bg-zinc-950/60 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200"
    >
      <div className="p-5">
        <h2 id={titleId} className="text-xl font-semibold text-zinc-950 dark:text-white">
          {title}
        </h2>
        <div className="mt-2 grid gap-2">{children}</div>
        <div className="mt-5 flex flex-wrap justify-end gap-2">
          <button ref={cancel} type="button" className={secondaryButton} onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button
            type="button"
            className={danger ? dangerButton : primaryButton}
            onClick={() => {
              onConfirm();
              dialog.current?.close();
            }}
          >
            {confirmLabel}
          </button>
        </div>
      </div>
    </dialog>
  );
}
