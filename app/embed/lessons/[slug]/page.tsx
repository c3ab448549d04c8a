/** /embed/lessons/<slug>: the lesson without the site's header, footer or navigation, for instructors' pages. */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { compileLesson } from '@/lib/content/compile';
import { getLessons } from '@/lib/content/lessons';
import { oembedAlternate } from '@/lib/embed/context';
import { embedPath } from '@/lib/embed/targets';
import { LessonBody, LessonHeader, LessonSources } from '@/components/lesson/LessonParts';
import { EmbedFrame } from '@/components/embed/EmbedFrame';
import { embeddedMdxComponents } from '@/components/mdx/embeddedMdxComponents';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getLessons().map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const lesson = getLessons().find((item) => item.slug === slug);
  if (!lesson) return {};
  return {
    title: lesson.title,
    description: lesson.summary,
    robots: { index: false },
    alternates: { canonical: `/lessons/${lesson.slug}`, types: oembedAlternate({ kind: 'lesson', slug }) },
  };
}

export default async function EmbeddedLessonPage({ params }: Props) {
  const { slug } = await params;
  const pending = compileLesson(slug);
  if (!pending) notFound();
  const lesson = await pending;
  const lessons = getLessons();
  const position = lessons.findIndex((item) => item.slug === slug) + 1;
  return (
    <EmbedFrame path={embedPath({ kind: 'lesson', slug })} title={lesson.title} kind="lesson" sitePath={`/lessons/${slug}`}>
      <article aria-labelledby="lesson-title" className="pb-4">
        <LessonHeader lesson={lesson} position={position} total={lessons.length} />
        <LessonBody code={lesson.code} components={embeddedMdxComponents} />
        <LessonSources lesson={lesson} />
      </article>
    </EmbedFrame>
  );
}
