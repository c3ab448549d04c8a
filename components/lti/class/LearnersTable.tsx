/** Every learner against one activity: status, attempts, best score, last activity and why they look stuck. */
import { STATUS_LABEL } from '@/lib/lti/class/aggregate';
import type { ReportLearner } from '@/lib/lti/class/report';

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) : '—';

export function LearnersTable({ learners, title }: { learners: ReportLearner[]; title: string }) {
  if (learners.length === 0)
    return <p className="mt-2">No learners yet: nobody has opened this activity, and the LMS has not shared the course&apos;s members.</p>;
  return (
    <div className="mt-3 overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800" tabIndex={0} role="region" aria-label={`Learners, ${title}`}>
      <table className="w-full min-w-[36rem] text-left text-sm tabular-nums">
        <caption className="sr-only">Learners against {title}</caption>
        <thead className="bg-zinc-50 dark:bg-zinc-900">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              Learner
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Status
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              Attempts
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              Best score
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Last activity
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Stuck
            </th>
          </tr>
        </thead>
        <tbody>
          {learners.map((learner, index) => (
            <tr key={index} className="border-t border-zinc-100 dark:border-zinc-800/60">
              <th scope="row" className="px-3 py-1.5 font-normal">
                {learner.name}
              </th>
              <td className="px-3 py-1.5">{STATUS_LABEL[learner.status]}</td>
              <td className="px-3 py-1.5 text-right">{learner.attempts}</td>
              <td className="px-3 py-1.5 text-right">{learner.bestPercent === null ? '—' : `${Math.round(learner.bestPercent)}%`}</td>
              <td className="px-3 py-1.5">{when(learner.lastActivity)}</td>
              <td className="px-3 py-1.5">{learner.stuck ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
