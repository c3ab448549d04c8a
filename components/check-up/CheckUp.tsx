'use client';
/**
 * The lesson check-up: every question of the lesson's bank, answered one card at a time with immediate feedback.
 * When each question has a first answer, one result goes through recordResult (the embed issue reports it).
 */
import { useRef, useState } from 'react';
import { recordResult } from '@/components/learner/recordResult';
import { makeResult } from '@/lib/results';
import { firstAnswers, recordCheckUpAnswer } from '@/lib/questions/check-up-state';
import { getLearnerStore } from '@/components/learner/useLearnerState';
import type { Question } from '@/lib/questions/schema';
import { QuestionCard, type Answered } from './QuestionCard';
import type { checkUpWidget } from './widget';

type Props = { lesson: string; questions: Question[]; sections: Record<string, string>; lessonHref?: string };

export function CheckUp({ lesson, questions, sections, lessonHref = '' }: Props) {
  const [first, setFirst] = useState<Record<string, boolean>>({});
  const recorded = useRef(false);
  const onAnswered = ({ questionId, correct, confidence, attempt }: Answered) => {
    getLearnerStore().update((state) => recordCheckUpAnswer(state, lesson, questionId, correct, confidence));
    // The first try of a visit schedules the question (FSRS); ts-fsrs is fetched now, never with the lesson.
    if (attempt === 0) {
      void import('@/lib/review/record').then(({ questionItemId, recordReview }) =>
        getLearnerStore().update((state) => recordReview(state, questionItemId(questionId), correct, confidence)),
      );
    }
    const next = firstAnswers(first, questionId, correct);
    setFirst(next);
    const answered = Object.keys(next).length;
    if (answered === questions.length && !recorded.current) {
      recorded.current = true;
      recordResult(makeResult({ widget: 'check-up' satisfies (typeof checkUpWidget)['result'], lesson, score: Object.values(next).filter(Boolean).length, max: questions.length }));
    }
  };
  const answered = Object.keys(first).length;
  const right = Object.values(first).filter(Boolean).length;
  return (
    <div>
      <p className="text-zinc-700 dark:text-zinc-300">
        {answered === 0
          ? `${questions.length} questions on this lesson. Answer each one and check it to see why.`
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
          />
        ))}
      </ol>
    </div>
  );
}
