import type { Progress } from '@/lib/checklists/progress';
import { cn } from '@/components/ui/cn';

/** "3 of 9 done" with a bar; the text carries the meaning, the bar only repeats it. */
export function ProgressMeter({ id, label, progress, size = 'normal' }: { id: string; label: string; progress: Progress; size?: 'normal' | 'large' }) {
  const complete = progress.total > 0 && progress.done === progress.total;
  return (
    <div className="print:hidden">
      <p id={id} className={cn('flex flex-wrap items-baseline gap-x-2 text-zinc-700 dark:text-zinc-300', size === 'large' ? 'text-base' : 'text-sm')}>
        <span className="font-semibold text-zinc-900 dark:text-zinc-100">{label}</span>
        <span>
          {progress.done} of {progress.total} done ({progress.percent}%){complete ? ' · complete' : ''}
        </span>
      </p>
      <div
        role="progressbar"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
        aria-valuetext={`${progress.done} of ${progress.total} done`}
        className={cn('mt-1.5 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800', size === 'large' ? 'h-3' : 'h-2')}
      >
        <div
          className="h-full rounded-full bg-emerald-600 transition-[width] duration-300 motion-reduce:transition-none dark:bg-emerald-400"
          style={{ width: `${progress.total === 0 ? 0 : (progress.done / progress.total) * 100}%` }}
        />
      </div>
    </div>
  );
}
