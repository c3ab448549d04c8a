import type { Heading } from '@/lib/content/lessons';
import { cn } from '@/components/ui/cn';

const current =
  'aria-[current=location]:border-accent-600 aria-[current=location]:bg-accent-50 aria-[current=location]:text-accent-700 dark:aria-[current=location]:border-accent-300 dark:aria-[current=location]:bg-zinc-900 dark:aria-[current=location]:text-accent-300';

function TocList({ headings }: { headings: Heading[] }) {
  return (
    <ol className="space-y-0.5 text-sm">
      {headings.map((heading) => (
        <li key={heading.id} className={heading.depth === 3 ? 'pl-4' : undefined}>
          {/* The current-section mark is a colour and a border that is always 2 px wide: marking moves nothing. */}
          <a
            href={`#${heading.id}`}
            data-toc-link
            className={cn(
              'block rounded-r border-l-2 border-transparent px-2 py-1.5 text-zinc-700 hover:bg-zinc-100 hover:text-zinc-950 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white',
              current,
            )}
          >
            {heading.text}
          </a>
        </li>
      ))}
    </ol>
  );
}

/**
 * "On this page": on phones and tablets a compact bar that stays under the header (a <details> that opens the
 * list, and a link back to the top); on wide screens a sticky column beside the text. Plain links; toc-highlight.ts
 * marks the section being read.
 */
export function TableOfContents({ headings, variant }: { headings: Heading[]; variant: 'bar' | 'sticky' }) {
  if (headings.length === 0) return null;
  if (variant === 'bar') {
    return (
      <div
        data-lesson-bar
        className="sticky top-16 z-20 -mx-4 mb-8 flex items-stretch border-y border-zinc-200 bg-white/95 backdrop-blur sm:-mx-6 lg:hidden print:hidden dark:border-zinc-800 dark:bg-zinc-950/95"
      >
        <details data-menu className="min-w-0 flex-1">
          <summary className="flex h-11 cursor-pointer list-none items-center gap-2 px-4 text-sm sm:px-6 [&::-webkit-details-marker]:hidden">
            <span className="shrink-0 font-semibold text-zinc-900 dark:text-zinc-50">On this page</span>
            <span data-toc-current className="min-w-0 truncate text-zinc-600 dark:text-zinc-400" />
            <svg aria-hidden="true" viewBox="0 0 20 20" className="ml-auto h-4 w-4 shrink-0 text-zinc-500" fill="currentColor">
              <path d="M5.2 7.2a.75.75 0 0 1 1.06 0L10 10.94l3.74-3.74a.75.75 0 1 1 1.06 1.06l-4.27 4.27a.75.75 0 0 1-1.06 0L5.2 8.26a.75.75 0 0 1 0-1.06z" />
            </svg>
          </summary>
          <nav
            aria-label="On this page"
            className="absolute inset-x-0 top-full max-h-[60dvh] overflow-y-auto border-b border-zinc-200 bg-white px-2 py-2 shadow-lg dark:border-zinc-800 dark:bg-zinc-950"
          >
            <TocList headings={headings} />
          </nav>
        </details>
        <a
          href="#lesson-title"
          className="flex shrink-0 items-center gap-1 border-l border-zinc-200 px-4 text-sm text-zinc-700 hover:bg-zinc-100 sm:px-6 dark:border-zinc-800 dark:text-zinc-300 dark:hover:bg-zinc-800"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
            <path d="M10 4.5a.75.75 0 0 1 .53.22l4.5 4.5a.75.75 0 1 1-1.06 1.06L10.75 7.06v8.19a.75.75 0 0 1-1.5 0V7.06L6.03 10.28a.75.75 0 0 1-1.06-1.06l4.5-4.5A.75.75 0 0 1 10 4.5z" />
          </svg>
          <span className="sr-only">Back to</span> Top
        </a>
      </div>
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
