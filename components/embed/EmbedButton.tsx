'use client';
/**
 * "Embed" on every lesson and widget. The dialog's code (options, preview, snippets) is imported only when an
 * instructor opens it, so a reader's page carries just this button (about 0.5 KB gzip).
 */
import { useState, type ComponentType } from 'react';
import type { EmbedButtonProps } from './types';

type DialogProps = EmbedButtonProps & { onClose: () => void };

/** The button's look: `embedButtonClass` from ./embedButtonClass.ts, computed on the server (see below). */
export function EmbedButton({ buttonClassName, ...props }: EmbedButtonProps & { buttonClassName: string }) {
  const [Dialog, setDialog] = useState<ComponentType<DialogProps> | null>(null);
  // A plain <button> with the class the server computed: the Button primitive's tables of every look stay off the
  // lesson's first load (about 0.5 KB gzip, lib/budgets.ts).
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-label={props.label}
        onClick={() => import('./EmbedDialog').then((module) => setDialog(() => module.EmbedDialog))}
        className={buttonClassName}
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
