import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/course';

// Generated once at build time, so `npm run export` can write it as a static file too.
export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: `${siteUrl()}/sitemap.xml` };
}
