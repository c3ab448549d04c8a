'use client';
import { useSyncExternalStore } from 'react';

/** Below this width the diagrams are drawn with wrapped labels and tighter spacing, so they fit a phone. */
const NARROW = '(max-width: 40rem)';

function subscribe(onChange: () => void) {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW).matches, () => false);
}
