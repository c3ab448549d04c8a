import { notFound } from 'next/navigation';
import { lessonMetadata, lessonStaticParams, type LessonRouteProps } from '@/lib/content/lesson-route';
import { compileLesson } from '@/lib/content/compile';
import { getLessons, neighbours } from '@/lib/content/lessons';
import { LessonBody, LessonHeader, LessonSources } from '@/components/lesson/LessonParts';
import { EmbedButton } from '@/components/embed/EmbedButton';
import { lessonGradable } from '@/components/embed/WidgetEmbed';
import { embedButtonClass } from '@/components/embed/embedButtonClass';
import { buttonClass } from '@/components/ui/Button';
import { mdxComponents } from '@/components/mdx/MDXComponents';
import { TableOfContents } from '@/components/lesson/TableOfContents';
import { MarkDoneLazy as MarkDone } from '@/components/lesson/lazy';
import { LessonNav } from '@/components/lesson/LessonNav';
import { LessonBehaviours } from '@/components/lesson/LessonBehaviours';
import { LESSON_PRACTICE } from '@/lib/site-nav';
import { withLessonCheckUp } from '@/components/check-up/CheckUpSection';
import { lessonQuestions } from '@/lib/questions/load';
import { LessonBadgesLazy as LessonBadges, QuizFirstLazy as QuizFirstSwitch } from '@/components/lesson/lazy';
import { NoScriptStyle } from '@/components/ui/NoScriptStyle';

type Props = LessonRouteProps;

export const dynamicParams = false;

export function generateStaticParams() {
  return lessonStaticParams();
}

export function generateMetadata(props: Props) {
  return lessonMetadata(props, { embed: false });
}

export default async function LessonPage({ params }: Props) {
  const { slug } = await params;
  const pending = compileLesson(slug);
  if (!pending) notFound();
  const lesson = await pending;
  const { previous, next } = neighbours(slug);
  const position = getLessons().findIndex((item) => item.slug === slug) + 1;
  const total = getLessons().length;
  const questions = lessonQuestions(
    lesson.slug,
    lesson.headings.map((heading) => heading.id),
  );
  const mastery = <LessonBadges slug={lesson.slug} questionIds={questions.map((question) => question.id)} />;

  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6 lg:grid lg:grid-cols-[minmax(0,48rem)_15rem] lg:justify-center lg:gap-16 lg:py-12">
      <article className="min-w-0 max-w-3xl" aria-labelledby="lesson-title">
        <LessonHeader
          lesson={lesson}
          position={position}
          total={total}
          mastery={mastery}
          actions={
            <EmbedButton
              target={{ kind: 'lesson', slug: lesson.slug }}
              title={lesson.title}
              gradable={lessonGradable(lesson)}
              buttonClassName={embedButtonClass()}
            />
          }
        />

        <TableOfContents headings={lesson.headings} variant="bar" />

        <NoScriptStyle css="[data-quiz-first-bar]{display:none!important}" />
        <QuizFirstSwitch
          showLessonClass={buttonClass({ variant: 'secondary', className: 'mt-2' })}
          lesson={lesson.slug}
          questions={questions.map(({ id, section }) => ({ id, section }))}
          sections={Object.fromEntries(lesson.headings.map((heading) => [heading.id, heading.text]))}
        />

        <LessonBody code={lesson.code} components={withLessonCheckUp(mdxComponents, lesson, questions, { embedButton: true })} />

        <LessonSources lesson={lesson} />

        <div className="mt-10">
          <MarkDone slug={lesson.slug} title={lesson.title} />
        </div>
        <LessonNav previous={previous} next={next} practice={LESSON_PRACTICE[lesson.slug]} />
      </article>
      <LessonBehaviours />
      <div className="hidden lg:block print:hidden">
        <TableOfContents headings={lesson.headings} variant="sticky" />
      </div>
    </div>
  );
}
