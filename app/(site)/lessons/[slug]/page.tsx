import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { compileLesson } from '@/lib/content/compile';
import { getLessons, neighbours } from '@/lib/content/lessons';
import { LessonBody, LessonHeader, LessonSources } from '@/components/lesson/LessonParts';
import { EmbedButton } from '@/components/embed/EmbedButton';
import { mdxComponents } from '@/components/mdx/MDXComponents';
import { oembedAlternate } from '@/lib/embed/context';
import { TableOfContents } from '@/components/lesson/TableOfContents';
import { MarkDone } from '@/components/lesson/MarkDone';
import { LessonNav } from '@/components/lesson/LessonNav';

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
    alternates: { canonical: `/lessons/${lesson.slug}`, types: oembedAlternate({ kind: 'lesson', slug: lesson.slug }) },
    openGraph: { type: 'article', title: lesson.title, description: lesson.summary, url: `/lessons/${lesson.slug}`, modifiedTime: lesson.updated },
  };
}

export default async function LessonPage({ params }: Props) {
  const { slug } = await params;
  const pending = compileLesson(slug);
  if (!pending) notFound();
  const lesson = await pending;
  const { previous, next } = neighbours(slug);
  const position = getLessons().findIndex((item) => item.slug === slug) + 1;
  const total = getLessons().length;

  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6 lg:grid lg:grid-cols-[minmax(0,48rem)_15rem] lg:justify-center lg:gap-16 lg:py-12">
      <article className="min-w-0 max-w-3xl" aria-labelledby="lesson-title">
        <LessonHeader lesson={lesson} position={position} total={total} actions={<EmbedButton target={{ kind: 'lesson', slug: lesson.slug }} title={lesson.title} />} />

        <TableOfContents headings={lesson.headings} variant="collapsible" />

        <LessonBody code={lesson.code} components={mdxComponents} />

        <LessonSources lesson={lesson} />

        <div className="mt-10">
          <MarkDone slug={lesson.slug} title={lesson.title} />
        </div>
        <LessonNav previous={previous} next={next} />
      </article>
      <div className="hidden lg:block print:hidden">
        <TableOfContents headings={lesson.headings} variant="sticky" />
      </div>
    </div>
  );
}
