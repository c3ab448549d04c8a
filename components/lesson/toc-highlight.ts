/** The contents' current-section mark (started on first use by components/lesson/LessonBehaviours.tsx). */
import { currentSection } from '@/lib/toc';

/**
 * A section is being read once its heading is above this line: below where a jump to an anchor puts a heading
 * (the sticky header, the phone bar and the heading's scroll margin, about 220 px) and within the top third.
 */
const readingLine = () => Math.min(window.innerHeight, Math.max(240, window.innerHeight * 0.3));

/**
 * Marks the section being read in every "On this page" list (aria-current="location") and names it in the phone
 * bar. An IntersectionObserver wakes it only when a heading crosses the top part of the window: no scroll
 * listener, and the mark is a colour and a border that is always there, so nothing moves.
 */
export function startTocHighlight(onSection?: (id: string, title: string) => void): () => void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-toc-link]')];
  const ids = [...new Set(links.map((link) => link.hash.slice(1)))];
  const headings = ids.map((id) => document.getElementById(id)).filter((heading): heading is HTMLElement => heading !== null);
  const label = document.querySelector<HTMLElement>('[data-toc-current]');
  let shown = '';
  const line = readingLine();
  const update = () => {
    const index = currentSection(
      headings.map((heading) => heading.getBoundingClientRect().top),
      line,
    );
    const id = headings[index]?.id ?? '';
    if (id === shown) return;
    shown = id;
    for (const link of links) {
      if (link.hash === `#${id}`) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
    const title = links.find((link) => link.hash === `#${id}`)?.textContent ?? '';
    if (label) label.textContent = title;
    if (id) onSection?.(id, title);
  };
  // One observer for headings crossing the reading line; one for the lesson's blocks entering or leaving the
  // window, because a jump (End, a link, the scroll bar) can land with no heading near the line or on screen.
  const crossing = new IntersectionObserver(update, { rootMargin: `0px 0px -${window.innerHeight - line}px 0px` });
  const onScreen = new IntersectionObserver(update);
  for (const heading of headings) crossing.observe(heading);
  for (const block of document.querySelectorAll('.prose-lesson > *, article > *')) onScreen.observe(block);
  return () => {
    crossing.disconnect();
    onScreen.disconnect();
  };
}
