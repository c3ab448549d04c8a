'use client';
import { useSyncExternalStore } from 'react';

// The theme lives in the class of <html> (set before first paint by the theme bootstrap and by the toggle).
function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

const isDark = () => document.documentElement.classList.contains('dark');

/** Whether the site shows its dark theme now; follows every change of html.dark. */
export function useDarkTheme(): boolean {
  return useSyncExternalStore(subscribe, isDark, () => false);
}
