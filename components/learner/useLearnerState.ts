'use client';
/** React access to the learner store: one browser-wide instance, synced across tabs. */
import { useSyncExternalStore } from 'react';
import { createLearnerStore, emptyState, STORAGE_KEY, type LearnerState, type LearnerStore } from '@/lib/learner-store';
import { announceStore } from './store-presence';

let store: LearnerStore | undefined;
const serverState = emptyState();

function safeLocalStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    const probe = `${STORAGE_KEY}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

export function getLearnerStore(): LearnerStore {
  if (!store) {
    store = createLearnerStore(typeof window === 'undefined' ? null : safeLocalStorage());
    if (typeof window !== 'undefined') {
      window.addEventListener('storage', (event) => {
        if (event.key === STORAGE_KEY || event.key === null) store?.reload();
      });
      // The parts of the page that waited for the store (they showed the empty record's view) come alive now.
      announceStore();
    }
  }
  return store;
}

/** Select a slice of learner state; renders the empty state on the server and during hydration. */
export function useLearnerState<T>(select: (state: LearnerState) => T): T {
  return useSyncExternalStore(
    (listener) => getLearnerStore().subscribe(listener),
    () => select(getLearnerStore().get()),
    () => select(serverState),
  );
}
