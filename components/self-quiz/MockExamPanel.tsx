'use client';
/**
 * The mock exam on the /quiz home: set one up, or resume the one in progress with the time really left (the clock
 * ran on while the learner was away; if it ran out, the exam is scored as it stood), and the last report.
 */
import { useHydrated } from '@/components/ui/useHydrated';
import { clockText, isTimeUp, timeLeft, type ExamReport, type MockExamSlice } from '@/lib/review/mock-exam';
import { buttonClass } from '@/components/ui/Button';
import { linkClass } from '@/components/ui/link';
import { cn } from '@/components/ui/cn';

type Props = { exams: MockExamSlice; onSetUp: () => void; onResume: () => void; onTimeUp: () => void; onReport: (report: ExamReport) => void };

const when = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });

export function MockExamPanel({ exams, onSetUp, onResume, onTimeUp, onReport }: Props) {
  const ready = useHydrated();
  const now = new Date();
  const running = exams.current;
  const last = exams.past.at(-1);
  const answered = running ? running.ids.filter((id) => running.answers[id]).length : 0;
  const left = running ? timeLeft(running, now) : null;
  return (
    <section aria-labelledby="mock-title" className="mt-8 rounded-xl border border-zinc-200 p-5 dark:border-zinc-800">
      <h2 id="mock-title" tabIndex={-1} className="text-xl font-semibold text-zinc-950 dark:text-white">
        Mock exam
      </h2>
      {running && ready ? (
        <>
          <p className="mt-1 text-zinc-700 dark:text-zinc-300">
            You have a mock exam in progress: {answered} of {running.ids.length} answered,{' '}
            {left === null
              ? 'no time limit'
              : isTimeUp(running, now)
                ? 'and its time ran out while you were away. The questions you answered are scored.'
                : `${clockText(left)} left (the clock keeps running).`}
          </p>
          {isTimeUp(running, now) ? (
            <button type="button" className={buttonClass({ className: 'mt-3' })} onClick={onTimeUp}>
              See the report
            </button>
          ) : (
            <button type="button" className={buttonClass({ className: 'mt-3' })} onClick={onResume}>
              Resume the mock exam
            </button>
          )}
        </>
      ) : (
        <>
          <p className="mt-1 text-zinc-700 dark:text-zinc-300">
            A timed test mixing questions from the lessons you choose, marked at the end with your score by lesson.
          </p>
          <button type="button" className={buttonClass({ className: 'mt-3' })} onClick={onSetUp}>
            Set up a mock exam
          </button>
        </>
      )}
      {last && ready ? (
        <p className="mt-3 text-sm text-zinc-700 dark:text-zinc-300">
          Last mock exam, {when(last.endedAt)}: {last.score} of {last.max} right.{' '}
          <button type="button" className={cn('font-medium', linkClass)} onClick={() => onReport(last)}>
            See its report
          </button>
        </p>
      ) : null}
    </section>
  );
}
