/**
 * A "check yourself" question with its answer behind a disclosure. Question, answer and explanation
 * stay together so the self-quiz mode can reuse them.
 */
export function Question({ prompt, children }: { prompt: string; children: React.ReactNode }) {
  return (
    <details className="not-prose group my-4 rounded-lg border border-zinc-200 bg-white open:bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900/40 dark:open:bg-zinc-900">
      <summary className="flex cursor-pointer list-none items-start gap-3 rounded-lg px-4 py-3 font-medium text-zinc-900 marker:hidden dark:text-zinc-50 [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-1 h-4 w-4 shrink-0 transition-transform group-open:rotate-90" fill="currentColor">
          <path d="M7 4l7 6-7 6z" />
        </svg>
        <span>
          {prompt}
          <span className="ml-2 text-sm font-normal text-zinc-600 group-open:hidden dark:text-zinc-400">Show answer</span>
        </span>
      </summary>
      <div className="prose prose-zinc max-w-none px-4 pb-4 pl-11 text-[0.975rem] dark:prose-invert prose-a:text-accent-700 dark:prose-a:text-accent-300">
        {children}
      </div>
    </details>
  );
}
