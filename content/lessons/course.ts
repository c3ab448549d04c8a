/**
 * The course, in order: the only place the lessons' order lives (as Nextra keeps order in `_meta` files next to the
 * pages). Each lesson is a folder content/lessons/<slug>/ with its MDX (lesson.mdx) and its check-up questions
 * (questions.ts), and one line here: nothing else lists lessons. From this list come the lesson slugs
 * (lib/course.ts), the navigation and course map order, each lesson's practice link, the question index
 * (./questions.ts imports each folder's questions) and the end-to-end lists. A folder without its line here, or a
 * line without its folder, fails the content check and the build, naming the folder or file.
 * Slugs are the course's public contract (instructors link and embed them): never rename one.
 * Browser-safe: plain data (the embed dialog checks slugs in the browser).
 */
export type CourseEntry = {
  slug: string;
  /** Where the lesson sends the learner to practise, shown at its end beside "Next lesson". */
  practice: { href: string; label: string };
};

export const COURSE = [
  { slug: 'container-options', practice: { href: '/chooser', label: 'Launch-type chooser' } },
  { slug: 'launch-types', practice: { href: '/chooser', label: 'Launch-type chooser' } },
  { slug: 'shared-responsibility', practice: { href: '/quiz/responsibility', label: 'Responsibility quiz' } },
  { slug: 'fargate-security', practice: { href: '/checklists#fargate-challenges', label: 'Fargate security checklist' } },
  { slug: 'ecs-security-control-plane', practice: { href: '/checklists#control-plane', label: 'Control-plane checklist' } },
  { slug: 'ecs-security-application', practice: { href: '/checklists#application', label: 'Tasks and containers checklist' } },
  { slug: 'deployment-targets', practice: { href: '/chooser', label: 'Launch-type chooser' } },
] as const satisfies readonly CourseEntry[];
