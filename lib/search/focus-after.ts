/**
 * Focus after choosing a search result: the dialog notes the address it opens (sessionStorage, one value, read and
 * cleared on the next page), and that page puts focus on the section the address names, not on the page body.
 */
export const SEARCH_FOCUS_KEY = 'search-focus';

/** The id to focus on arrival: the fragment of `noted` when the browser is now at that very address, else none. */
export function focusTargetOnArrival(noted: string | null, here: string): string | null {
  if (!noted) return null;
  let target: URL;
  let current: URL;
  try {
    target = new URL(noted);
    current = new URL(here);
  } catch {
    return null;
  }
  if (target.origin !== current.origin || target.pathname !== current.pathname || target.search !== current.search || target.hash !== current.hash) return null;
  const id = decodeURIComponent(target.hash.slice(1));
  return id || null;
}
