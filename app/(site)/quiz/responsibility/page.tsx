import type { Metadata } from 'next';
import { getLessonMeta } from '@/lib/content/lessons';
import { allRounds, getResponsibilityMatrix } from '@/lib/quiz/matrix';
import { quizRoundPagePath } from '@/lib/embed/targets';
import { SHARED_RULE } from '@/lib/quiz/announce';
import { ResponsibilityQuizSection } from '@/components/responsibility-quiz/ResponsibilityQuizSection';
import { WidgetEmbedButton } from '@/components/embed/WidgetEmbed';
import { oembedAlternate } from '@/lib/embed/context';
import { linkClass } from '@/components/ui/link';
import { PageHeader } from '@/components/ui/PageHeader';

export const metadata: Metadata = {
  title: 'Who manages what? Practice quiz',
  description:
    'Sort the layers of the container stack into what you manage and what AWS manages, for Docker on EC2, ECS on EC2, ECS on Fargate, Lambda and EKS on Fargate.',
  alternates: { canonical: '/quiz/responsibility', types: oembedAlternate({ kind: 'widget', widget: 'responsibility-quiz' }) },
};

export default function QuizPage() {
  const lesson = getLessonMeta(getResponsibilityMatrix().lesson);
  const rounds = allRounds();
  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader
        title="Who manages what? Practice quiz"
        leadClassName="max-w-3xl"
        lead={
          <>
            Each round is one way of running containers on AWS. Sort every layer of the stack into what you manage and what AWS manages (and, where the work is
            split, what is shared), then check your answers. {SHARED_RULE}
            {lesson ? (
              <>
                {' '}
                The lesson{' '}
                <a href={`/lessons/${lesson.slug}`} className={linkClass}>
                  {lesson.title}
                </a>{' '}
                explains every answer.
              </>
            ) : null}
          </>
        }
      />
      <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
        <nav aria-label="Rounds on their own pages" className="text-sm text-zinc-700 dark:text-zinc-300">
          One round on its own page, to share, embed or download alone:{' '}
          {rounds.map((round, index) => (
            <span key={round.id}>
              {index ? ' · ' : null}
              <a href={quizRoundPagePath(round.id)} className={linkClass}>
                {round.title}
              </a>
            </span>
          ))}
        </nav>
        <div className="ml-auto">
          <WidgetEmbedButton target={{ kind: 'widget', widget: 'responsibility-quiz' }} />
        </div>
      </div>
      <ResponsibilityQuizSection scope="all" />
    </div>
  );
}
