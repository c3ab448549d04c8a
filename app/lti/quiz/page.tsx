/**
 * /lti/quiz: graded rounds of the responsibility quiz as an LTI activity. Prerendered with every round's cards and
 * zones but no answers (lib/lti/quiz-grading.ts toPublicRound); the launch session, in the URL's fragment, says which
 * rounds count, and the server grades them.
 */
import type { Metadata } from 'next';
import { allRounds } from '@/lib/quiz/matrix';
import { toPublicRound } from '@/lib/lti/quiz-grading';
import { GradedQuiz } from '@/components/lti/GradedQuiz';

export const metadata: Metadata = { title: 'Graded quiz: who is responsible?', robots: { index: false } };

export default function LtiQuizPage() {
  return <GradedQuiz rounds={allRounds().map(toPublicRound)} />;
}
