'use client';
import { useEffect } from 'react';

const OPEN = 'data-open';
const DISMISSED = 'data-dismissed';

/**
 * What CSS cannot do for the glossary popovers (components/mdx/GlossaryTerm.tsx): Escape hides the one showing,
 * a first tap on a touch screen shows the definition instead of leaving the page (a second tap follows the link),
 * and a popover near the right edge is moved back into the window.
 */
export function TermPopovers() {
  useEffect(() => {
    let touch = false;
    const terms = () => document.querySelectorAll<HTMLElement>('.term');
    const place = (term: HTMLElement) => {
      const tip = term.querySelector<HTMLElement>('.term-tip');
      if (!tip) return;
      tip.style.translate = '';
      const box = tip.getBoundingClientRect();
      const overflow = box.right - (document.documentElement.clientWidth - 8);
      if (overflow > 0) tip.style.translate = `${-Math.min(overflow, box.left - 8)}px 0`;
    };
    const onOver = (event: Event) => {
      const term = event.target instanceof Element ? event.target.closest<HTMLElement>('.term') : null;
      for (const other of terms()) if (other !== term) other.removeAttribute(DISMISSED);
      if (term) place(term);
    };
    const onPointer = (event: PointerEvent) => {
      touch = event.pointerType === 'touch';
    };
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('.term-link') : null;
      const term = link?.parentElement;
      for (const other of terms()) if (other !== term) other.removeAttribute(OPEN);
      if (!term || !touch || term.hasAttribute(OPEN)) return;
      event.preventDefault();
      term.removeAttribute(DISMISSED);
      term.setAttribute(OPEN, '');
      place(term);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      for (const term of document.querySelectorAll<HTMLElement>('.term:hover, .term:focus-within, .term[data-open]')) {
        term.removeAttribute(OPEN);
        term.setAttribute(DISMISSED, '');
      }
    };
    document.addEventListener('mouseover', onOver);
    document.addEventListener('focusin', onOver);
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mouseover', onOver);
      document.removeEventListener('focusin', onOver);
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
    };
  }, []);
  return null;
}
