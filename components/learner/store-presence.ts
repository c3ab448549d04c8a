'use client';
/**
 * When the learner store is needed, told without loading it. A first visit has nothing saved, so what the server
 * rendered (the empty record's view: "Mastery: Not started", the switch off) is already right, and the store and
 * its schema stay off the first load until the learner does something. Parts that show the learner's record
 * (components/islands/Island.tsx, `wake: 'learner-data'`) call whenStoreNeeded: at once when this browser holds
 * saved progress, else when another tab saves some, when any part of the page loads the store (a widget the learner
 * answers), or on the learner's own tap or focus (Island handles those).
 */
import { hasSavedLearnerData, isLearnerKey } from '@/lib/learner/keys';

const READY_EVENT = 'learner-store-ready';
let ready = false;

/** Called by components/learner/useLearnerState.ts when it creates the store. */
export function announceStore(): void {
  ready = true;
  // After the current render or update, which may be the one that created the store.
  queueMicrotask(() => window.dispatchEvent(new Event(READY_EVENT)));
}

function savedData(): boolean {
  try {
    return hasSavedLearnerData(window.localStorage);
  } catch {
    return false;
  }
}

/** Calls `need` once the store is needed (maybe at once); returns a function that stops listening. */
export function whenStoreNeeded(need: () => void): () => void {
  if (ready || savedData()) {
    need();
    return () => {};
  }
  const onStorage = (event: StorageEvent) => {
    if (isLearnerKey(event.key)) need();
  };
  window.addEventListener(READY_EVENT, need);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(READY_EVENT, need);
    window.removeEventListener('storage', onStorage);
  };
}
