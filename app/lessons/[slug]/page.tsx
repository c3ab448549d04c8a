import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as jsxRuntime from 'react/jsx-runtime';
import { getMDXComponent } from 'mdx-bundler/client/jsx';
import { compileLesson } from '@/lib/content/compile';
import { getLessons, neighbours } from '@/lib/content/lessons';
import { formatDate } from '@/lib/format';
import { mdxComponents } from '@/components/mdx/MDXComponents';
import { TableOfContents } from '@/components/lesson/TableOfContents';
import { MarkDone } from '@/components/lesson/MarkDone';
import { LessonNav } from '@/components/lesson/LessonNav';
import { CheckUpSection } from '@/components/check-up/CheckUpSection';
import { lessonQuestions } from '@/lib/questions/load';
import { MasteryBadge } from '@/components/course/MasteryBadge';
import { TocHighlighter } from '@/components/lesson/TocHighlighter';
import { TermPopovers } from '@/components/mdx/TermPopovers';
import { LESSON_PRACTICE } from '@/lib/site-nav';

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
    alternates: { canonical: `/lessons/${lesson.slug}` },
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
  // MDX output is a hook-free function of its props, so it is called directly rather than mounted as a component.
  const renderBody = getMDXComponent(lesson.code, { React, ReactDOM, _jsx_runtime: jsxRuntime });
  // The check-up is bound to this lesson's questions; a question whose section moved fails the build here.
  const questions = lessonQuestions(lesson.slug, lesson.headings.map((heading) => heading.id));
  const sections = Object.fromEntries(lesson.headings.map((heading) => [heading.id, heading.text]));
  const components = { ...mdxComponents, CheckUp: () => <CheckUpSection lesson={lesson.slug} questions={questions} sections={sections} /> };

  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6 lg:grid lg:grid-cols-[minmax(0,48rem)_15rem] lg:justify-center lg:gap-16 lg:py-12">
      <article className="min-w-0 max-w-3xl" aria-labelledby="lesson-title">
        <header className="mb-8">
          <p className="text-sm font-medium text-accent-700 dark:text-accent-300">
            <a href="/" className="hover:underline">
              Course
            </a>{' '}
            <span aria-hidden="true">/</span> Lesson {position} of {total}
          </p>
          <h1 id="lesson-title" className="mt-2 text-3xl font-bold tracking-tight text-balance text-zinc-950 sm:text-4xl dark:text-white">
            {lesson.title}
          </h1>
          <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">{lesson.summary}</p>
          <dl className="mt-4 flex flex-wrap gap-x-6 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
            <div className="flex gap-1">
              <dt>Reading time:</dt>
              <dd>{lesson.minutes} min</dd>
            </div>
            <div className="flex gap-1">
              <dt>Last updated:</dt>
              <dd>
                <time dateTime={lesson.updated}>{formatDate(lesson.updated)}</time>
              </dd>
            </div>
            <div className="flex items-center gap-1">
              <dt className="sr-only">Your mastery:</dt>
              <dd>
                <a href="/quiz" className="hover:underline">
                  <MasteryBadge questionIds={questions.map((question) => question.id)} />
                </a>
              </dd>
            </div>
          </dl>
          <section aria-labelledby="objectives-heading" className="mt-6 rounded-lg border border-zinc-200 bg-zinc-50 px-5 py-4 dark:border-zinc-800 dark:bg-zinc-900">
            <h2 id="objectives-heading" className="text-sm font-semibold tracking-wider text-zinc-700 uppercase dark:text-zinc-300">
              You will learn to
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-zinc-800 marker:text-accent-600 dark:text-zinc-200">
              {lesson.objectives.map((objective) => (
                <li key={objective}>{objective}</li>
              ))}
            </ul>
          </section>
        </header>

        <TableOfContents headings={lesson.headings} variant="bar" />

        <div className="prose-lesson">
          {renderBody({ components })}
        </div>

        <section aria-labelledby="sources-heading" className="mt-14 border-t border-zinc-200 pt-8 dark:border-zinc-800">
          <h2 id="sources-heading" className="text-xl font-semibold text-zinc-950 dark:text-white">
            Sources
          </h2>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Checked on {formatDate(lesson.updated)}.</p>
          <ol className="mt-4 list-decimal space-y-2 pl-5 text-sm break-words text-zinc-800 dark:text-zinc-200">
            {lesson.sources.map((source) => (
              <li key={source.url}>
                <a href={source.url} rel="noopener noreferrer" className="text-accent-700 underline underline-offset-2 dark:text-accent-300">
                  {source.title}
                </a>
              </li>
            ))}
          </ol>
        </section>

        <div className="mt-10">
          <MarkDone slug={lesson.slug} title={lesson.title} />
        </div>
        <LessonNav previous={previous} next={next} practice={LESSON_PRACTICE[lesson.slug]} />
      </article>
      <TocHighlighter />
      <TermPopovers />
      <div className="hidden lg:block print:hidden">
        <TableOfContents headings={lesson.headings} variant="sticky" />
      </div>
    </div>
  );
}
