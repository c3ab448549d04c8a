import { SITE_NAME } from '@/lib/course';
import { getLessons } from '@/lib/content/lessons';
import { ALL_PAGE_LINKS, NAV_LINKS } from '@/lib/site-nav';
import { headerIconButton } from './styles';
import { cn } from '@/components/ui/cn';

const menuLink =
  'block rounded-md px-3 py-2.5 text-zinc-800 hover:bg-zinc-100 hover:text-zinc-950 dark:text-zinc-200 dark:hover:bg-zinc-800 dark:hover:text-white';

/**
 * One header for every width. From md up: brand, the site links, search and the theme switch. Below md: brand,
 * search, theme and a Menu (a <details> disclosure, so it opens without JavaScript) listing every lesson and page.
 * SiteEnhancements adds Escape, outside-click and the search shortcuts. `controls` (search and the theme switch) come
 * from SiteChrome: this module imports no client component, so a page without them (the 404 page, the floor pages)
 * ships none of their code (Next ships the code of every client component a page imports, rendered or not).
 */
export function SiteHeader({ controls }: { controls?: React.ReactNode }) {
  const lessons = getLessons();
  return (
    <header className="sticky top-0 z-30 border-b border-zinc-200 bg-white/95 backdrop-blur print:hidden dark:border-zinc-800 dark:bg-zinc-950/95">
      <div className="mx-auto flex h-16 max-w-7xl items-center px-3 sm:gap-2 sm:px-6">
        <a href="/" className="mr-auto flex min-w-0 items-center gap-2 pr-1 font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-7 w-7 shrink-0">
            <rect x="3" y="8" width="26" height="18" rx="3" className="fill-accent-600 dark:fill-accent-400" />
            <path d="M9 8v18M16 8v18M23 8v18" className="stroke-white dark:stroke-zinc-950" strokeWidth="2" />
            <path d="M8 5h16" className="stroke-zinc-400" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <span className="truncate">{SITE_NAME}</span>
        </a>
        <nav aria-label="Site" className="hidden md:block">
          <ul className="flex items-center gap-1 text-sm">
            {NAV_LINKS.map((link) => (
              <li key={link.href}>
                <a
                  href={link.href}
                  className="rounded-md px-3 py-2 text-zinc-700 hover:bg-zinc-100 hover:text-zinc-950 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
                >
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {controls}
        <details data-menu className="md:hidden">
          <summary className={cn(headerIconButton, 'cursor-pointer list-none [&::-webkit-details-marker]:hidden')}>
            <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
              <path d="M4 7h16M4 12h16M4 17h16" />
            </svg>
            <span className="sr-only">Menu</span>
          </summary>
          <nav
            aria-label="Menu"
            className="absolute inset-x-0 top-full max-h-[calc(100dvh-4rem)] overflow-y-auto border-b border-zinc-200 bg-white px-4 pt-3 pb-5 shadow-lg dark:border-zinc-800 dark:bg-zinc-950"
          >
            <h2 className="px-3 text-xs font-semibold tracking-wider text-zinc-600 uppercase dark:text-zinc-400">Lessons</h2>
            <ol className="mt-1 text-[0.9375rem]">
              {lessons.map((lesson, index) => (
                <li key={lesson.slug}>
                  <a href={`/lessons/${lesson.slug}`} className={cn(menuLink, 'flex gap-2')}>
                    <span className="w-4 shrink-0 text-right text-zinc-500 tabular-nums dark:text-zinc-400">{index + 1}.</span>
                    {lesson.title}
                  </a>
                </li>
              ))}
            </ol>
            <h2 className="mt-4 px-3 text-xs font-semibold tracking-wider text-zinc-600 uppercase dark:text-zinc-400">Practice and reference</h2>
            <ul className="mt-1 grid grid-cols-2 text-[0.9375rem]">
              {ALL_PAGE_LINKS.map((link) => (
                <li key={link.href}>
                  <a href={link.href} className={menuLink}>
                    {link.href === '/' ? 'Course map' : link.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </details>
      </div>
    </header>
  );
}
