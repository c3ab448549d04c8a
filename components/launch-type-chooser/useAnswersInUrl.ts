'use client';
/**
 * The chooser's answers live in the URL query string, the single source of truth, so a result can be shared,
 * bookmarked and restored. Reading subscribes to history changes; writing replaces the current entry.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { decodeAnswers, searchWithAnswers } from '@/lib/chooser/url';
import type { Answers, Question } from '@/lib/chooser/types';

const URL_CHANGED = 'containers-on-aws:chooser-url';

function subscribeToUrl(listener: () => void) {
  window.addEventListener('popstate', listener);
  window.addEventListener(URL_CHANGED, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(URL_CHANGED, listener);
  };
}
const readSearch = () => window.location.search;
// The page is prerendered without a query string; the real one is read right after hydration.
const readServerSearch = () => '';

export function useAnswersInUrl(questions: Question[]) {
  const search = useSyncExternalStore(subscribeToUrl, readSearch, readServerSearch);
  const decoded = useMemo(() => decodeAnswers(search, questions), [search, questions]);
  const writeAnswers = useCallback(
    (next: Answers) => {
      const { pathname, search: current, hash } = window.location;
      // The documented way to change the URL in the App Router: Next.js keeps its router in step, with no navigation.
      window.history.replaceState(null, '', `${pathname}${searchWithAnswers(current, next, questions)}${hash}`);
      window.dispatchEvent(new Event(URL_CHANGED));
    },
    [questions],
  );
  return { decoded, writeAnswers };
}
