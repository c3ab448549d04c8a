/**
 * One round of the responsibility quiz on its own page (/quiz/responsibility/<round>): to link to, to embed or to
 * download as a package of that round alone, and discoverable by oEmbed as that round.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { allRounds } from '@/lib/quiz/matrix';
import { SHARED_RULE } from '@/lib/quiz/announce';
import { ResponsibilityQuizSection } from '@/components/responsibility-quiz/ResponsibilityQuizSection';
import { EmbedButton } from '@/components/embed/EmbedButton';
import { embedButtonClass } from '@/components/embed/embedButtonClass';
import { quizRoundChoices } from '@/components/embed/WidgetEmbed';
import { oembedAlternate } from '@/lib/embed/context';
import { quizRoundPagePath } from '@/lib/embed/targets';
import { linkClass } from '@/components/ui/link';
import { PageHeader } from '@/components/ui/PageHeader';

type Props = { params: Promise<{ round: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return allRounds().map((round) => ({ round: round.id }));
}

const QUIZ = { kind: 'widget', widget: 'responsibility-quiz' } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { round: id } = await params;
  const round = allRounds().find((item) => item.id === id);
  if (!round) return {};
  return {
    title: `${round.title}: who manages what?`,
    description: `One round of the practice quiz: sort the layers of the container stack for ${round.title} into what you manage and what AWS manages.`,
    alternates: { canonical: quizRoundPagePath(round.id), types: oembedAlternate({ target: QUIZ, round: round.id, title: round.title }) },
  };
}

export default async function QuizRoundPage({ params }: Props) {
  const { round: id } = await params;
  const round = allRounds().find((item) => item.id === id);
  if (!round) notFound();
  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader
        eyebrow="Practice quiz, one round"
        title={`Who manages what? ${round.title}`}
        leadClassName="max-w-3xl"
        lead={
          <>
            One round of the practice quiz. Sort every layer of the container stack into what you manage and what AWS manages, then check your answers.{' '}
            {SHARED_RULE} Every round is on{' '}
            <a href="/quiz/responsibility" className={linkClass}>
              the practice quiz page
            </a>
            .
          </>
        }
      />
      <div className="mt-6 flex justify-end">
        <EmbedButton
          buttonClassName={embedButtonClass()}
          target={QUIZ}
          title={`Who manages what? ${round.title}`}
          label={`Embed or download this round: ${round.title}`}
          rounds={quizRoundChoices()}
          gradable={{ checkUp: false, rounds: quizRoundChoices() }}
          initialRound={round.id}
        />
      </div>
      <ResponsibilityQuizSection scope="all" round={round.id} />
    </div>
  );
}
