/**
 * Answers per learning day over the last 30 days: a hand-made SVG bar chart (decorative for screen readers, which
 * get its summary and the table) and the same numbers as a table, read by screen readers and shown on paper.
 */
import type { DayCount } from '@/lib/review/progress';

const WIDTH = 600;
const HEIGHT = 180;
const PAD = { top: 12, right: 8, bottom: 26, left: 28 };

export const dayLabel = (day: string, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' }) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { ...options, timeZone: 'UTC' });

/** A round top for the axis: 4, then steps of 2, 5, 10... */
function axisTop(max: number): number {
  if (max <= 4) return 4;
  const step = max <= 10 ? 2 : max <= 50 ? 10 : 50;
  return Math.ceil(max / step) * step;
}

export function AnswersChart({ series, ready }: { series: DayCount[]; ready: boolean }) {
  const total = series.reduce((sum, day) => sum + day.count, 0);
  const top = axisTop(Math.max(0, ...series.map((day) => day.count)));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / series.length;
  const y = (value: number) => PAD.top + plotHeight - (value / top) * plotHeight;
  const activeDays = series.filter((day) => day.count > 0).length;
  return (
    <figure className="mt-4">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full text-zinc-500 dark:text-zinc-400" aria-hidden="true" focusable="false">
        {[0, top / 2, top].map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="currentColor" strokeOpacity={tick === 0 ? 0.9 : 0.3} />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" fontSize="11" fill="currentColor">
              {tick}
            </text>
          </g>
        ))}
        {series.map((day, index) => {
          const x = PAD.left + index * slot + slot * 0.15;
          const labelled = ready && (index % 7 === 1 || index === series.length - 1);
          return (
            <g key={index}>
              {day.count > 0 ? (
                <rect x={x} y={y(day.count)} width={slot * 0.7} height={y(0) - y(day.count)} rx="2" className="fill-accent-700 dark:fill-accent-300">
                  <title>{`${dayLabel(day.day)}: ${day.count} answers, ${day.right} right`}</title>
                </rect>
              ) : null}
              {labelled ? (
                <text x={x + slot * 0.35} y={HEIGHT - 8} textAnchor="middle" fontSize="11" fill="currentColor">
                  {index === series.length - 1 ? 'Today' : dayLabel(day.day)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
        {total} answer{total === 1 ? '' : 's'} on {activeDays} day{activeDays === 1 ? '' : 's'} of the last {series.length}. The table below has every day&rsquo;s numbers.
      </figcaption>
      <table className="sr-only mt-4 w-full text-left text-sm print:not-sr-only">
        <caption className="text-left font-medium">Answers per day, last {series.length} days</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Answers</th>
            <th scope="col">Right</th>
          </tr>
        </thead>
        <tbody>
          {series.map((day) => (
            <tr key={day.day}>
              <th scope="row">{ready ? <time dateTime={day.day}>{dayLabel(day.day, { weekday: 'short', day: 'numeric', month: 'short' })}</time> : null}</th>
              <td>{day.count}</td>
              <td>{day.right}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
