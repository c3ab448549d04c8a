'use client';
/** "Follow a request": one button walks the request hop by hop; a live region reads out each hop's sentence. */
import { actionLabel, announcement, IDLE, type RequestState } from '@/lib/diagrams/request';
import type { RequestHop } from '@/lib/diagrams/types';
import { Button } from '@/components/ui/Button';
import { cn } from '@/components/ui/cn';

type Props = {
  hops: RequestHop[];
  state: RequestState;
  onChange: (next: RequestState) => void;
  onAdvance: () => void;
  labelOf: (id: string) => string;
};

export function RequestStepper({ hops, state, onChange, onAdvance, labelOf }: Props) {
  const message = announcement(state, hops, labelOf);
  return (
    <div className="rounded-lg border border-zinc-200 px-4 py-3 dark:border-zinc-800">
      <div className="flex flex-wrap items-center gap-3">
        {/* One button whose label changes, so keyboard focus stays put from the first hop to the last. */}
        <Button onClick={onAdvance}>{actionLabel(state, hops)}</Button>
        {state.status === 'hop' ? (
          <Button variant="outline" onClick={() => onChange(IDLE)}>
            Stop
          </Button>
        ) : null}
        {state.status === 'idle' ? (
          <span className="text-sm text-zinc-700 dark:text-zinc-300">Trace one request from a user to the container, one hop at a time.</span>
        ) : null}
      </div>
      <p role="status" className={cn('text-[0.975rem] leading-7 text-zinc-800 dark:text-zinc-200', message && 'mt-2')}>
        {state.status === 'done' ? <span className="font-semibold text-zinc-950 dark:text-white">Done. </span> : null}
        {message}
      </p>
    </div>
  );
}
