'use client';
import { useEffect } from 'react';

/** What counts as first use: the reader scrolls, points, touches, tabs or types. */
/** A section counts as where the reader stopped once it has stayed the current one this long (no write per heading scrolled past). */
const SETTLE_MS = 1000;
const FIRST_USE = ['scroll', 'pointerover', 'pointerdown', 'focusin', 'keydown', 'touchstart'] as const;

/**
 * The lesson's two page-wide behaviours, loaded on first use instead of with the page: the contents' current-section
 * mark (toc-highlight.ts) and the glossary popovers' placement, Escape and tap handling (term-popovers.ts). Before
 * they arrive, CSS already shows a term's definition on hover and focus; a first tap on a term on a touch screen
 * shows its definition here (the popovers' rule: the second tap follows the link), so no tap is lost meanwhile.
 * A page opened at a #section starts them at once, so the mark is right from the start. The current section is also
 * noted as where the reader stopped (reading-recorder.ts), so home's Continue button reopens the lesson there.
 */
export function LessonBehaviours() {
  useEffect(() => {
    let stop: (() => void)[] = [];
    let settle: number | undefined;
    // Where the reader is, for home's Continue button (lib/learner/reading-position.ts); the store loads with it.
    const onSection = (id: string, title: string) => {
      window.clearTimeout(settle);
      settle = window.setTimeout(() => void import('./reading-recorder').then((recorder) => recorder.noteSection(id, title)), SETTLE_MS);
    };
    let started = false;
    let touch = false;
    const onPointer = (event: PointerEvent) => {
      touch = event.pointerType === 'touch';
    };
    const onTermTap = (event: MouseEvent) => {
      const term = event.target instanceof Element ? event.target.closest('.term-link')?.parentElement : null;
      if (!term || !touch || term.hasAttribute('data-open')) return;
      event.preventDefault();
      term.setAttribute('data-open', '');
    };
    const start = () => {
      if (started) return;
      started = true;
      for (const type of FIRST_USE) window.removeEventListener(type, start, true);
      void Promise.all([import('./toc-highlight'), import('@/components/mdx/term-popovers')]).then(([toc, terms]) => {
        document.removeEventListener('pointerdown', onPointer, true);
        document.removeEventListener('click', onTermTap, true);
        stop = [toc.startTocHighlight(onSection), terms.startTermPopovers(), () => window.clearTimeout(settle)];
      });
    };
    document.addEventListener('pointerdown', onPointer, true);
    document.addEventListener('click', onTermTap, true);
    for (const type of FIRST_USE) window.addEventListener(type, start, { capture: true, passive: true });
    if (location.hash.length > 1) start();
    return () => {
      for (const type of FIRST_USE) window.removeEventListener(type, start, true);
      document.removeEventListener('pointerdown', onPointer, true);
      document.removeEventListener('click', onTermTap, true);
      for (const end of stop) end();
    };
  }, []);
  return null;
}
