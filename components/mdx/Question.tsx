/**
 * A "check yourself" question with its answer behind a disclosure. Question, answer and explanation
 * stay together so the self-quiz mode can reuse them.
 */
import { Disclosure } from '@/components/ui/Disclosure';

export function Question({ prompt, children }: { prompt: string; children: React.ReactNode }) {
  return (
    <Disclosure
      variant="card"
      className="not-prose my-4"
      summary={
        <span>
          {prompt}
          <span className="ml-2 text-sm font-normal text-zinc-600 group-open:hidden dark:text-zinc-400">Show answer</span>
        </span>
      }
    >
      <div className="prose prose-zinc max-w-none px-4 pb-4 pl-11 text-[0.975rem] dark:prose-invert prose-a:text-accent-700 dark:prose-a:text-accent-300">
        {children}
      </div>
    </Disclosure>
  );
}
