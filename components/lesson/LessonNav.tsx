import type { LessonMeta } from '@/lib/content/lessons';

type Props = { previous?: LessonMeta; next?: LessonMeta; practice: { href: string; label: string } };

/** The end of a lesson, above the footer: where to practise what it taught, then the previous and next lessons. */
export function LessonNav({ previous, next, practice }: Props) {
  return (
    <nav aria-label="Lessons" className="mt-12 grid gap-4 sm:grid-cols-2 print:hidden">
      <a
        href={practice.href}
        className="group rounded-lg border border-accent-600/40 bg-accent-50 px-4 py-3 hover:border-accent-600 sm:col-span-2 dark:border-accent-400/40 dark:bg-zinc-900 dark:hover:border-accent-400"
      >
        <span className="block text-sm text-zinc-700 dark:text-zinc-300">Practise what you read</span>
        <span className="font-medium text-zinc-900 group-hover:underline dark:text-zinc-50">{practice.label} →</span>
      </a>
      {previous ? (
        <a
          href={`/lessons/${previous.slug}`}
          rel="prev"
          className="group rounded-lg border border-zinc-200 px-4 py-3 hover:border-accent-600 dark:border-zinc-800 dark:hover:border-accent-400"
        >
          <span className="block text-sm text-zinc-600 dark:text-zinc-400">← Previous lesson</span>
          <span className="font-medium text-zinc-900 group-hover:underline dark:text-zinc-50">{previous.title}</span>
        </a>
      ) : (
        <a href="/" className="group rounded-lg border border-zinc-200 px-4 py-3 hover:border-accent-600 dark:border-zinc-800 dark:hover:border-accent-400">
          <span className="block text-sm text-zinc-600 dark:text-zinc-400">← Back to</span>
          <span className="font-medium text-zinc-900 group-hover:underline dark:text-zinc-50">The course map</span>
        </a>
      )}
      {next ? (
        <a
          href={`/lessons/${next.slug}`}
          rel="next"
          className="group rounded-lg border border-zinc-200 px-4 py-3 text-right hover:border-accent-600 sm:col-start-2 dark:border-zinc-800 dark:hover:border-accent-400"
        >
          <span className="block text-sm text-zinc-600 dark:text-zinc-400">Next lesson →</span>
          <span className="font-medium text-zinc-900 group-hover:underline dark:text-zinc-50">{next.title}</span>
        </a>
      ) : (
        <a
          href="/"
          className="group rounded-lg border border-zinc-200 px-4 py-3 text-right hover:border-accent-600 sm:col-start-2 dark:border-zinc-800 dark:hover:border-accent-400"
        >
          <span className="block text-sm text-zinc-600 dark:text-zinc-400">You reached the end →</span>
          <span className="font-medium text-zinc-900 group-hover:underline dark:text-zinc-50">Review the course map</span>
        </a>
      )}
    </nav>
  );
}
