'use client';
/**
 * "Embed" on every lesson and widget. The dialog's code (options, preview, snippets) is imported only when an
 * instructor opens it, so a reader's page carries just this button (about 0.5 KB gzip).
 */
import { useState, type ComponentType } from 'react';
import { Button } from '@/components/ui/Button';
import type { EmbedButtonProps } from './types';

type DialogProps = EmbedButtonProps & { onClose: () => void };

export function EmbedButton(props: EmbedButtonProps) {
  const [Dialog, setDialog] = useState<ComponentType<DialogProps> | null>(null);
  return (
    <>
      <Button
        variant="subtle"
        size="sm"
        gap="tight"
        aria-haspopup="dialog"
        aria-label={props.label}
        onClick={() => import('./EmbedDialog').then((module) => setDialog(() => module.EmbedDialog))}
        className="print:hidden"
      >
        <span aria-hidden="true" className="font-mono text-xs">
          &lt;/&gt;
        </span>
        Embed
      </Button>
      {Dialog ? <Dialog {...props} onClose={() => setDialog(null)} /> : null}
    </>
  );
}
