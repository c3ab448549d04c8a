/**
 * The framework's floor for one lesson, built only so the budget test and `npm run bench` can measure against it
 * (lib/budgets.ts): the same title block, prose, check-up text and sources as /lessons/<slug>, in the same root
 * layout, header and footer, with no client component of the site's own (no widgets, no check-up, no chrome
 * scripts). Its first-load JavaScript is therefore what React and Next cost for this page. Not a page for readers:
 * outside app/(site), not in the sitemap, nav or search (lib/routes.ts), never indexed, and left out of the static
 * export and the service worker.
 */
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import type { MDXContentProps } from 'mdx-bundler/client';
import { lessonStaticParams, type LessonRouteProps } from '@/lib/content/lesson-route';
import { compileLesson } from '@/lib/content/compile';
import { getLessons } from '@/lib/content/lessons';
import { WIDGET_CATALOGUE } from '@/lib/widget-catalogue';
import { lessonQuestions } from '@/lib/questions/load';
import { SiteFrame } from '@/components/layout/SiteFrame';
import { LessonBody, LessonHeader, LessonSources } from '@/components/lesson/LessonParts';
import { TableOfContents } from '@/components/lesson/TableOfContents';
import { proseComponents } from '@/components/mdx/prose';
import { AnswerKey } from '@/components/check-up/AnswerKey';

export const dynamicParams = false;

export function generateStaticParams() {
  return lessonStaticParams();
}

export const metadata: Metadata = { title: 'Floor page (measurement only)', robots: { index: false, follow: false } };

const noWidgets = Object.fromEntries(Object.keys(WIDGET_CATALOGUE).map((name) => [name, () => null]));

export default async function FloorPage({ params }: LessonRouteProps) {
  const { slug } = await params;
  const pending = compileLesson(slug);
  if (!pending) notFound();
  const lesson = await pending;
  const position = getLessons().findIndex((item) => item.slug === slug) + 1;
  const questions = lessonQuestions(
    lesson.slug,
    lesson.headings.map((heading) => heading.id),
  );
  const sections = Object.fromEntries(lesson.headings.map((heading) => [heading.id, heading.text]));
  const components = {
    ...proseComponents,
    ...noWidgets,
    CheckUp: () => <AnswerKey questions={questions} sections={sections} lessonHref="" />,
  } as MDXContentProps['components'];
  return (
    <SiteFrame>
      <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6 lg:grid lg:grid-cols-[minmax(0,48rem)_15rem] lg:justify-center lg:gap-16 lg:py-12">
        <article className="min-w-0 max-w-3xl" aria-labelledby="lesson-title">
          <LessonHeader lesson={lesson} position={position} total={getLessons().length} />
          <TableOfContents headings={lesson.headings} variant="bar" />
          <LessonBody code={lesson.code} components={components} />
          <LessonSources lesson={lesson} />
        </article>
        <div className="hidden lg:block">
          <TableOfContents headings={lesson.headings} variant="sticky" />
        </div>
      </div>
    </SiteFrame>
  );
}
