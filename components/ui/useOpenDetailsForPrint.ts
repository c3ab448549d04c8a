'use client';
/**
 * Opens every closed <details> inside the returned ref's element while the page prints, and closes them again
 * afterwards, so a printout shows all details in browsers without ::details-content (see Disclosure's printOpen).
 */
import { useEffect, useRef } from 'react';

export function useOpenDetailsForPrint<T extends HTMLElement = HTMLDivElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...(ref.current?.querySelectorAll<HTMLDetailsElement>('details:not([open])') ?? [])];
      opened.forEach((details) => (details.open = true));
    };
    const after = () => {
      opened.forEach((details) => (details.open = false));
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return ref;
}
