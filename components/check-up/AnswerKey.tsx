/**
 * The check-up as text: every question with its options, and the answer with the explanation in a disclosure.
 * Shown without JavaScript (instead of the interactive check-up) and in print, where the answers follow the last
 * question (PrintedAnswerKey). Hook-free.
 */
import { correctAnswerText, KIND_LABELS } from '@/lib/questions/grade';
import type { Question } from '@/lib/questions/schema';
import { linkClass } from '@/components/ui/link';
import { cn } from '@/components/ui/cn';

type Props = { questions: Question[]; sections: Record<string, string>; lessonHref?: string };

export function QuestionAnswer({ question, sections, lessonHref }: { question: Question; sections: Record<string, string>; lessonHref: string }) {
  const answer = correctAnswerText(question);
  return (
    <>
      {question.kind === 'order' ? (
        <ol className="list-decimal pl-6">
          {answer.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ol>
      ) : (
        <p>
          <span className="font-medium">Answer:</span> {answer.join('; ')}
        </p>
      )}
      {question.kind === 'true-false' ? <p className="mt-1">{question.why}</p> : null}
      <p className="mt-1">{question.explanation}</p>
      <p className="mt-1 text-sm">
        <a href={`${lessonHref}#${question.section}`} className={cn('font-medium', linkClass)}>
          Section: {sections[question.section] ?? question.section}
        </a>
      </p>
    </>
  );
}

export function AnswerKey({ questions, sections, lessonHref = '' }: Props) {
  return (
    <ol className="grid gap-4 pl-0">
      {questions.map((question, index) => (
        <li key={question.id} className="list-none rounded-lg border border-zinc-200 p-4 break-inside-avoid dark:border-zinc-800">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Question {index + 1} · {KIND_LABELS[question.kind]}
          </p>
          <p className="font-semibold text-zinc-950 dark:text-white">{question.prompt}</p>
          {question.kind === 'scenario' ? <p className="mt-1 text-zinc-800 dark:text-zinc-200">{question.scenario}</p> : null}
          {question.kind === 'single' || question.kind === 'multiple' || question.kind === 'scenario' ? (
            <ul className="mt-2 list-disc pl-6">
              {question.options.map((option) => (
                <li key={option.id}>{option.text}</li>
              ))}
            </ul>
          ) : null}
          {question.kind === 'order' ? (
            <ul className="mt-2 list-disc pl-6">
              {[...question.steps]
                .sort((a, b) => a.id.localeCompare(b.id))
                .map((step) => (
                  <li key={step.id}>{step.text}</li>
                ))}
            </ul>
          ) : null}
          <details className="mt-2 print:hidden">
            <summary className="cursor-pointer font-medium text-accent-700 dark:text-accent-300">Show answer</summary>
            <div className="mt-2">
              <QuestionAnswer question={question} sections={sections} lessonHref={lessonHref} />
            </div>
          </details>
        </li>
      ))}
    </ol>
  );
}

/**
 * On paper the answers follow the last question, as an answer key, so a printed check-up can be tried before the
 * answers are read. Hidden on screen, where each question has its own "Show answer".
 */
export function PrintedAnswerKey({ questions, sections, lessonHref = '' }: Props) {
  return (
    <section data-checkup-answer-key="" aria-label="Answer key" className="mt-6 hidden print:block">
      <p className="font-semibold">Answer key</p>
      <ol className="mt-2 grid gap-3 pl-0">
        {questions.map((question, index) => (
          <li key={question.id} className="list-none break-inside-avoid">
            <p className="font-medium">Question {index + 1}</p>
            <QuestionAnswer question={question} sections={sections} lessonHref={lessonHref} />
          </li>
        ))}
      </ol>
    </section>
  );
}
