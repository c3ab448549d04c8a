import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/course';
import { allPageRoutes } from '@/lib/routes';

// Generated once at build time, so `npm run export` can write it as a static file too.
export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  return allPageRoutes().map((route) => ({
    url: `${base}${route.path === '/' ? '' : route.path}`,
    ...(route.lastModified ? { lastModified: route.lastModified } : {}),
  }));
}
