'use client';
import { useEffect } from 'react';

/**
 * Starts offline support once the page has loaded and the main thread is idle, so registering the worker and its
 * precaching never compete with the first load (components/offline/register.ts does the work).
 */
export function OfflineSupport() {
  useEffect(() => {
    let cancelled = false;
    const start = () => {
      const run = () =>
        !cancelled &&
        void import('./register').then((module) => {
          // The registration code has loaded: first-load measurements wait for this (scripts/perf/first-load.ts).
          document.querySelector('[data-offline-support]')?.setAttribute('data-offline-support', 'loaded');
          return module.startOfflineSupport();
        });
      if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 3000 });
      else setTimeout(run, 1);
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    return () => {
      cancelled = true;
    };
  }, []);
  // Server-rendered as waiting, so a measurement can tell "not loaded yet" from "loaded" whatever the timing.
  return <span hidden data-offline-support="waiting" />;
}
