'use client';
/**
 * The lesson check-up: every question of the lesson's bank, answered one card at a time with immediate feedback.
 * When each question has a first answer, one result goes through recordResult (the embed issue reports it), with
 * each first answer as an interaction (lib/questions/interaction.ts) when it runs in an embed, for the LMS. In a graded embed
 * (components/assignment) the feedback follows the assignment and each new attempt starts the questions afresh.
 */
import { useEffect, useRef, useState } from 'react';
import { recordResult } from '@/components/learner/recordResult';
import { makeResult } from '@/lib/results';
import { firstAnswers, recordCheckUpAnswer } from '@/lib/questions/check-up-state';
import type { Answer } from '@/lib/questions/grade';
import { getLearnerStore } from '@/components/learner/useLearnerState';
import type { Question } from '@/lib/questions/schema';
import { useGradedView, type GradedView } from '@/components/assignment/context';
import { QuestionCard, type Answered } from './QuestionCard';

type Props = { lesson: string; questions: Question[]; sections: Record<string, string>; lessonHref?: string };

export function CheckUp(props: Props) {
  const graded = useGradedView();
  return <CheckUpAttempt key={graded?.attempt ?? 0} {...props} graded={graded} />;
}

function CheckUpAttempt({ lesson, questions, sections, lessonHref = '', graded }: Props & { graded: GradedView | null }) {
  const [first, setFirst] = useState<Record<string, boolean>>({});
  const answers = useRef<Record<string, { answer: Answer | undefined; correct: boolean; latencyMs: number; at: string }>>({});
  const lastAnswerAt = useRef(0);
  useEffect(() => {
    lastAnswerAt.current = Date.now();
  }, []);
  const recorded = useRef(false);
  const onAnswered = ({ questionId, correct, confidence, attempt, answer }: Answered) => {
    getLearnerStore().update((state) => recordCheckUpAnswer(state, lesson, questionId, correct, confidence));
    // The first try of a visit schedules the question (FSRS); ts-fsrs is fetched now, never with the lesson.
    if (attempt === 0) {
      void import('@/lib/review/record').then(({ questionItemId, recordReview }) =>
        getLearnerStore().update((state) => recordReview(state, questionItemId(questionId), correct, confidence)),
      );
    }
    const now = Date.now();
    if (!(questionId in answers.current)) answers.current[questionId] = { answer, correct, latencyMs: now - lastAnswerAt.current, at: new Date(now).toISOString() };
    lastAnswerAt.current = now;
    const next = firstAnswers(first, questionId, correct);
    setFirst(next);
    const answered = Object.keys(next).length;
    if (answered === questions.length && !recorded.current) {
      recorded.current = true;
      const result = makeResult({ widget: 'check-up', lesson, score: Object.values(next).filter(Boolean).length, max: questions.length });
      // Only an embed's host (an LMS) reads the answers one by one: their builder loads there, never with a lesson.
      if (window.parent === window) recordResult(result);
      else {
        void import('@/lib/questions/interaction').then(({ checkUpInteraction }) => {
          const interactions = questions.flatMap((question) => {
            const given = answers.current[question.id];
            return given ? [checkUpInteraction({ lesson, question, ...given })] : [];
          });
          recordResult({ ...result, interactions });
        });
      }
    }
  };
  const answered = Object.keys(first).length;
  const right = Object.values(first).filter(Boolean).length;
  const hideScore = graded?.feedback === 'none';
  return (
    <div>
      <p className="text-zinc-700 dark:text-zinc-300">
        {answered === 0
          ? `${questions.length} questions on this lesson. ${graded ? 'Answer each one and check it: only your first answer counts.' : 'Answer each one and check it to see why.'}`
          : hideScore
            ? `Answered ${answered} of ${questions.length}.`
            : `Answered ${answered} of ${questions.length}; ${right} right at the first try.`}
      </p>
      <ol className="mt-4 grid list-none gap-5 p-0">
        {questions.map((question, index) => (
          <QuestionCard
            key={question.id}
            question={question}
            number={index + 1}
            total={questions.length}
            section={{ href: `${lessonHref}#${question.section}`, title: sections[question.section] ?? question.section }}
            onAnswered={onAnswered}
            graded={graded}
          />
        ))}
      </ol>
    </div>
  );
}
