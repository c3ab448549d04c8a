/** /embed/lessons/<slug>: the lesson without the site's header, footer or navigation, for instructors' pages. */
import { notFound } from 'next/navigation';
import { lessonMetadata, lessonStaticParams, type LessonRouteProps } from '@/lib/content/lesson-route';
import { compileLesson } from '@/lib/content/compile';
import { getLessons } from '@/lib/content/lessons';
import { embedPath } from '@/lib/embed/targets';
import { LessonBody, LessonHeader, LessonSources } from '@/components/lesson/LessonParts';
import { EmbedFrame } from '@/components/embed/EmbedFrame';
import { embeddedMdxComponents } from '@/components/mdx/embeddedMdxComponents';
import { withLessonCheckUp } from '@/components/check-up/CheckUpSection';
import { lessonQuestions } from '@/lib/questions/load';
import { availableIn } from '@/lib/lms/build';

type Props = LessonRouteProps;

export const dynamicParams = false;

export function generateStaticParams() {
  return lessonStaticParams();
}

export function generateMetadata(props: Props) {
  return lessonMetadata(props, { embed: true });
}

export default async function EmbeddedLessonPage({ params }: Props) {
  const { slug } = await params;
  const pending = compileLesson(slug);
  if (!pending) notFound();
  const lesson = await pending;
  const lessons = getLessons();
  const position = lessons.findIndex((item) => item.slug === slug) + 1;
  const questions = lessonQuestions(
    lesson.slug,
    lesson.headings.map((heading) => heading.id),
  );
  return (
    <EmbedFrame
      path={embedPath({ kind: 'lesson', slug })}
      title={lesson.title}
      kind="lesson"
      sitePath={`/lessons/${slug}`}
      available={availableIn({ kind: 'lesson', slug }, lesson)}
    >
      <article aria-labelledby="lesson-title" className="pb-4">
        <LessonHeader lesson={lesson} position={position} total={lessons.length} />
        <LessonBody code={lesson.code} components={withLessonCheckUp(embeddedMdxComponents, lesson, questions)} />
        <LessonSources lesson={lesson} />
      </article>
    </EmbedFrame>
  );
}
