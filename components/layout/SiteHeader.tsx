import { SITE_NAME } from '@/lib/course';
import { NAV_LINKS } from '@/lib/site-nav';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader({ themeToggle = true }: { themeToggle?: boolean }) {
  return (
    <header className="sticky top-0 z-30 border-b border-zinc-200 bg-white/95 backdrop-blur print:hidden dark:border-zinc-800 dark:bg-zinc-950/95">
      <div className="mx-auto flex h-16 max-w-7xl items-center gap-2 px-4 sm:gap-4 sm:px-6">
        <a href="/" className="flex min-w-0 items-center gap-2 font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-7 w-7 shrink-0">
            <rect x="3" y="8" width="26" height="18" rx="3" className="fill-accent-600 dark:fill-accent-400" />
            <path d="M9 8v18M16 8v18M23 8v18" className="stroke-white dark:stroke-zinc-950" strokeWidth="2" />
            <path d="M8 5h16" className="stroke-zinc-400" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <span className="truncate">{SITE_NAME}</span>
        </a>
        <nav aria-label="Site" className="ml-auto">
          <ul className="flex items-center gap-1 text-sm">
            {NAV_LINKS.map((link) => (
              <li key={link.href} className={link.hideOnPhone ? 'hidden sm:block' : undefined}>
                <a
                  href={link.href}
                  className="rounded-md px-2 py-2 text-zinc-700 hover:bg-zinc-100 hover:text-zinc-950 sm:px-3 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
                >
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {themeToggle ? <ThemeToggle /> : null}
      </div>
    </header>
  );
}
