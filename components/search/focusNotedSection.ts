import { SEARCH_FOCUS_KEY, focusTargetOnArrival } from '@/lib/search/focus-after';

/**
 * After a search result opens: focus the section heading its address names (the browser has already scrolled
 * there), so the next Tab and a screen reader start from the result, not from the top of the page. The note is
 * read once and cleared.
 */
export function focusNotedSection(): void {
  let noted: string | null = null;
  try {
    noted = sessionStorage.getItem(SEARCH_FOCUS_KEY);
    sessionStorage.removeItem(SEARCH_FOCUS_KEY);
  } catch {
    return;
  }
  const id = focusTargetOnArrival(noted, window.location.href);
  const element = id ? document.getElementById(id) : null;
  if (!element) return;
  if (!element.matches('a[href], button, input, select, textarea, summary, [tabindex]')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
}
