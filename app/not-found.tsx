import { getLessons } from '@/lib/content/lessons';
import { SiteFrame } from '@/components/layout/SiteFrame';
import { linkClass } from '@/components/ui/link';
import { PageHeader } from '@/components/ui/PageHeader';

export default function NotFound() {
  const lessons = getLessons();
  return (
    <SiteFrame>
      <div className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
        <PageHeader
          size="small"
          eyebrow="Error 404"
          title="This page is not part of the course"
          lead={
            <>
              The address may be mistyped, or the page may have moved. Every lesson is listed below, or go back to the{' '}
              <a href="/" className={linkClass}>
                course map
              </a>
              .
            </>
          }
        />
        <h2 className="mt-10 text-lg font-semibold text-zinc-950 dark:text-white">All lessons</h2>
        <ol className="mt-3 list-decimal space-y-2 pl-6">
          {lessons.map((lesson) => (
            <li key={lesson.slug}>
              <a href={`/lessons/${lesson.slug}`} className={linkClass}>
                {lesson.title}
              </a>
            </li>
          ))}
        </ol>
      </div>
    </SiteFrame>
  );
}
