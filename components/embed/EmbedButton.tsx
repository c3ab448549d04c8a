'use client';
/**
 * "Embed" on every lesson and widget. The dialog's code (options, preview, snippets) is imported only when an
 * instructor opens it, so a reader's page carries just this button.
 */
import { useRef, useState, type ComponentType } from 'react';
import type { EmbedButtonProps } from './types';

type DialogProps = EmbedButtonProps & { onClose: () => void };

export function EmbedButton(props: EmbedButtonProps) {
  const [Dialog, setDialog] = useState<ComponentType<DialogProps> | null>(null);
  const [loading, setLoading] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const open = () => {
    setLoading(true);
    import('./EmbedDialog')
      .then((module) => setDialog(() => module.EmbedDialog))
      .finally(() => setLoading(false));
  };
  const close = () => {
    setDialog(null);
    button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        onClick={open}
        aria-haspopup="dialog"
        aria-label={props.label}
        className="inline-flex min-h-11 items-center gap-1.5 rounded-md border border-zinc-300 px-3 text-sm font-medium text-zinc-800 hover:bg-zinc-100 print:hidden dark:border-zinc-600 dark:text-zinc-200 dark:hover:bg-zinc-800"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.8">
          <path d="M7 6l-4 4 4 4M13 6l4 4-4 4" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {loading ? 'Opening…' : 'Embed'}
      </button>
      {Dialog ? <Dialog {...props} onClose={close} /> : null}
    </>
  );
}
