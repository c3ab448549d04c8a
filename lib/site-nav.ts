/** Site navigation as data: add a top-level page here and it appears in the header and sitemap. */
export type NavLink = { href: string; label: string; hideOnPhone?: boolean };

/** The practice pages, as the home page presents them. */
export const PRACTICE_LINKS: { href: string; title: string; description: string }[] = [
  {
    href: '/chooser',
    title: 'Launch-type chooser',
    description: 'Answer twelve questions about a workload and see which AWS target fits, and why the others are ruled out.',
  },
  {
    href: '/checklists',
    title: 'Security checklists',
    description: 'Review a real ECS setup against the Fargate, control-plane and application checklists; export the review.',
  },
  {
    href: '/quiz',
    title: 'Self-quiz',
    description: 'Review what is due today, or build a session of 5, 10 or 20 questions from any lessons, one question at a time.',
  },
  {
    href: '/quiz/responsibility',
    title: 'Responsibility quiz',
    description: 'Sort each layer into "you manage" or "AWS manages" for EC2, Fargate, Lambda and EKS, and check yourself.',
  },
  { href: '/glossary', title: 'Glossary', description: 'Every AWS container term used in the course, in plain words, with its source.' },
];

/** Public pages that are neither in the header nor lessons (they still get the sitemap, a11y scan and budgets). */
export const OTHER_PAGES: string[] = ['/quiz/responsibility'];

export const NAV_LINKS: NavLink[] = [
  // On phones the header keeps only the brand (which links home) and the theme switch; the footer lists every page.
  { href: '/', label: 'Course', hideOnPhone: true },
  { href: '/chooser', label: 'Chooser', hideOnPhone: true },
  { href: '/checklists', label: 'Checklists', hideOnPhone: true },
  { href: '/quiz', label: 'Quiz', hideOnPhone: true },
  { href: '/glossary', label: 'Glossary', hideOnPhone: true },
];
