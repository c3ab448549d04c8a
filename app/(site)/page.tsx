import { COURSE_TITLE } from '@/lib/course';
import { getLessons } from '@/lib/content/lessons';
import { WIDGET_CATALOGUE } from '@/lib/widget-catalogue';
import { PRACTICE_LINKS } from '@/lib/site-nav';
import { getQuestionBank } from '@/lib/questions/load';
import {
  CourseProgressLazy as CourseProgress,
  LessonDetailsLazy as LessonDetails,
  LessonStatusLazy as LessonStatus,
  NextLessonButtonLazy as NextLessonButton,
} from '@/components/course/lazy';
import { PageHeader } from '@/components/ui/PageHeader';
import { PageSection } from '@/components/ui/PageSection';

export default function HomePage() {
  const lessons = getLessons();
  const bank = getQuestionBank();
  const questionIds = (slug: string) => bank.filter((question) => question.lesson === slug).map((question) => question.id);
  const totalMinutes = lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6 sm:py-16">
      <section aria-labelledby="course-title" className="max-w-3xl">
        <PageHeader
          size="course"
          eyebrow="An interactive course"
          title={COURSE_TITLE}
          id="course-title"
          lead="Learn the ways to run containers on AWS, what you manage and what AWS manages in each, how to secure Amazon ECS and Fargate, and how to pick the right target for a workload. Every fact is checked against AWS documentation and dated."
        />
        <div className="mt-6 flex flex-wrap items-center gap-x-8 gap-y-4">
          <NextLessonButton lessons={lessons.map(({ slug, title }) => ({ slug, title }))} />
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {lessons.length} lessons · about {Math.round(totalMinutes / 5) * 5} minutes
          </p>
        </div>
      </section>

      <PageSection
        id="course-map-heading"
        title="Course map"
        divider
        action={<CourseProgress slugs={lessons.map((lesson) => lesson.slug)} />}
        className="mt-14"
      >
        <ol className="mt-2 divide-y divide-zinc-200 dark:divide-zinc-800">
          {lessons.map((lesson, index) => (
            <li key={lesson.slug} className="flex gap-4 py-6">
              <LessonStatus slug={lesson.slug} position={index + 1} />
              <div className="min-w-0">
                <h3 className="text-lg font-semibold text-zinc-950 dark:text-white">
                  <a href={`/lessons/${lesson.slug}`} className="hover:underline">
                    {lesson.title}
                  </a>
                </h3>
                <p className="mt-1 text-zinc-700 dark:text-zinc-300">{lesson.summary}</p>
                <LessonDetails
                  slug={lesson.slug}
                  minutes={lesson.minutes}
                  widgets={lesson.widgets.map((widget) => WIDGET_CATALOGUE[widget].label)}
                  questionIds={questionIds(lesson.slug)}
                />
              </div>
            </li>
          ))}
        </ol>
      </PageSection>

      <PageSection id="practice-heading" title="Practice and tools" divider className="mt-14">
        <ul className="mt-6 grid gap-4 sm:grid-cols-2">
          {PRACTICE_LINKS.map((item) => (
            <li key={item.href}>
              <a
                href={item.href}
                className="block h-full rounded-lg border border-zinc-200 px-5 py-4 hover:border-accent-600 dark:border-zinc-800 dark:hover:border-accent-400"
              >
                <span className="font-semibold text-zinc-950 dark:text-white">{item.title}</span>
                <span className="mt-1 block text-sm text-zinc-700 dark:text-zinc-300">{item.description}</span>
              </a>
            </li>
          ))}
        </ul>
      </PageSection>
    </div>
  );
}
