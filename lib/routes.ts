/** Every page of the site, derived from the nav, the lessons and the quiz's rounds: the sitemap and the route checks use it. */
import 'server-only';
import { getLessons } from './content/lessons';
import { quizRoundPagePath } from './embed/targets';
import { allRounds } from './quiz/matrix';
import { NAV_LINKS, OTHER_PAGES } from './site-nav';

export type PublicRoute = { path: string; lastModified?: string };

/** The pages the menu lists: the nav's pages and the lessons. */
export function publicRoutes(): PublicRoute[] {
  const pages = [...NAV_LINKS, ...OTHER_PAGES].map((link) => ({ path: link.href }));
  const lessons = getLessons().map((lesson) => ({ path: `/lessons/${lesson.slug}`, lastModified: lesson.updated }));
  const seen = new Set<string>();
  return [...pages, ...lessons].filter((route) => !seen.has(route.path) && seen.add(route.path));
}

/** Pages reached from another page, not from the menu: each quiz round's own page (linked from /quiz/responsibility). */
export function linkedRoutes(): PublicRoute[] {
  return allRounds().map((round) => ({ path: quizRoundPagePath(round.id) }));
}

/** Every page: the sitemap, and the checks that every page loads, hydrates, keeps its budget and passes axe. */
export function allPageRoutes(): PublicRoute[] {
  return [...publicRoutes(), ...linkedRoutes()];
}
