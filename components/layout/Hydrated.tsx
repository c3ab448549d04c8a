'use client';
import { useEffect } from 'react';

type TapGuard = { live(root: Element): void };

/**
 * Marks the page as hydrated (html[data-hydrated]) and replays the taps the tap guard held until now
 * (lib/tap-guard.ts). Its effect runs once React has hydrated everything but the widgets that wait for the screen.
 */
export function Hydrated() {
  useEffect(() => {
    const root = document.documentElement;
    root.setAttribute('data-hydrated', '');
    (window as Window & { __taps?: TapGuard }).__taps?.live(root);
  }, []);
  return null;
}
