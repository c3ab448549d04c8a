'use client';
/**
 * The check-up inside a graded embed (components/assignment): the assignment owns the attempt, not the learner's own
 * record. Each new attempt starts the questions afresh (the parent keys this view by the attempt), only the first
 * answer to each question counts, feedback follows the assignment, and when every question has a first answer one
 * result goes out with each answer as an interaction (lib/questions/interaction.ts) for the LMS. Nothing here is
 * scheduled for review: a graded attempt is not a practice session.
 */
import { useEffect, useRef, useState } from 'react';
import { recordResult } from '@/components/learner/actions';
import { makeResult } from '@/lib/results';
import type { Answer } from '@/lib/questions/grade';
import type { Question } from '@/lib/questions/schema';
import type { GradedView } from '@/components/assignment/context';
import { QuestionCard, type Answered } from './QuestionCard';
import type { checkUpWidget } from './widget';

type Props = { lesson: string; questions: Question[]; sections: Record<string, string>; lessonHref: string; graded: GradedView };
type Given = { answer: Answer | undefined; correct: boolean; latencyMs: number; at: string };

export function GradedCheckUp({ lesson, questions, sections, lessonHref, graded }: Props) {
  const [first, setFirst] = useState<Record<string, boolean>>({});
  const answers = useRef<Record<string, Given>>({});
  const lastAnswerAt = useRef(0);
  useEffect(() => {
    lastAnswerAt.current = Date.now();
  }, []);
  const recorded = useRef(false);
  const onAnswered = ({ questionId, correct, given }: Answered) => {
    const now = Date.now();
    if (!(questionId in answers.current))
      answers.current[questionId] = { answer: given, correct, latencyMs: now - lastAnswerAt.current, at: new Date(now).toISOString() };
    lastAnswerAt.current = now;
    // Only the first answer to each question counts.
    const next = questionId in first ? first : { ...first, [questionId]: correct };
    setFirst(next);
    if (Object.keys(next).length === questions.length && !recorded.current) {
      recorded.current = true;
      const result = makeResult({
        widget: 'check-up' satisfies (typeof checkUpWidget)['result'],
        lesson,
        score: Object.values(next).filter(Boolean).length,
        max: questions.length,
      });
      // The interaction builder loads only here, in an LMS's embed, never with a lesson.
      void import('@/lib/questions/interaction').then(({ checkUpInteraction }) => {
        const interactions = questions.flatMap((question) => {
          const answer = answers.current[question.id];
          return answer ? [checkUpInteraction({ lesson, question, ...answer })] : [];
        });
        recordResult({ ...result, interactions });
      });
    }
  };
  const answered = Object.keys(first).length;
  const right = Object.values(first).filter(Boolean).length;
  return (
    <div>
      <p className="text-zinc-700 dark:text-zinc-300">
        {answered === 0
          ? `${questions.length} questions on this lesson. Answer each one and check it: only your first answer counts.`
          : graded.feedback === 'none'
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
