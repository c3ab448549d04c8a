/** The course's fixed public contract: lesson slugs in order (instructors link and embed these), and its names. */
import { COURSE } from '../content/lessons/course';

export const COURSE_TITLE = 'Deploying Containers on AWS';
export const SITE_NAME = 'Containers on AWS';
export const SITE_DESCRIPTION =
  'A free, interactive course on running containers on AWS: ECS launch types, Fargate, shared responsibility, ECS security and choosing a deployment target.';

export type LessonSlug = (typeof COURSE)[number]['slug'];

/** The lesson slugs in course order, from the one course list (content/lessons/course.ts). */
export const LESSON_SLUGS: readonly LessonSlug[] = COURSE.map((lesson) => lesson.slug);

export function isLessonSlug(value: string): value is LessonSlug {
  return (LESSON_SLUGS as readonly string[]).includes(value);
}

/** Absolute origin used for canonical URLs, the sitemap and Open Graph tags. */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
}
