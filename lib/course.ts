/** The course's fixed public contract: lesson slugs in order (instructors link and embed these). */
export const COURSE_TITLE = 'Deploying Containers on AWS';
export const SITE_NAME = 'Containers on AWS';
export const SITE_DESCRIPTION =
  'A free, interactive course on running containers on AWS: ECS launch types, Fargate, shared responsibility, ECS security and choosing a deployment target.';

export const LESSON_SLUGS = [
  'container-options',
  'launch-types',
  'shared-responsibility',
  'fargate-security',
  'ecs-security-control-plane',
  'ecs-security-application',
  'deployment-targets',
] as const;

export type LessonSlug = (typeof LESSON_SLUGS)[number];

export function isLessonSlug(value: string): value is LessonSlug {
  return (LESSON_SLUGS as readonly string[]).includes(value);
}

/** Absolute origin used for canonical URLs, the sitemap and Open Graph tags. */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
}
