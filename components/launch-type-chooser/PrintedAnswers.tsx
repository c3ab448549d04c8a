/**
 * The chooser on paper before its result: every question with the answer given so far, instead of the one
 * question on screen. Hidden on screen. Hook-free.
 */
import { describeAnswer } from '@/lib/chooser/describe';
import type { Answers, ChooserData } from '@/lib/chooser/types';

export function PrintedAnswers({ data, answers }: { data: ChooserData; answers: Answers }) {
  return (
    <section aria-label="Questions and your answers" data-chooser-printed-answers="" className="hidden print:block">
      <p className="font-semibold">The chooser’s questions, with your answers so far</p>
      <ol className="mt-2 list-decimal space-y-2 pl-6">
        {data.questions.map((question) => (
          <li key={question.id} className="break-inside-avoid">
            <span className="font-medium">{question.prompt}</span>
            <br />
            Your answer: {describeAnswer(question, answers)}
          </li>
        ))}
      </ol>
    </section>
  );
}
