/** The glossary popovers' behaviour (started on first use by components/lesson/LessonBehaviours.tsx). */
const OPEN = 'data-open';
const DISMISSED = 'data-dismissed';

/**
 * What CSS cannot do for the glossary popovers (components/mdx/GlossaryTerm.tsx): Escape hides the one showing,
 * a tap on a touch screen shows the definition instead of leaving the lesson (a second tap hides it again; the
 * popover's "Open in glossary" link leads on),
 * and a popover is placed in the window beside its term, never clipped by a scrolling table or the window's edge.
 */
export function startTermPopovers(): () => void {
  let touch = false;
  let placed: HTMLElement | null = null;
  const terms = () => document.querySelectorAll<HTMLElement>('.term');
  // Fixed to the window next to the term, so a table's scroll box cannot clip it; above the term when there is
  // no room below. (CSS alone places it under the term, which is where it stays without JavaScript.)
  const place = (term: HTMLElement) => {
    const tip = term.querySelector<HTMLElement>('.term-tip');
    const link = term.querySelector('.term-link');
    if (!tip || !link || matchMedia('(hover: none)').matches) return;
    // A term can wrap: the popover starts under its last line (or above its first).
    const box = link.getBoundingClientRect();
    const lines = link.getClientRects();
    const left = (lines[lines.length - 1] ?? box).left;
    tip.style.cssText = 'position:fixed;display:block;visibility:hidden';
    const { width, height } = tip.getBoundingClientRect();
    const room = document.documentElement.clientWidth - 8;
    const below = box.bottom + height <= window.innerHeight;
    tip.style.cssText = `position:fixed;left:${Math.max(8, Math.min(left, room - width))}px;top:${below ? box.bottom : box.top - height}px;${below ? '' : 'padding:0 0 .375rem'}`;
  };
  const onOver = (event: Event) => {
    const term = event.target instanceof Element ? event.target.closest<HTMLElement>('.term') : null;
    if (term === placed) return;
    placed = term;
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
    if (!term || !touch) return;
    event.preventDefault();
    if (term.hasAttribute(OPEN)) {
      // Closed for good: without focus, neither :focus-within nor a stray mouseover (which clears DISMISSED) reopens it.
      term.removeAttribute(OPEN);
      term.setAttribute(DISMISSED, '');
      if (link instanceof HTMLElement) link.blur();
      return;
    }
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
}
