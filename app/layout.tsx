import type { Metadata, Viewport } from 'next';
import { COURSE_TITLE, SITE_DESCRIPTION, SITE_NAME, siteUrl } from '@/lib/course';
import { THEME_BOOTSTRAP_SCRIPT } from '@/lib/theme';
import { TAP_GUARD_SCRIPT } from '@/lib/tap-guard';
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
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOTSTRAP_SCRIPT + TAP_GUARD_SCRIPT }} />
      </head>
      {/* The site's header and footer come from app/(site)/layout.tsx; the embeds (app/embed) have none. */}
      <body className="flex min-h-screen flex-col">{children}</body>
    </html>
  );
}
