'use client';
/**
 * The class view on an instructor's launch (lib/lti/class): in one screen, where every learner stands, who looks
 * stuck, which misconception the class holds and the section to send them to, the score distribution, and the
 * same tables as CSV. Loaded only for instructors (GradedCheckUp imports it on demand).
 */
import { useEffect, useId, useState } from 'react';
import type { ClassReport } from '@/lib/lti/class/report';
import { CSV_TABLES, type CsvTable } from '@/lib/lti/class/report';
import { STATUS_LABEL } from '@/lib/lti/class/aggregate';
import { Button } from '@/components/ui/Button';
import { pluralise } from '@/lib/format';
import type { ApiError } from '../useLaunchSession';
import { LearnersTable } from './LearnersTable';
import { MissedQuestions } from './MissedQuestions';
import { ScoreChart } from './ScoreChart';

type Call = <T>(path: string, init?: RequestInit) => Promise<{ ok: true; data: T } | { ok: false; error: ApiError }>;

const CSV_LABEL: Record<CsvTable, string> = { learners: 'Learners', scores: 'Best scores', questions: 'Questions' };
const heading = 'text-lg font-semibold text-zinc-950 dark:text-white';

export function ClassResults({ call, token }: { call: Call; token: string }) {
  const [report, setReport] = useState<ClassReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [selected, setSelected] = useState(0);
  const [download, setDownload] = useState<string | null>(null);
  const selectId = useId();

  useEffect(() => {
    void call<ClassReport>('/lti/api/class').then((answer) => (answer.ok ? setReport(answer.data) : setError(answer.error)));
  }, [call]);

  const save = async (table: CsvTable) => {
    setDownload(null);
    try {
      const response = await fetch(`/lti/api/class/csv?table=${table}`, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const link = Object.assign(document.createElement('a'), { href: url, download: `class-${table}.csv` });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setDownload(`${CSV_LABEL[table]} saved as class-${table}.csv.`);
    } catch {
      setDownload(`The ${CSV_LABEL[table].toLowerCase()} table could not be downloaded. Try again in a minute.`);
    }
  };

  const item = report?.items[selected];
  return (
    <section aria-labelledby="lti-class" className="grid gap-5 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <h2 id="lti-class" className="text-xl font-semibold text-zinc-950 dark:text-white">
        Class results{report?.courseTitle ? `: ${report.courseTitle}` : ''}
      </h2>
      {error && (
        <p role="alert">
          {error.message} {error.fix}
        </p>
      )}
      {!report && !error && <p>Reading your class&apos;s results…</p>}
      {report && !item && <p>No results yet: nobody in this course has opened an activity from this tool.</p>}
      {report && item && (
        <>
          {!report.rosterShared && (
            <p className="text-zinc-700 dark:text-zinc-300">The LMS does not share this course&apos;s members with the tool, so learners who have never opened an activity are not listed.</p>
          )}
          {report.items.length > 1 && (
            <p className="grid gap-1">
              <label htmlFor={selectId} className="font-medium">
                Activity
              </label>
              <select id={selectId} className="rounded-md border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900" value={selected} onChange={(event) => setSelected(Number(event.target.value))}>
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
              <p className="mt-2">Nobody: no learner has {report.rules.minAttempts} or more attempts below {report.rules.lowPercent}%, or opened this {report.rules.staleDays} or more days ago without finishing.</p>
            )}
          </div>
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
                <Button key={table} variant="outline" size="sm" onClick={() => void save(table)}>
                  {CSV_LABEL[table]} (CSV)
                </Button>
              ))}
            </div>
            <p role="status" className="mt-2 text-sm">
              {download}
            </p>
          </div>
        </>
      )}
    </section>
  );
}
