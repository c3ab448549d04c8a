'use client';
/**
 * A confirmation on the shared modal Dialog (components/ui): focus goes to the safe choice (Cancel), Escape
 * cancels, and focus returns to the button that opened it. Used before replacing or deleting a learner's progress.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';

type Props = { open: boolean; title: string; confirmLabel: string; onConfirm: () => void; onClose: () => void; children: ReactNode; danger?: boolean };

export function ConfirmDialog({ open, title, confirmLabel, onConfirm, onClose, children, danger = false }: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  useEffect(() => {
    if (open) opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    else opener.current?.focus();
  }, [open]);
  return (
    <Dialog open={open} onClose={onClose} initialFocus={cancel} aria-labelledby={titleId}>
      <div className="p-5">
        <h2 id={titleId} className="text-xl font-semibold text-zinc-950 dark:text-white">
          {title}
        </h2>
        <div className="mt-2 grid gap-2 text-zinc-800 dark:text-zinc-200">{children}</div>
        <div className="mt-5 flex flex-wrap justify-end gap-2">
          <Button ref={cancel} variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button
            variant={danger ? 'danger' : 'primary'}
            onClick={() => {
              onConfirm();
              onClose();
            }}
          >
            {confirmLabel}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
