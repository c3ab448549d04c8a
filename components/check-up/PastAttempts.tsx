'use client';
/** Earlier check-up attempts, newest first: when, the score, and whether it passed. */
import type { PastAttempt } from '@/lib/learner/schema';

const when = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export function PastAttempts({ past }: { past: PastAttempt[] }) {
  if (past.length === 0) return null;
  return (
    <details className="mt-3 text-zinc-700 dark:text-zinc-300">
      <summary className="cursor-pointer font-medium">Earlier attempts ({past.length})</summary>
      <ul className="mt-2 list-disc pl-6">
        {[...past].reverse().map((attempt) => (
          <li key={attempt.endedAt}>
            <time dateTime={attempt.endedAt}>{when(attempt.endedAt)}</time>:{' '}
            {attempt.answered === attempt.max
              ? `${attempt.score} of ${attempt.max}, ${attempt.passed ? 'passed' : 'not passed'}`
              : `${attempt.answered} of ${attempt.max} answered, ${attempt.score} right (left unfinished)`}
          </li>
        ))}
      </ul>
    </details>
  );
}
