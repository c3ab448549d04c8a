/**
 * Learners' best scores by band: horizontal bars drawn with HTML (hidden from screen readers, which get the
 * caption) and, after the figure, the same numbers as a table in a disclosure (the chart's table twin).
 */
import type { ScoreDistribution } from '@/lib/lti/class/aggregate';
import { Disclosure } from '@/components/ui/Disclosure';
import { pluralise } from '@/lib/format';

export function ScoreChart({ distribution, title }: { distribution: ScoreDistribution; title: string }) {
  const top = Math.max(1, ...distribution.bands.map((band) => band.learners));
  const summary =
    distribution.finished === 0
      ? 'No learner has finished an attempt yet.'
      : `${pluralise(distribution.finished, 'learner')} finished; median best score ${Math.round(distribution.median!)}%, mean ${Math.round(distribution.mean!)}%.`;
  return (
    <>
      <figure className="mt-3">
        <div aria-hidden="true" className="grid grid-cols-[4.5rem_1fr_2.5rem] items-center gap-x-2 gap-y-1.5 text-sm tabular-nums">
          {distribution.bands.map((band) => (
            <div key={band.label} className="contents">
              <span className="text-zinc-700 dark:text-zinc-300">{band.label}</span>
              <span className="h-5 rounded-sm bg-zinc-100 dark:bg-zinc-800">
                <span className="block h-full rounded-sm bg-accent-700 dark:bg-accent-300" style={{ width: `${(band.learners / top) * 100}%` }} />
              </span>
              <span className="text-right">{band.learners}</span>
            </div>
          ))}
        </div>
        <figcaption className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">{summary}</figcaption>
      </figure>
      <Disclosure summary="Best scores as a table" className="mt-3">
        <div className="px-4 pb-3">
          <table className="w-full text-left text-sm tabular-nums">
            <caption className="sr-only">Best scores by band, {title}</caption>
            <thead>
              <tr className="border-b border-zinc-200 dark:border-zinc-800">
                <th scope="col" className="py-1 font-semibold">
                  Best score
                </th>
                <th scope="col" className="py-1 text-right font-semibold">
                  Learners
                </th>
              </tr>
            </thead>
            <tbody>
              {distribution.bands.map((band) => (
                <tr key={band.label} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800/60">
                  <th scope="row" className="py-1 font-normal">
                    {band.label}
                  </th>
                  <td className="py-1 text-right">{band.learners}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Disclosure>
    </>
  );
}
