import type { Metadata } from 'next';
import { getLessonMeta } from '@/lib/content/lessons';
import { getResponsibilityMatrix } from '@/lib/quiz/matrix';
import { ResponsibilityQuizSection } from '@/components/responsibility-quiz/ResponsibilityQuizSection';
import { WidgetEmbedButton } from '@/components/embed/WidgetEmbed';
import { oembedAlternate } from '@/lib/embed/context';

export const metadata: Metadata = {
  title: 'Who manages what? Practice quiz',
  description:
    'Sort the layers of the container stack into what you manage and what AWS manages, for Docker on EC2, ECS on EC2, ECS on Fargate, Lambda and EKS on Fargate.',
  alternates: { canonical: '/quiz', types: oembedAlternate({ kind: 'widget', widget: 'responsibility-quiz' }) },
};

export default function QuizPage() {
  const lesson = getLessonMeta(getResponsibilityMatrix().lesson);
  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6 sm:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-balance text-zinc-950 sm:text-4xl dark:text-white">Who manages what? Practice quiz</h1>
      <p className="mt-3 max-w-3xl text-lg text-zinc-700 dark:text-zinc-300">
        Each round is one way of running containers on AWS. Sort every layer of the stack into what you manage and what AWS manages
        (and, where AWS runs something you still configure, what is shared), then check your answers.
        {lesson ? (
          <>
            {' '}
            The lesson{' '}
            <a href={`/lessons/${lesson.slug}`} className="text-accent-700 underline underline-offset-2 dark:text-accent-300">
              {lesson.title}
            </a>{' '}
            explains every answer.
          </>
        ) : null}
      </p>
      <div className="mt-6 flex justify-end">
        <WidgetEmbedButton target={{ kind: 'widget', widget: 'responsibility-quiz' }} />
      </div>
      <ResponsibilityQuizSection scope="all" />
    </div>
  );
}
