/** What each mastery level means, how it decays, and when a learning day starts: derived from lib/review/mastery.ts. */
import { DAY_STARTS_AT_HOUR } from '@/lib/review/days';
import { MASTERY_DEFINITIONS, MASTERY_LABELS, MASTERY_LEVELS } from '@/lib/review/mastery';

export function MasteryLevels() {
  return (
    <details className="mt-3 text-zinc-700 dark:text-zinc-300">
      <summary className="cursor-pointer font-medium">What the levels mean</summary>
      <dl className="mt-2 grid gap-1.5">
        {MASTERY_LEVELS.map((level) => (
          <div key={level}>
            <dt className="inline font-semibold text-zinc-950 dark:text-white">{MASTERY_LABELS[level]}: </dt>
            <dd className="inline">{MASTERY_DEFINITIONS[level]}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2">
        Recall is the chance, from your review schedule, that you would answer right now: it falls day by day after each review, so a level drops when reviews
        go overdue. A question whose latest answer was wrong counts as not remembered until you answer it right. A day (for the streak and what is due) starts
        at {DAY_STARTS_AT_HOUR} am your time, and each answer counts on the day it was given where you were.
      </p>
    </details>
  );
}
