import { getLessons } from '@/lib/content/lessons';
import { SiteChrome } from '@/components/layout/SiteChrome';

export default function NotFound() {
  const lessons = getLessons();
  return (
    <SiteChrome themeToggle={false}>
    <div className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
      <p className="text-sm font-semibold tracking-wider text-accent-700 uppercase dark:text-accent-300">Error 404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-zinc-950 dark:text-white">This page is not part of the course</h1>
      <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
        The address may be mistyped, or the page may have moved. Every lesson is listed below, or go back to the{' '}
        <a href="/" className="text-accent-700 underline underline-offset-2 dark:text-accent-300">
          course map
        </a>
        .
      </p>
      <h2 className="mt-10 text-lg font-semibold text-zinc-950 dark:text-white">All lessons</h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6">
        {lessons.map((lesson) => (
          <li key={lesson.slug}>
            <a href={`/lessons/${lesson.slug}`} className="text-accent-700 underline underline-offset-2 dark:text-accent-300">
              {lesson.title}
            </a>
          </li>
        ))}
      </ol>
    </div>
    </SiteChrome>
  );
}
