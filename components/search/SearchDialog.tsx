'use client';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { SEARCH_FOCUS_KEY } from '@/lib/search/focus-after';
import { focusNotedSection } from './focusNotedSection';
import { countHits, createSearchIndex, runSearch, type SearchIndex } from '@/lib/search/query';
import type { SearchDocument } from '@/lib/search/types';
import { SearchIcon } from '@/components/ui/icons/SearchIcon';
import { Excerpt } from './Excerpt';
import { cn } from '@/components/ui/cn';

export type SearchDialogProps = { onClose: () => void };

/** Fetched and indexed once per page, on the first open (lib/search/documents.ts says what is in it). */
let loading: Promise<SearchIndex> | undefined;
function loadIndex(): Promise<SearchIndex> {
  loading ??= fetch('/search-index.json')
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json() as Promise<SearchDocument[]>;
    })
    .then(createSearchIndex)
    .catch((error: unknown) => {
      loading = undefined; // let the next open try again
      throw error;
    });
  return loading;
}

/**
 * The search dialog: a modal <dialog> (the browser traps focus and closes it on Escape) holding a combobox whose
 * listbox shows results grouped by lesson. Arrow keys move, Enter opens, the count is announced.
 */
export function SearchDialog({ onClose: unmount }: SearchDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  // Closed first, so the page is no longer inert when the opener gets its focus back.
  const onClose = () => {
    dialog.current?.close();
    unmount();
  };
  const [index, setIndex] = useState<SearchIndex | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const id = useId();

  useEffect(() => {
    dialog.current?.showModal();
    loadIndex().then(setIndex, () => setFailed(true));
  }, []);

  const groups = useMemo(() => (index ? runSearch(index, query) : []), [index, query]);
  const hits = groups.flatMap((group) => group.hits);
  const total = countHits(groups);
  const activeHit = hits[Math.min(active, hits.length - 1)];
  const optionId = (hitId: string) => `${id}-${hitId.replace(/[^a-z0-9-]/gi, '-')}`;

  useEffect(() => {
    if (activeHit) document.getElementById(optionId(activeHit.id))?.scrollIntoView({ block: 'nearest' });
    // optionId only depends on the stable useId value
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeHit]);

  const go = (url: string) => {
    const target = new URL(url, window.location.href);
    onClose();
    // The next page (or this one, for a section of the page you are on) focuses the section: lib/search/focus-after.ts.
    try {
      sessionStorage.setItem(SEARCH_FOCUS_KEY, target.href);
    } catch {
      // Storage blocked: the section still opens, focus stays where the browser puts it.
    }
    const samePage = target.pathname === window.location.pathname && target.search === window.location.search;
    window.location.assign(target.href);
    if (samePage) focusNotedSection();
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length) setActive((current) => (Math.min(current, hits.length - 1) + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeHit) go(activeHit.url);
    } else if (event.key === 'Escape') {
      // A search field's own Escape only clears it; here Escape closes, as in every other part of the dialog.
      event.preventDefault();
      onClose();
    }
  };

  let status = 'Type to search lessons, glossary terms, checklists and the chooser.';
  if (failed) status = 'Search could not load. Check your connection and open it again, or use the search page.';
  else if (!index) status = 'Loading search…';
  else if (query.trim()) status = total === 0 ? `No results for “${query.trim()}”` : `${total} result${total === 1 ? '' : 's'}`;

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-label`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === dialog.current) onClose(); // a click on the backdrop
      }}
      className="m-0 h-dvh max-h-none w-full max-w-none bg-white p-0 text-zinc-900 backdrop:bg-zinc-950/60 sm:mx-auto sm:mt-[10vh] sm:h-auto sm:max-h-[80vh] sm:max-w-2xl sm:rounded-xl sm:shadow-2xl dark:bg-zinc-900 dark:text-zinc-100"
    >
      <div className="flex h-full max-h-[inherit] flex-col">
        <form
          role="search"
          action="/search"
          method="get"
          onSubmit={(event) => event.preventDefault()}
          className="flex items-center gap-2 border-b border-zinc-200 px-4 py-3 dark:border-zinc-700"
        >
          <label id={`${id}-label`} htmlFor={`${id}-input`} className="sr-only">
            Search the course
          </label>
          <SearchIcon className="h-5 w-5 shrink-0 text-zinc-500" />
          <input
            id={`${id}-input`}
            name="q"
            type="search"
            role="combobox"
            aria-expanded={hits.length > 0}
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            aria-activedescendant={activeHit ? optionId(activeHit.id) : undefined}
            autoComplete="off"
            spellCheck={false}
            placeholder="Search the course"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            className="min-w-0 flex-1 bg-transparent py-1 text-base outline-none placeholder:text-zinc-500 dark:placeholder:text-zinc-400"
          />
          <button
            type="button"
            onClick={onClose}
            className="rounded-md px-2 py-1 text-sm text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
          >
            Close
          </button>
        </form>
        <p role="status" className="px-4 pt-3 text-sm text-zinc-600 dark:text-zinc-400">
          {status}
        </p>
        <div id={`${id}-list`} role="listbox" aria-label="Results" className="min-h-0 flex-1 overflow-y-auto px-2 pb-3">
          {groups.map((group) => (
            <div key={group.label} role="group" aria-label={group.label} className="mt-3">
              <div aria-hidden="true" className="px-2 pb-1 text-xs font-semibold tracking-wider text-zinc-600 uppercase dark:text-zinc-400">
                {group.label}
              </div>
              {group.hits.map((hit) => {
                const selected = hit === activeHit;
                return (
                  <a
                    key={hit.id}
                    id={optionId(hit.id)}
                    href={hit.url}
                    role="option"
                    aria-selected={selected}
                    tabIndex={-1}
                    onClick={(event) => {
                      event.preventDefault();
                      go(hit.url);
                    }}
                    onMouseMove={() => setActive(hits.indexOf(hit))}
                    className={cn(
                      'block scroll-my-2 rounded-lg px-3 py-2',
                      selected ? 'bg-accent-50 ring-2 ring-accent-600 dark:bg-zinc-800 dark:ring-accent-300' : '',
                    )}
                  >
                    <span className="block font-medium text-zinc-950 dark:text-white">{hit.title}</span>
                    <span className="mt-0.5 block text-sm text-zinc-700 dark:text-zinc-300">
                      <Excerpt parts={hit.excerpt} />
                    </span>
                  </a>
                );
              })}
            </div>
          ))}
        </div>
        <p className="hidden border-t border-zinc-200 px-4 py-2 text-xs text-zinc-600 sm:block dark:border-zinc-700 dark:text-zinc-400">
          <kbd className="font-sans">↑</kbd> <kbd className="font-sans">↓</kbd> to move, <kbd className="font-sans">Enter</kbd> to open,{' '}
          <kbd className="font-sans">Esc</kbd> to close
        </p>
      </div>
    </dialog>
  );
}
