/** The site's frame: skip link, header, main landmark and footer, with no client code of its own. */
import { SITE_NAME } from '@/lib/course';
import { ALL_PAGE_LINKS } from '@/lib/site-nav';
import { SiteHeader } from './SiteHeader';

/**
 * The frame alone, for pages that must not carry the site's client code: the 404 page (Next sends the root
 * not-found tree with every page, embeds included, so a client component imported there would load everywhere) and
 * the floor pages (app/perf-floor). SiteChrome adds the interactive parts for every other page.
 */
export function SiteFrame({
  children,
  controls,
  beforeMain,
  after,
}: {
  children: React.ReactNode;
  controls?: React.ReactNode;
  beforeMain?: React.ReactNode;
  after?: React.ReactNode;
}) {
  return (
    <>
      <a href="#main" className="sr-only z-50 rounded-md bg-accent-700 px-4 py-2 font-medium text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3">
        Skip to content
      </a>
      <SiteHeader controls={controls} />
      {beforeMain}
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <footer className="border-t border-zinc-200 py-8 text-sm text-zinc-600 print:hidden dark:border-zinc-800 dark:text-zinc-400">
        <div className="mx-auto flex max-w-7xl flex-col gap-4 px-4 sm:flex-row sm:items-start sm:justify-between sm:px-6">
          <div className="max-w-xl">
            <p>{SITE_NAME}: an independent course. Facts are checked against AWS documentation and dated; AWS is a trademark of Amazon.com, Inc.</p>
            {/* Revealed by components/offline/register.ts once the service worker has saved this page. */}
            <p data-offline-mark="" hidden className="mt-2">
              This page is saved on this device: it opens without a connection.
            </p>
          </div>
          <nav aria-label="All pages">
            <ul className="flex flex-wrap gap-x-4 gap-y-2">
              {ALL_PAGE_LINKS.map((link) => (
                <li key={link.href}>
                  <a href={link.href} className="inline-block py-1 underline underline-offset-2 hover:text-zinc-900 dark:hover:text-white">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </footer>
      {after}
    </>
  );
}
