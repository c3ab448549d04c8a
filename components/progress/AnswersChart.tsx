/**
 * Answers per learning day over the last 30 days: a hand-made SVG bar chart, each bar split into right answers (solid,
 * at the foot) and wrong ones (pale with an outline, on top), so right and wrong differ by more than colour (WCAG 1.4.1),
 * hidden from screen readers, which get its summary; and, after the figure, the same numbers as a table in a
 * disclosure, for screen readers, exact reading and paper (a <details> may not sit inside a <figure> beside its
 * caption).
 */
import type { DayCount } from '@/lib/review/progress';
import { Disclosure } from '@/components/ui/Disclosure';
import { cn } from '@/components/ui/cn';
import { pluralise } from '@/lib/format';

/** A round top for the axis: 4, then steps of 2, 10, 50. */
function axisTop(max: number): number {
  if (max <= 4) return 4;
  const step = max <= 10 ? 2 : max <= 50 ? 10 : 50;
  return Math.ceil(max / step) * step;
}

export const dayLabel = (day: string, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' }) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { ...options, timeZone: 'UTC' });

/**
 * The bars are an SVG stretched to the frame (so they fill any width from 360 px up); the axis labels are HTML
 * beside it, so their text never scales with the drawing.
 */
export function AnswersChart({ series, ready }: { series: DayCount[]; ready: boolean }) {
  const total = series.reduce((sum, day) => sum + day.count, 0);
  const top = axisTop(Math.max(0, ...series.map((day) => day.count)));
  const slot = 100 / series.length;
  const activeDays = series.filter((day) => day.count > 0).length;
  const right = series.reduce((sum, day) => sum + day.right, 0);
  return (
    <>
      <figure className="mt-4">
        <div aria-hidden="true" className="grid grid-cols-[2rem_1fr] text-xs text-zinc-600 tabular-nums dark:text-zinc-400">
          <div className="relative h-40">
            {[top, top / 2, 0].map((tick, index) => (
              <span key={tick} className="absolute right-2 -translate-y-1/2" style={{ top: `${index * 50}%` }}>
                {tick}
              </span>
            ))}
          </div>
          <svg viewBox="0 0 100 100" preserveAspectRatio="none" className="block h-40 w-full overflow-visible" focusable="false">
            {[0, 50, 100].map((y) => (
              <line key={y} x1="0" x2="100" y1={y} y2={y} stroke="currentColor" strokeOpacity={y === 100 ? 0.9 : 0.3} vectorEffect="non-scaling-stroke" />
            ))}
            {series.map((day, index) => {
              if (day.count === 0) return null;
              const x = index * slot + slot * 0.15;
              const rightHeight = (day.right / top) * 100;
              const wrongHeight = ((day.count - day.right) / top) * 100;
              return (
                <g key={day.day}>
                  <title>{`${dayLabel(day.day)}: ${day.count} answers, ${day.right} right, ${day.count - day.right} wrong`}</title>
                  {day.right ? (
                    <rect x={x} width={slot * 0.7} y={100 - rightHeight} height={rightHeight} className="fill-emerald-700 dark:fill-emerald-400" />
                  ) : null}
                  {day.count > day.right ? (
                    <rect
                      x={x}
                      width={slot * 0.7}
                      y={100 - rightHeight - wrongHeight}
                      height={wrongHeight}
                      className="fill-amber-100 stroke-amber-700 dark:fill-amber-950 dark:stroke-amber-400"
                      strokeWidth="2"
                      vectorEffect="non-scaling-stroke"
                    />
                  ) : null}
                </g>
              );
            })}
          </svg>
          <div />
          <div className="relative mt-1 h-4">
            {ready
              ? series.map((day, index) =>
                  index % 7 === 1 || index === series.length - 1 ? (
                    <span
                      key={day.day}
                      className={cn('absolute whitespace-nowrap', index === series.length - 1 ? '-translate-x-full' : '-translate-x-1/2')}
                      style={{ left: `${index === series.length - 1 ? 100 : (index + 0.5) * slot}%` }}
                    >
                      {index === series.length - 1 ? 'Today' : dayLabel(day.day)}
                    </span>
                  ) : null,
                )
              : null}
          </div>
        </div>
        <ul aria-hidden="true" className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm text-zinc-700 dark:text-zinc-300">
          <li className="flex items-center gap-2">
            <span className="inline-block h-3 w-4 rounded-sm bg-emerald-700 dark:bg-emerald-400" />
            Right
          </li>
          <li className="flex items-center gap-2">
            <span className="inline-block h-3 w-4 rounded-sm border-2 border-amber-700 bg-amber-100 dark:border-amber-400 dark:bg-amber-950" />
            Wrong (pale, outlined)
          </li>
        </ul>
        <figcaption className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
          {pluralise(total, 'answer')} on {pluralise(activeDays, 'day')} of the last {series.length}
          {total ? `: ${right} right, ${total - right} wrong` : ''}.
        </figcaption>
      </figure>
      <Disclosure summary="Answers per day as a table" printOpen className="mt-3">
        <div className="px-4 pb-3">
          <table className="w-full text-left text-sm tabular-nums">
            <caption className="sr-only">Answers per day, last {series.length} days</caption>
            <thead>
              <tr className="border-b border-zinc-200 dark:border-zinc-800">
                <th scope="col" className="py-1 font-semibold">
                  Day
                </th>
                <th scope="col" className="py-1 text-right font-semibold">
                  Answers
                </th>
                <th scope="col" className="py-1 text-right font-semibold">
                  Right
                </th>
                <th scope="col" className="py-1 text-right font-semibold">
                  Wrong
                </th>
              </tr>
            </thead>
            <tbody>
              {series.map((day) => (
                <tr key={day.day} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800/60">
                  <th scope="row" className="py-1 font-normal">
                    {ready ? <time dateTime={day.day}>{dayLabel(day.day, { weekday: 'short', day: 'numeric', month: 'short' })}</time> : null}
                  </th>
                  <td className="py-1 text-right">{day.count}</td>
                  <td className="py-1 text-right">{day.right}</td>
                  <td className="py-1 text-right">{day.count - day.right}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Disclosure>
    </>
  );
}
