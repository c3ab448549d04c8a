'use client';
/**
 * On paper every disclosure prints open. CSS does it where ::details-content is supported; this opens the closed
 * ones inside the returned ref's element for the print everywhere else, and closes them again afterwards.
 */
import { useEffect, useRef } from 'react';

export function useOpenDetailsForPrint<E extends HTMLElement = HTMLDivElement>() {
  const ref = useRef<E>(null);
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
