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
      const run = () => !cancelled && void import('./register').then((module) => module.startOfflineSupport());
      if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 3000 });
      else setTimeout(run, 1);
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    return () => {
      cancelled = true;
    };
  }, []);
  return null;
}
