'use client';
/**
 * The class view on an instructor's launch (lib/lti/class): in one screen, where every learner stands, who looks
 * stuck, which misconception the class holds and the section to send them to, the score distribution, and the
 * same tables as CSV. Loaded only for instructors (GradedCheckUp imports it on demand).
 */
import { useCallback, useEffect, useState } from 'react';
import type { ClassView } from '@/lib/lti/class/api';
import type { CsvTable } from '@/lib/lti/class/report';
import type { SettingsInput } from '@/lib/lti/class/settings';
import type { ApiError } from '../useLaunchSession';
import { CSV_LABEL, ClassReportView } from './ClassReportView';
import { ClassSettings } from './ClassSettings';

type Call = <T>(path: string, init?: RequestInit) => Promise<{ ok: true; data: T } | { ok: false; error: ApiError }>;

export function ClassResults({ call, token }: { call: Call; token: string }) {
  const [report, setReport] = useState<ClassView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [download, setDownload] = useState<string | null>(null);

  const load = useCallback(
    () => call<ClassView>('/lti/api/class').then((answer) => (answer.ok ? (setReport(answer.data), setError(null)) : setError(answer.error))),
    [call],
  );
  useEffect(() => {
    void load();
  }, [load]);

  /** Saves the settings, then reads the report again (the stuck list follows the new thresholds); an error's text, or null. */
  const saveSettings = async (input: SettingsInput): Promise<string | null> => {
    const answer = await call<unknown>('/lti/api/class/settings', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    if (!answer.ok) return `${answer.error.message} ${answer.error.fix}`.trim();
    await load();
    return null;
  };

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
      {report && <ClassReportView report={report} onDownload={(table) => void save(table)} downloadStatus={download} />}
      {report && <ClassSettings settings={report.settings} forwarding={report.forwarding} onSave={saveSettings} />}
    </section>
  );
}
