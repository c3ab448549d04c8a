/** The pieces a lesson page and its embed share: the title block, the compiled MDX body and the sources. */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as jsxRuntime from 'react/jsx-runtime';
import { getMDXComponent } from 'mdx-bundler/client/jsx';
import type { MDXContentProps } from 'mdx-bundler/client';
import type { CompiledLesson } from '@/lib/content/lessons';
import { formatDate } from '@/lib/format';
import { SourceList } from '@/components/ui/SourceList';

/** `mastery`: the learner's mastery badge on the site (an embed shows none). */
type HeaderProps = { lesson: CompiledLesson; position: number; total: number; actions?: React.ReactNode; mastery?: React.ReactNode };

export function LessonHeader({ lesson, position, total, actions, mastery }: HeaderProps) {
  return (
    <header className="mb-8" data-lesson-header>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm font-medium text-accent-700 dark:text-accent-300">
          <a href="/" className="hover:underline">
            Course
          </a>{' '}
          <span aria-hidden="true">/</span> Lesson {position} of {total}
        </p>
        {actions}
      </div>
      <h1 id="lesson-title" className="mt-2 text-3xl font-bold tracking-tight text-balance text-zinc-950 sm:text-4xl dark:text-white">
        {lesson.title}
      </h1>
      <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">{lesson.summary}</p>
      <dl className="mt-4 flex flex-wrap gap-x-6 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
        <div className="flex gap-1">
          <dt>Time:</dt>
          <dd>
            {lesson.minutes} min
            {lesson.time.checkUpMinutes ? ` (${lesson.time.readingMinutes} reading, ${lesson.time.checkUpMinutes} check-up)` : null}
          </dd>
        </div>
        <div className="flex gap-1">
          <dt>Last updated:</dt>
          <dd>
            <time dateTime={lesson.updated}>{formatDate(lesson.updated)}</time>
          </dd>
        </div>
        {/* Revealed by components/offline/register.ts once the service worker has saved this lesson. */}
        <div data-offline-mark="" hidden className="flex gap-1">
          <dt className="sr-only">Offline:</dt>
          <dd>Available offline</dd>
        </div>
        {mastery ? (
          <div className="flex items-center gap-1">
            <dt className="sr-only">Your mastery:</dt>
            <dd>{mastery}</dd>
          </div>
        ) : null}
      </dl>
      <section
        aria-labelledby="objectives-heading"
        className="mt-6 rounded-lg border border-zinc-200 bg-zinc-50 px-5 py-4 dark:border-zinc-800 dark:bg-zinc-900"
      >
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
  );
}

/** `components`: the site's MDX registry, or the embeds' one (no Embed buttons on widgets). */
export function LessonBody({ code, components }: { code: string; components: MDXContentProps['components'] }) {
  // MDX output is a hook-free function of its props, so it is called directly rather than mounted as a component.
  const renderBody = getMDXComponent(code, { React, ReactDOM, _jsx_runtime: jsxRuntime });
  return <div className="prose-lesson">{renderBody({ components })}</div>;
}

export function LessonSources({ lesson }: { lesson: CompiledLesson }) {
  return (
    <section aria-labelledby="sources-heading" className="mt-14 border-t border-zinc-200 pt-8 dark:border-zinc-800">
      <h2 id="sources-heading" className="text-xl font-semibold text-zinc-950 dark:text-white">
        Sources
      </h2>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Checked on {formatDate(lesson.updated)}.</p>
      <SourceList sources={lesson.sources} layout="numbered" className="mt-4 space-y-2 text-sm break-words text-zinc-800 dark:text-zinc-200" />
    </section>
  );
}
