/** Site navigation as data: add a top-level page here and it appears in the header and sitemap. */
export type NavLink = { href: string; label: string; hideOnPhone?: boolean };

export const NAV_LINKS: NavLink[] = [
  { href: '/', label: 'Course' },
  { href: '/chooser', label: 'Chooser', hideOnPhone: true },
  { href: '/checklists', label: 'Checklists', hideOnPhone: true },
  { href: '/quiz', label: 'Quiz', hideOnPhone: true },
  { href: '/glossary', label: 'Glossary', hideOnPhone: true },
];
