import type { Heading } from '@/lib/content/lessons';

function TocList({ headings }: { headings: Heading[] }) {
  return (
    <ol className="space-y-1 text-sm">
      {headings.map((heading) => (
        <li key={heading.id} className={heading.depth === 3 ? 'pl-4' : undefined}>
          <a
            href={`#${heading.id}`}
            className="block rounded px-2 py-1 text-zinc-700 hover:bg-zinc-100 hover:text-zinc-950 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
          >
            {heading.text}
          </a>
        </li>
      ))}
    </ol>
  );
}

/** Collapsible on phones, sticky beside the text on wide screens; plain links, no JavaScript. */
export function TableOfContents({ headings, variant }: { headings: Heading[]; variant: 'collapsible' | 'sticky' }) {
  if (headings.length === 0) return null;
  if (variant === 'collapsible') {
    return (
      <nav aria-label="On this page" className="mb-8 rounded-lg border border-zinc-200 lg:hidden print:hidden dark:border-zinc-800">
        <details>
          <summary className="cursor-pointer px-4 py-3 text-sm font-semibold">On this page</summary>
          <div className="border-t border-zinc-200 px-2 py-2 dark:border-zinc-800">
            <TocList headings={headings} />
          </div>
        </details>
      </nav>
    );
  }
  return (
      <nav aria-labelledby="toc-heading" className="sticky top-24 max-h-[calc(100vh-7rem)] overflow-y-auto">
        <h2 id="toc-heading" className="mb-2 px-2 text-xs font-semibold tracking-wider text-zinc-600 uppercase dark:text-zinc-400">
          On this page
        </h2>
        <TocList headings={headings} />
      </nav>
  );
}
