/**
 * A lesson's answer key and discussion prompts, for instructors (linked from /teach, never from a student page):
 * every check-up question from the lesson's question bank with its right answer and explanation shown, and the
 * lesson's prompts (content/lessons/discussion.ts). Printable as it is.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { compileLesson } from '@/lib/content/compile';
import { getLessons } from '@/lib/content/lessons';
import { lessonQuestions } from '@/lib/questions/load';
import { KIND_LABELS } from '@/lib/questions/grade';
import { isLessonSlug } from '@/lib/course';
import { discussionByLesson } from '@/content/lessons/discussion';
import { QuestionAnswer } from '@/components/check-up/AnswerKey';
import { PageHeader } from '@/components/ui/PageHeader';
import { PageSection } from '@/components/ui/PageSection';
import { linkClass } from '@/components/ui/link';

type Props = { params: Promise<{ lesson: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getLessons().map((lesson) => ({ lesson: lesson.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lesson: slug } = await params;
  const lesson = getLessons().find((item) => item.slug === slug);
  return {
    title: lesson ? `Answer key: ${lesson.title}` : 'Answer key',
    alternates: { canonical: `/teach/answer-keys/${slug}` },
    // Teacher material: out of search engines (it is public, so not secret).
    robots: { index: false, follow: true },
  };
}

export default async function AnswerKeyPage({ params }: Props) {
  const { lesson: slug } = await params;
  const pending = compileLesson(slug);
  if (!pending || !isLessonSlug(slug)) notFound();
  const lesson = await pending;
  const questions = lessonQuestions(
    slug,
    lesson.headings.map((heading) => heading.id),
  );
  const sections = Object.fromEntries(lesson.headings.map((heading) => [heading.id, heading.text]));
  const position = getLessons().findIndex((item) => item.slug === slug) + 1;
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14 print:p-0">
      <p className="mb-4 text-sm print:hidden">
        <a href="/teach#teacher-material" className={linkClass}>
          For instructors
        </a>
      </p>
      <PageHeader
        eyebrow={`Answer key · Lesson ${position}`}
        title={lesson.title}
        lead={
          <>
            The {questions.length} check-up questions of{' '}
            <a href={`/lessons/${slug}`} className={linkClass}>
              the lesson
            </a>
            , each with its right answer and explanation, and prompts for a class discussion. For instructors: students see these answers only in practice mode,
            after answering.
          </>
        }
      />
      <PageSection id="answers" title="Answers" className="mt-10">
        <ol className="mt-4 grid gap-4 pl-0">
          {questions.map((question, index) => (
            <li key={question.id} className="list-none rounded-lg border border-zinc-200 p-4 break-inside-avoid dark:border-zinc-800 print:border-zinc-400">
              <p className="text-sm text-zinc-600 dark:text-zinc-400 print:text-black">
                Question {index + 1} · {KIND_LABELS[question.kind]}
              </p>
              <p className="font-semibold text-zinc-950 dark:text-white print:text-black">{question.prompt}</p>
              {question.kind === 'scenario' ? <p className="mt-1 text-zinc-800 dark:text-zinc-200">{question.scenario}</p> : null}
              <div className="mt-2 text-zinc-800 dark:text-zinc-200 print:text-black">
                <QuestionAnswer question={question} sections={sections} lessonHref={`/lessons/${slug}`} />
              </div>
            </li>
          ))}
        </ol>
      </PageSection>
      <PageSection id="discussion" title="Discussion prompts" className="mt-10 break-inside-avoid">
        <ol className="mt-4 list-decimal space-y-3 pl-6 text-zinc-800 dark:text-zinc-200 print:text-black">
          {discussionByLesson[slug].map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ol>
      </PageSection>
    </div>
  );
}
