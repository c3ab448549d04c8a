/**
 * /lti/check-up/<lesson>: a lesson's check-up as a graded LTI activity. Prerendered (the questions carry nothing
 * that gives an answer away: lib/lti/public-questions.ts); the launch session arrives in the URL's fragment.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLessons } from '@/lib/content/lessons';
import { getQuestionBank } from '@/lib/questions/load';
import { toPublicQuestion } from '@/lib/lti/public-questions';
import { GradedCheckUp } from '@/components/lti/GradedCheckUp';

type Props = { params: Promise<{ lesson: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getLessons().map((lesson) => ({ lesson: lesson.slug }));
}

const lessonTitle = (slug: string) => getLessons().find((lesson) => lesson.slug === slug)?.title;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const title = lessonTitle((await params).lesson);
  return title ? { title: `Graded check-up: ${title}`, robots: { index: false } } : {};
}

export default async function LtiCheckUpPage({ params }: Props) {
  const { lesson } = await params;
  const title = lessonTitle(lesson);
  if (!title) notFound();
  const questions = getQuestionBank()
    .filter((question) => question.lesson === lesson)
    .map(toPublicQuestion);
  return <GradedCheckUp lessonTitle={title} questions={questions} />;
}
