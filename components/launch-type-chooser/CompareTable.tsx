/**
 * "Compare all": what each target runs for you, what stays with you, its limits (dated) and cost model,
 * with the AWS pages behind them. Narrow screens get one card per target; from the lg breakpoint up (and on
 * paper) a table, which scrolls inside its own focusable region, with shaded edges, where it is still too wide.
 */
import { formatAsOf } from '@/lib/chooser/describe';
import type { ChooserData, ChooserSource, Limit, Target } from '@/lib/chooser/types';
import { SourceList } from '@/components/ui/SourceList';
import { linkHoverClass } from '@/components/ui/link';
import { StatusBadge } from './parts';

type Row = { target: Target; limits: Limit[]; sources: ChooserSource[] };

function rowsOf(data: ChooserData): Row[] {
  const limitsById = new Map(data.limits.map((limit) => [limit.id, limit]));
  const sourcesById = new Map(data.sources.map((source) => [source.id, source]));
  return data.targets.map((target) => {
    const limits = target.limits.map((id) => limitsById.get(id)).filter((limit) => limit !== undefined);
    const sourceIds = [...new Set([...target.sources, ...limits.flatMap((limit) => limit.sources)])];
    const sources = sourceIds.map((id) => sourcesById.get(id)).filter((source) => source !== undefined);
    return { target, limits, sources };
  });
}

function Bullets({ items }: { items: string[] }) {
  return (
    <ul className="list-disc space-y-1 pl-4">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

const cardTerm = 'mt-3 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400';

/** One card per target: the same facts as a table row, readable at 360 px without sideways scrolling. */
function CompareCards({ rows, asOf }: { rows: Row[]; asOf: string }) {
  return (
    <ul aria-label={`All targets compared, as of ${asOf}`} className="space-y-3 lg:hidden print:hidden">
      {rows.map(({ target, limits, sources }) => (
        <li key={target.id} className="rounded-lg border border-zinc-200 px-4 py-3 text-sm text-zinc-800 dark:border-zinc-800 dark:text-zinc-200">
          <p className="text-base font-semibold text-zinc-950 dark:text-white">
            <span>{target.name}</span>
            {target.status !== 'available' ? (
              <span className="ml-2 inline-block align-middle">
                <StatusBadge target={target} />
              </span>
            ) : null}
          </p>
          <dl>
            <dt className={cardTerm}>AWS runs for you</dt>
            <dd className="mt-1">
              <Bullets items={target.awsManages} />
            </dd>
            <dt className={cardTerm}>You run</dt>
            <dd className="mt-1">
              <Bullets items={target.youManage} />
            </dd>
            <dt className={cardTerm}>Limits (as of {asOf})</dt>
            <dd className="mt-1">
              <Bullets items={limits.map((limit) => limit.text)} />
            </dd>
            <dt className={cardTerm}>Cost model</dt>
            <dd className="mt-1">{target.costModel}</dd>
            <dt className={cardTerm}>Sources</dt>
            <dd className="mt-1">
              <SourceList sources={sources} layout="stacked" className="space-y-1" linkClassName={linkHoverClass} />
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}

export function CompareTable({ data }: { data: ChooserData }) {
  const asOf = formatAsOf(data.asOf);
  const rows = rowsOf(data);
  return (
    <div>
      <CompareCards rows={rows} asOf={asOf} />
      <div
        role="region"
        aria-label={`All targets compared, as of ${asOf} (scrolls sideways)`}
        tabIndex={0}
        className="scroll-cue hidden overflow-x-auto rounded-lg border border-zinc-200 lg:block print:block print:overflow-visible dark:border-zinc-800"
      >
        <table className="w-full min-w-[72rem] table-fixed border-collapse text-left text-sm print:min-w-0 print:table-auto print:text-xs">
          <caption className="sr-only">What each target runs for you, what you run, its limits as of {asOf}, its cost model and sources</caption>
          <thead className="bg-zinc-50 text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100">
            <tr>
              <th scope="col" className="w-[9rem] px-3 py-2 font-semibold">
                Target
              </th>
              <th scope="col" className="w-[12rem] px-3 py-2 font-semibold">
                AWS runs for you
              </th>
              <th scope="col" className="w-[12rem] px-3 py-2 font-semibold">
                You run
              </th>
              <th scope="col" className="w-[17rem] px-3 py-2 font-semibold">
                Limits (as of {asOf})
              </th>
              <th scope="col" className="w-[10rem] px-3 py-2 font-semibold">
                Cost model
              </th>
              <th scope="col" className="w-[12rem] px-3 py-2 font-semibold">
                Sources
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 align-top text-zinc-800 dark:divide-zinc-800 dark:text-zinc-200">
            {rows.map(({ target, limits, sources }) => (
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
                  <Bullets items={target.awsManages} />
                </td>
                <td className="px-3 py-3">
                  <Bullets items={target.youManage} />
                </td>
                <td className="px-3 py-3">
                  <Bullets items={limits.map((limit) => limit.text)} />
                </td>
                <td className="px-3 py-3">{target.costModel}</td>
                <td className="px-3 py-3">
                  <SourceList sources={sources} layout="stacked" className="space-y-1" linkClassName={linkHoverClass} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
        Limits are as of {asOf}; follow the sources before you rely on one. Cost models are described in general terms: prices vary by Region and change, so
        check AWS pricing for your own numbers.
      </p>
    </div>
  );
}
