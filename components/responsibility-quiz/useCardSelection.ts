'use client';
/** The card selected by a click or tap, waiting for a zone; Escape lets go of it. Each change is announced. */
import { useEffect, useState } from 'react';
import { announce } from '@/lib/quiz/announce';

export function useCardSelection(label: (cardId: string) => string, say: (message: string) => void) {
  const [selectedId, setSelectedId] = useState<string | null>(null);

  useEffect(() => {
    if (!selectedId) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setSelectedId(null);
      say(announce.deselected(label(selectedId)));
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [selectedId, label, say]);

  const toggle = (cardId: string) => {
    const deselecting = selectedId === cardId;
    setSelectedId(deselecting ? null : cardId);
    say(deselecting ? announce.deselected(label(cardId)) : announce.selected(label(cardId)));
  };

  return { selectedId, toggle, clear: () => setSelectedId(null) };
}
