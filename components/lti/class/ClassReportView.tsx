/**
 * The class report on screen: the activity's counts, who looks stuck, the most-missed questions, the best-score
 * chart and the learners table, and the CSV downloads. A view only: ClassResults fetches the report and saves files.
 */
import { useId, useState } from 'react';
import { STATUS_LABEL } from '@/lib/lti/class/aggregate';
import { CSV_TABLES, type ClassReport, type CsvTable } from '@/lib/lti/class/report';
import { Button } from '@/components/ui/Button';
import { pluralise } from '@/lib/format';
import { LearnersTable } from './LearnersTable';
import { MissedQuestions } from './MissedQuestions';
import { ScoreChart } from './ScoreChart';

export const CSV_LABEL: Record<CsvTable, string> = { learners: 'Learners', scores: 'Best scores', questions: 'Questions' };
const heading = 'text-lg font-semibold text-zinc-950 dark:text-white';

export function ClassReportView({
  report,
  onDownload,
  downloadStatus,
}: {
  report: ClassReport;
  onDownload: (table: CsvTable) => void;
  downloadStatus: string | null;
}) {
  const [selected, setSelected] = useState(0);
  const selectId = useId();
  const item = report.items[selected];
  if (!item) return <p>No results yet: nobody in this course has opened an activity from this tool.</p>;
  return (
    <>
      {!report.rosterShared && (
        <p className="text-zinc-700 dark:text-zinc-300">
          The LMS does not share this course&apos;s members with the tool, so learners who have never opened an activity are not listed.
        </p>
      )}
      {report.items.length > 1 && (
        <p className="grid gap-1">
          <label htmlFor={selectId} className="font-medium">
            Activity
          </label>
          <select
            id={selectId}
            className="rounded-md border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
            value={selected}
            onChange={(event) => setSelected(Number(event.target.value))}
          >
            {report.items.map((entry, index) => (
              <option key={entry.key} value={index}>
                {entry.title}
              </option>
            ))}
          </select>
        </p>
      )}
      <div>
        <h3 className={heading}>{item.title}</h3>
        <dl className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
          {(['not-started', 'in-progress', 'finished'] as const).map((status) => (
            <div key={status} className="rounded-md bg-zinc-50 px-3 py-2 dark:bg-zinc-900">
              <dt className="text-sm text-zinc-700 dark:text-zinc-300">{STATUS_LABEL[status]}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{item.counts[status]}</dd>
            </div>
          ))}
          <div className="rounded-md bg-amber-50 px-3 py-2 dark:bg-amber-950">
            <dt className="text-sm text-amber-900 dark:text-amber-100">Look stuck</dt>
            <dd className="text-2xl font-semibold tabular-nums">{item.counts.stuck}</dd>
          </div>
        </dl>
      </div>
      <div>
        <h3 className={heading}>Who looks stuck</h3>
        {item.stuck.length ? (
          <ul className="mt-2 list-disc pl-6">
            {item.stuck.map((learner, index) => (
              <li key={index}>
                <span className="font-medium">{learner.name}</span>: {learner.reason}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">
            Nobody: no learner has {report.rules.minAttempts} or more attempts below {report.rules.lowPercent}%, or opened this {report.rules.staleDays} or more
            days ago without finishing.
          </p>
        )}
      </div>
      {item.parts.length > 0 && (
        <div>
          <h3 className={heading}>Rounds</h3>
          <div className="mt-2 overflow-x-auto" role="region" aria-label={`Rounds of ${item.title}`} tabIndex={0}>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Answers and misses per round of {item.title}</caption>
              <thead>
                <tr className="border-b border-zinc-300 dark:border-zinc-700">
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    Round
                  </th>
                  <th scope="col" className="py-2 pr-4 font-semibold tabular-nums">
                    Answers
                  </th>
                  <th scope="col" className="py-2 font-semibold tabular-nums">
                    Missed
                  </th>
                </tr>
              </thead>
              <tbody>
                {item.parts.map((part) => (
                  <tr key={part.part} className="border-b border-zinc-200 dark:border-zinc-800">
                    <th scope="row" className="py-2 pr-4 font-medium">
                      {part.title}
                    </th>
                    <td className="py-2 pr-4 tabular-nums">{part.answered}</td>
                    <td className="py-2 tabular-nums">
                      {part.missed} ({Math.round(part.missedPercent)}%)
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      <div>
        <h3 className={heading}>Most-missed questions</h3>
        <MissedQuestions questions={item.questions} />
      </div>
      <div>
        <h3 className={heading}>Best scores</h3>
        <ScoreChart distribution={item.distribution} title={item.title} />
      </div>
      <div>
        <h3 className={heading}>Learners ({pluralise(item.learners.length, 'learner')})</h3>
        <LearnersTable learners={item.learners} title={item.title} />
      </div>
      <div>
        <h3 className={heading}>Download as CSV</h3>
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">The same tables for every activity of the course, for a spreadsheet.</p>
        <div className="mt-2 flex flex-wrap gap-2">
          {CSV_TABLES.map((table) => (
            <Button key={table} variant="outline" size="sm" onClick={() => onDownload(table)}>
              {CSV_LABEL[table]} (CSV)
            </Button>
          ))}
        </div>
        <p role="status" className="mt-2 text-sm">
          {downloadStatus}
        </p>
      </div>
    </>
  );
}
