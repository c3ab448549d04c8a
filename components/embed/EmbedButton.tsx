'use client';
/**
 * "Embed" on every lesson and widget. The dialog's code (options, preview, snippets) is imported only when an
 * instructor opens it, so a reader's page carries just this button (about 0.5 KB gzip).
 */
import { useState, type ComponentType } from 'react';
import type { EmbedButtonProps } from './types';

type DialogProps = EmbedButtonProps & { onClose: () => void };

export function EmbedButton(props: EmbedButtonProps) {
  const [Dialog, setDialog] = useState<ComponentType<DialogProps> | null>(null);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-label={props.label}
        onClick={() => import('./EmbedDialog').then((module) => setDialog(() => module.EmbedDialog))}
        className="inline-flex min-h-11 items-center gap-1.5 rounded-md border border-zinc-300 px-3 text-sm font-medium text-zinc-800 hover:bg-zinc-100 print:hidden dark:border-zinc-600 dark:text-zinc-200 dark:hover:bg-zinc-800"
      >
        <span aria-hidden="true" className="font-mono text-xs">
          &lt;/&gt;
        </span>
        Embed
      </button>
      {Dialog ? <Dialog {...props} onClose={() => setDialog(null)} /> : null}
    </>
  );
}
