import type { MetadataRoute } from 'next';
import { COURSE_TITLE, SITE_DESCRIPTION, SITE_NAME } from '@/lib/course';

// Generated once at build time, so `npm run export` writes it as a static file too.
export const dynamic = 'force-static';

/** The web app manifest: the course installs as an app that opens on the course map (docs/offline.md). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: `${COURSE_TITLE} | ${SITE_NAME}`,
    short_name: SITE_NAME,
    description: SITE_DESCRIPTION,
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d5fbf',
    icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
}
