/** What a lesson route shares with the lesson's embed: its static params and its metadata (one canonical URL). */
import 'server-only';
import type { Metadata } from 'next';
import { oembedAlternate } from '../embed/context';
import { getLessons } from './lessons';

export type LessonRouteProps = { params: Promise<{ slug: string }> };

export function lessonStaticParams() {
  return getLessons().map((lesson) => ({ slug: lesson.slug }));
}

/**
 * The site page is the canonical URL of a lesson; its embed points there too and is kept out of search indexes.
 * Both advertise the lesson's oEmbed answer.
 */
export async function lessonMetadata({ params }: LessonRouteProps, { embed }: { embed: boolean }): Promise<Metadata> {
  const { slug } = await params;
  const lesson = getLessons().find((item) => item.slug === slug);
  if (!lesson) return {};
  const url = `/lessons/${lesson.slug}`;
  return {
    title: lesson.title,
    description: lesson.summary,
    alternates: { canonical: url, types: oembedAlternate({ kind: 'lesson', slug: lesson.slug }) },
    ...(embed
      ? { robots: { index: false } }
      : { openGraph: { type: 'article', title: lesson.title, description: lesson.summary, url, modifiedTime: lesson.updated } }),
  };
}
