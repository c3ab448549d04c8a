'use client';
/** The responsibility quiz in an embed: every round, or only the one the embed code names (`?round=`). */
import type { QuizRound } from '@/lib/quiz/types';
import { ResponsibilityQuiz } from '@/components/mdx/widgets';
import { useEmbedOptions } from './useEmbedOptions';

export function EmbedQuiz({ rounds, lesson }: { rounds: QuizRound[]; lesson: string }) {
  const { round } = useEmbedOptions();
  const chosen = rounds.filter((item) => item.id === round);
  return <ResponsibilityQuiz rounds={chosen.length ? chosen : rounds} lesson={lesson} headingLevel={2} />;
}
