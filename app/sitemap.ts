import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/course';
import { publicRoutes } from '@/lib/routes';

export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  return publicRoutes().map((route) => ({
    url: `${base}${route.path === '/' ? '' : route.path}`,
    ...(route.lastModified ? { lastModified: route.lastModified } : {}),
  }));
}
