/** Every public page of the site, derived from the nav and the lessons: the sitemap and the a11y scan both use it. */
import 'server-only';
import { getLessons } from './content/lessons';
import { NAV_LINKS, OTHER_PAGES } from './site-nav';

export type PublicRoute = { path: string; lastModified?: string };

export function publicRoutes(): PublicRoute[] {
  const pages = [...NAV_LINKS, ...OTHER_PAGES].map((link) => ({ path: link.href }));
  const lessons = getLessons().map((lesson) => ({ path: `/lessons/${lesson.slug}`, lastModified: lesson.updated }));
  const seen = new Set<string>();
  return [...pages, ...lessons].filter((route) => !seen.has(route.path) && seen.add(route.path));
}
