'use client';
/** The end of a mock exam: the score, how it ended, the score by lesson (a table), and the questions missed with what to reread. */
import { durationWords, weakestLesson, type ExamReport } from '@/lib/review/mock-exam';
import { PASS_MARK } from '@/lib/results';
import { buttonClass } from '@/components/ui/Button';
import { linkClass } from '@/components/ui/link';
import { cn } from '@/components/ui/cn';
import type { QuizLesson, QuizQuestion } from './types';

type Props = { report: ExamReport; questions: Map<string, QuizQuestion>; lessons: QuizLesson[]; onPractise: (ids: string[]) => void; onHome: () => void };

const percent = (right: number, of: number) => (of ? Math.round((right / of) * 100) : 0);

export function MockReport({ report, questions, lessons, onPractise, onHome }: Props) {
  const title = (slug: string) => lessons.find((lesson) => lesson.slug === slug)?.title ?? slug;
  const used = Date.parse(report.endedAt) - Date.parse(report.startedAt);
  const weakest = weakestLesson(report);
  const missed = report.missed.filter((id) => questions.has(id));
  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title" tabIndex={-1} className="text-2xl font-semibold text-zinc-950 dark:text-white">
        Mock exam: {report.score} of {report.max} right ({percent(report.score, report.max)}%)
      </h2>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        {report.reason === 'time-up' ? 'Time ran out' : 'You finished'} after {durationWords(used)}.
        {report.unanswered ? ` ${report.unanswered} question${report.unanswered === 1 ? ' was' : 's were'} not answered and count as wrong.` : ''}{' '}
        {report.passed ? `That is at or above the course’s pass mark of ${PASS_MARK * 100}%.` : `The course’s pass mark is ${PASS_MARK * 100}%.`}
        {weakest ? ` Your weakest lesson here: “${title(weakest.lesson)}”.` : ''}
      </p>
      <table className="mt-4 w-full text-left tabular-nums">
        <caption className="text-left font-semibold text-zinc-950 dark:text-white">Score by lesson</caption>
        <thead>
          <tr className="border-b border-zinc-300 text-sm dark:border-zinc-700">
            <th scope="col" className="py-2 pr-3 font-semibold">
              Lesson
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-semibold">
              Right
            </th>
            <th scope="col" className="py-2 text-right font-semibold">
              Score
            </th>
          </tr>
        </thead>
        <tbody>
          {report.byLesson.map((entry) => (
            <tr key={entry.lesson} className="border-b border-zinc-200 dark:border-zinc-800">
              <th scope="row" className="py-2 pr-3 font-normal">
                <a href={`/lessons/${entry.lesson}`} className={linkClass}>
                  {title(entry.lesson)}
                </a>
              </th>
              <td className="py-2 pr-3 text-right">
                {entry.right} of {entry.asked}
              </td>
              <td className="py-2 text-right">{percent(entry.right, entry.asked)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      {missed.length ? (
        <>
          <h3 className="mt-6 text-lg font-semibold text-zinc-950 dark:text-white">Missed or not answered</h3>
          <ul className="mt-2 list-disc space-y-1 pl-6 text-zinc-800 dark:text-zinc-200">
            {missed.map((id) => {
              const question = questions.get(id)!;
              return (
                <li key={id}>
                  {question.prompt} Reread{' '}
                  <a href={`/lessons/${question.lesson}#${question.section}`} className={cn('font-medium', linkClass)}>
                    {question.sectionTitle}
                  </a>
                  .
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <div className="mt-5 flex flex-wrap gap-3">
        {missed.length ? (
          <button type="button" className={buttonClass()} onClick={() => onPractise(missed)}>
            Practise these {missed.length}
          </button>
        ) : null}
        <button type="button" className={buttonClass({ variant: missed.length ? 'outline' : 'primary' })} onClick={onHome}>
          Back to the self-quiz home
        </button>
      </div>
    </section>
  );
}
