'use client';
/**
 * A confirmation on the modal Dialog: a title, a body that screen readers hear as the dialog's description, Cancel
 * and a confirm button. Cancel has the initial focus, so pressing Enter by habit changes nothing; Escape cancels.
 * The dialog closes when the parent sets `open` to false (onConfirm and onCancel both should).
 *
 * - look `roomy` (the checklists' Reset): wider sides, a smaller title, a medium-weight confirm button.
 * - look `compact` (/progress): a larger title and tighter spacing.
 * - `restoreFocus`: focus goes back to whatever opened the dialog when it closes. Off where the caller moves focus
 *   itself after confirming (the checklists focus their status line, because the Reset button is then disabled);
 *   the browser still returns focus from a cancelled <dialog>.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button, type ButtonWeight } from './Button';
import { cn } from './cn';
import { Dialog } from './Dialog';

type Props = {
  open: boolean;
  title: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
  danger?: boolean;
  look?: 'roomy' | 'compact';
  restoreFocus?: boolean;
};

const LOOKS: Record<'roomy' | 'compact', { box: string; title: string; body: string; buttons: string; confirmWeight?: ButtonWeight }> = {
  roomy: { box: 'px-5 py-5 sm:px-6', title: 'text-lg', body: 'text-zinc-700 dark:text-zinc-300', buttons: 'mt-6 gap-3', confirmWeight: 'medium' },
  compact: { box: 'p-5', title: 'text-xl', body: 'grid gap-2 text-zinc-800 dark:text-zinc-200', buttons: 'mt-5 gap-2' },
};

export function ConfirmDialog({ open, title, confirmLabel, onConfirm, onCancel, children, danger = false, look = 'compact', restoreFocus = false }: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const bodyId = useId();
  const styles = LOOKS[look];
  useEffect(() => {
    if (!restoreFocus) return;
    if (open) opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    else opener.current?.focus();
  }, [open, restoreFocus]);
  return (
    <Dialog open={open} onClose={onCancel} initialFocus={cancel} aria-labelledby={titleId} aria-describedby={bodyId}>
      <div className={styles.box}>
        <h2 id={titleId} className={cn(styles.title, 'font-semibold text-zinc-950 dark:text-white')}>
          {title}
        </h2>
        <div id={bodyId} className={cn('mt-2', styles.body)}>
          {children}
        </div>
        <div className={cn('flex flex-wrap justify-end', styles.buttons)}>
          <Button ref={cancel} variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Button variant={danger ? 'danger' : 'primary'} weight={styles.confirmWeight} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
