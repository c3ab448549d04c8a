'use client';
import { useId, useRef } from 'react';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';

type Props = {
  open: boolean;
  title: string;
  description: string;
  confirmLabel: string;
  onCancel: () => void;
  onConfirm: () => void;
};

/**
 * A modal confirmation (focus stays inside, Escape cancels, focus returns to the opener).
 * "Cancel" has the initial focus, so pressing Enter by habit keeps the ticks.
 */
export function ResetDialog({ open, title, description, confirmLabel, onCancel, onConfirm }: Props) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  return (
    <Dialog open={open} onClose={onCancel} initialFocus={cancelRef} aria-labelledby={titleId} aria-describedby={descriptionId}>
      <div className="px-5 py-5 sm:px-6">
        <h2 id={titleId} className="text-lg font-semibold text-zinc-950 dark:text-white">
          {title}
        </h2>
        <p id={descriptionId} className="mt-2 text-zinc-700 dark:text-zinc-300">
          {description}
        </p>
        <div className="mt-6 flex flex-wrap justify-end gap-3">
          <Button ref={cancelRef} variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Button variant="danger" weight="medium" onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
