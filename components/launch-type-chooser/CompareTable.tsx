/**
 * "Compare all": what each target runs for you, what stays with you, its limits (dated) and cost model,
 * with the AWS pages behind them. The table scrolls inside its own focusable region on narrow screens.
 */
import { formatAsOf } from '@/lib/chooser/describe';
import type { ChooserData } from '@/lib/chooser/types';
import { linkClass, StatusBadge } from './parts';

export function CompareTable({ data }: { data: ChooserData }) {
  const asOf = formatAsOf(data.asOf);
  const limitsById = new Map(data.limits.map((limit) => [limit.id, limit]));
  const sourcesById = new Map(data.sources.map((source) => [source.id, source]));
  return (
    <div>
      <div
        role="region"
        aria-label={`All targets compared, as of ${asOf} (scrolls sideways)`}
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-zinc-200 print:overflow-visible dark:border-zinc-800"
      >
        <table className="w-full min-w-[72rem] table-fixed border-collapse text-left text-sm print:min-w-0 print:table-auto print:text-xs">
          <caption className="sr-only">What each target runs for you, what you run, its limits as of {asOf}, its cost model and sources</caption>
          <thead className="bg-zinc-50 text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100">
            <tr>
              <th scope="col" className="w-[9rem] px-3 py-2 font-semibold">Target</th>
              <th scope="col" className="w-[12rem] px-3 py-2 font-semibold">AWS runs for you</th>
              <th scope="col" className="w-[12rem] px-3 py-2 font-semibold">You run</th>
              <th scope="col" className="w-[17rem] px-3 py-2 font-semibold">Limits (as of {asOf})</th>
              <th scope="col" className="w-[10rem] px-3 py-2 font-semibold">Cost model</th>
              <th scope="col" className="w-[12rem] px-3 py-2 font-semibold">Sources</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 align-top text-zinc-800 dark:divide-zinc-800 dark:text-zinc-200">
            {data.targets.map((target) => {
              const limits = target.limits.map((id) => limitsById.get(id)).filter((limit) => limit !== undefined);
              const sourceIds = [...new Set([...target.sources, ...limits.flatMap((limit) => limit.sources)])];
              return (
                <tr key={target.id}>
                  <th scope="row" className="px-3 py-3 font-semibold text-zinc-950 dark:text-white">
                    <span className="block">{target.name}</span>
                    {target.status !== 'available' ? (
                      <span className="mt-1 block">
                        <StatusBadge target={target} />
                      </span>
                    ) : null}
                  </th>
                  <td className="px-3 py-3">
                    <ul className="list-disc space-y-1 pl-4">
                      {target.awsManages.map((item) => (
                        <li key={item}>{item}</li>
                      ))}
                    </ul>
                  </td>
                  <td className="px-3 py-3">
                    <ul className="list-disc space-y-1 pl-4">
                      {target.youManage.map((item) => (
                        <li key={item}>{item}</li>
                      ))}
                    </ul>
                  </td>
                  <td className="px-3 py-3">
                    <ul className="list-disc space-y-1 pl-4">
                      {limits.map((limit) => (
                        <li key={limit.id}>{limit.text}</li>
                      ))}
                    </ul>
                  </td>
                  <td className="px-3 py-3">{target.costModel}</td>
                  <td className="px-3 py-3">
                    <ul className="space-y-1">
                      {sourceIds.map((id) => {
                        const source = sourcesById.get(id);
                        return source ? (
                          <li key={id}>
                            <a href={source.url} rel="noopener noreferrer" className={linkClass}>
                              {source.title}
                            </a>
                          </li>
                        ) : null;
                      })}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
        Limits are as of {asOf}; follow the sources before you rely on one. Cost models are described in general terms: prices vary by Region and
        change, so check AWS pricing for your own numbers.
      </p>
    </div>
  );
}
