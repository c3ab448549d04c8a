/** Site navigation as data: add a top-level page here and it appears in the header, the phone menu and sitemap. */
import { COURSE } from '../content/lessons/course';
import type { LessonSlug } from './course';

export type NavLink = { href: string; label: string };

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

/**
 * Public pages that are neither in the header nor lessons: the phone menu and the footer list them, and they get
 * the sitemap, the a11y scan and the budgets like every page.
 */
export const OTHER_PAGES: NavLink[] = [
  { href: '/quiz/responsibility', label: 'Responsibility quiz' },
  { href: '/progress', label: 'Your progress' },
  { href: '/teach', label: 'For instructors' },
];

// From the md breakpoint up these sit in the header; below it they are in the Menu, after the lessons.
export const NAV_LINKS: NavLink[] = [
  { href: '/', label: 'Course' },
  { href: '/chooser', label: 'Chooser' },
  { href: '/checklists', label: 'Checklists' },
  { href: '/quiz', label: 'Quiz' },
  { href: '/glossary', label: 'Glossary' },
];

/** Every page but the lessons, for the phone menu and the footer. */
export const ALL_PAGE_LINKS: NavLink[] = [...NAV_LINKS, ...OTHER_PAGES];

/** Where each lesson sends the learner to practise, shown at the end of the lesson beside "Next lesson". */
export const LESSON_PRACTICE = Object.fromEntries(COURSE.map((lesson) => [lesson.slug, lesson.practice])) as Record<
  LessonSlug,
  { href: string; label: string }
>;
