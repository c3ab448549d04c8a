import type { Metadata } from 'next';
import { countHits, runSearch } from '@/lib/search/query';
import { serverSearchIndex } from '@/lib/search/server';
import { Excerpt } from '@/components/search/Excerpt';
import { Button } from '@/components/ui/Button';
import { cn } from '@/components/ui/cn';
import { linkClass } from '@/components/ui/link';
import { PageHeader } from '@/components/ui/PageHeader';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search the lessons, the glossary, the security checklists and the launch-type chooser.',
  alternates: { canonical: '/search' },
  robots: { index: false, follow: true },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Search without JavaScript: a plain GET form, results rendered on the server (under `next start`). With
 * JavaScript the header opens the search dialog instead. Not part of the static export (scripts/export.ts).
 */
export default async function SearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : (raw ?? '')).slice(0, 200);
  const groups = query.trim() ? runSearch(await serverSearchIndex(), query, { perGroup: 8 }) : [];
  const total = countHits(groups);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader title="Search" />
      <form role="search" method="get" action="/search" className="mt-6 flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <label htmlFor="search-query" className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
            Search the lessons, glossary, checklists and chooser
          </label>
          <input
            id="search-query"
            name="q"
            type="search"
            defaultValue={query}
            className="mt-1 w-full rounded-md border border-zinc-400 bg-white px-3 py-2 text-base text-zinc-950 dark:border-zinc-600 dark:bg-zinc-900 dark:text-white"
          />
        </div>
        <Button type="submit" size="field" weight="medium">
          Search
        </Button>
      </form>
      {query.trim() ? (
        <p className="mt-6 text-zinc-700 dark:text-zinc-300">
          {total === 0 ? `No results for “${query.trim()}”.` : `${total} result${total === 1 ? '' : 's'} for “${query.trim()}”.`}
        </p>
      ) : null}
      {groups.map((group) => (
        <section key={group.label} aria-label={group.label} className="mt-8">
          <h2 className="text-lg font-semibold text-zinc-950 dark:text-white">{group.label}</h2>
          <ul className="mt-2 space-y-3">
            {group.hits.map((hit) => (
              <li key={hit.id}>
                <a href={hit.url} className={cn('font-medium', linkClass)}>
                  {hit.title}
                </a>
                <p className="mt-0.5 text-sm text-zinc-700 dark:text-zinc-300">
                  <Excerpt parts={hit.excerpt} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
