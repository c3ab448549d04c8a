'use client';
/**
 * A value read from the learner store, for a part of every page's first load (the theme switch, the store notice):
 * `initial` until the store is needed (components/learner/store-presence.ts), then the store's, kept up to date.
 * The store and its schema are imported only then, so a first visit never loads them for this.
 * `read` must be a stable function (defined outside the component) and return a value compared by identity.
 */
import { useEffect, useState } from 'react';
import type { LearnerStore } from '@/lib/learner-store';
import { whenStoreNeeded } from './store-presence';

export function useStoreValue<T>(read: (store: LearnerStore) => T, initial: T): T {
  const [value, setValue] = useState(initial);
  useEffect(() => {
    let live = true;
    let unsubscribe = () => {};
    const stop = whenStoreNeeded(() => {
      void import('./useLearnerState').then(({ getLearnerStore }) => {
        if (!live) return;
        const store = getLearnerStore();
        const update = () => setValue(read(store));
        update();
        unsubscribe = store.subscribe(update);
      });
    });
    return () => {
      live = false;
      stop();
      unsubscribe();
    };
  }, [read]);
  return value;
}
