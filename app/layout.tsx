import type { Metadata, Viewport } from 'next';
import { COURSE_TITLE, SITE_DESCRIPTION, SITE_NAME, siteUrl } from '@/lib/course';
import { THEME_BOOTSTRAP_SCRIPT } from '@/lib/theme';
import { NAV_LINKS } from '@/lib/site-nav';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { StoreNoticeGate } from '@/components/learner/StoreNoticeGate';
import { SiteEnhancements } from '@/components/layout/SiteEnhancements';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `${COURSE_TITLE} | ${SITE_NAME}`, template: `%s | ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  openGraph: { type: 'website', siteName: SITE_NAME, title: COURSE_TITLE, description: SITE_DESCRIPTION, locale: 'en_GB' },
  twitter: { card: 'summary' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#09090b' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* eslint-disable-next-line react/no-danger -- a constant from lib/theme.ts, no user input */}
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOTSTRAP_SCRIPT }} />
      </head>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-accent-700 px-4 py-2 font-medium text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
        >
          Skip to content
        </a>
        <SiteHeader />
        <StoreNoticeGate />
        <SiteEnhancements />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <footer className="border-t border-zinc-200 py-8 text-sm text-zinc-600 print:hidden dark:border-zinc-800 dark:text-zinc-400">
          <div className="mx-auto flex max-w-7xl flex-col gap-4 px-4 sm:flex-row sm:items-start sm:justify-between sm:px-6">
            <p className="max-w-xl">
              {SITE_NAME}: an independent course. Facts are checked against AWS documentation and dated; AWS is a trademark of
              Amazon.com, Inc.
            </p>
            <nav aria-label="All pages">
              <ul className="flex flex-wrap gap-x-4 gap-y-2">
                {NAV_LINKS.map((link) => (
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
      </body>
    </html>
  );
}
