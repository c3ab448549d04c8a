'use client';
import { useId, useState } from 'react';
import { filterTerms, type FilterableTerm } from '@/lib/glossary/filter';
import { useHydrated } from '@/components/ui/useHydrated';

/**
 * The filter over the glossary's terms. The list itself is server HTML (app/(site)/glossary/page.tsx); this leaf
 * hides the entries that do not match with a style rule on their ids, so the page keeps working without JavaScript
 * (the field then stays hidden). The count is a live region: a screen reader hears how many terms are left.
 */
export function GlossaryFilter({ terms }: { terms: FilterableTerm[] }) {
  const id = useId();
  const hydrated = useHydrated();
  const [query, setQuery] = useState('');
  const shown = new Set(filterTerms(query, terms));
  const hidden = terms.filter((term) => !shown.has(term.id));
  return (
    <div className="mt-8 print:hidden" hidden={!hydrated}>
      <label htmlFor={`${id}-input`} className="block text-sm font-medium text-zinc-900 dark:text-zinc-100">
        Filter terms
      </label>
      <input
        id={`${id}-input`}
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        aria-describedby={`${id}-count`}
        className="mt-1 w-full rounded-md border border-zinc-400 bg-white px-3 py-2 text-base text-zinc-900 placeholder:text-zinc-500 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400"
        placeholder="For example: role, ECR, capacity"
      />
      <p id={`${id}-count`} role="status" className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
        {query.trim() ? (shown.size === 0 ? 'No term matches.' : `${shown.size} of ${terms.length} terms`) : `${terms.length} terms`}
      </p>
      {hidden.length ? <style>{`${hidden.map((term) => `[data-glossary-entry="${term.id}"]`).join(',')}{display:none}`}</style> : null}
    </div>
  );
}
