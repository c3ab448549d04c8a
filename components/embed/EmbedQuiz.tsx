'use client';
/** The responsibility quiz in an embed: every round, or only the one the embed code names (`?round=`). */
import type { QuizRound } from '@/lib/quiz/types';
import { ResponsibilityQuizLazy as ResponsibilityQuiz } from '@/components/responsibility-quiz/lazy';
import type { RoundText } from '@/components/responsibility-quiz/RoundText';
import { useEmbedOptions } from './useEmbedOptions';

export function EmbedQuiz({ rounds, lesson, texts }: { rounds: QuizRound[]; lesson: string; texts: Record<string, RoundText> }) {
  const { round } = useEmbedOptions();
  const chosen = rounds.filter((item) => item.id === round);
  return <ResponsibilityQuiz rounds={chosen.length ? chosen : rounds} lesson={lesson} headingLevel={2} texts={texts} />;
}
