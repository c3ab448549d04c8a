'use client';
/** "Put these steps in order" without dragging: each step has Move up and Move down buttons. */
import { useRef, useState } from 'react';
import { moveStep } from '@/lib/questions/grade';
import type { Question } from '@/lib/questions/schema';

type Props = { question: Extract<Question, { kind: 'order' }>; order: string[]; locked: boolean; onChange: (order: string[]) => void };

const moveButton =
  'inline-flex h-11 w-11 items-center justify-center rounded-md border border-zinc-300 text-zinc-900 hover:bg-zinc-100 disabled:opacity-40 dark:border-zinc-700 dark:text-zinc-100 dark:hover:bg-zinc-800';

export function OrderSteps({ question, order, locked, onChange }: Props) {
  const [said, setSaid] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const text = (id: string) => question.steps.find((step) => step.id === id)!.text;
  const move = (id: string, by: -1 | 1) => {
    const next = moveStep(order, id, by);
    onChange(next);
    const position = next.indexOf(id);
    setSaid(`${text(id)}: now step ${position + 1} of ${next.length}.`);
    // Keep focus on the same button of the moved step; at an end, on the button that still works.
    const edge = (by === -1 && position === 0) || (by === 1 && position === next.length - 1);
    requestAnimationFrame(() => list.current?.querySelector<HTMLButtonElement>(`[data-step="${id}"][data-dir="${edge ? -by : by}"]`)?.focus());
  };
  return (
    <>
      <ol ref={list} className="grid gap-2">
        {order.map((id, index) => (
          <li key={id} className="flex items-center gap-3 rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900">
            <span aria-hidden="true" className="w-6 shrink-0 text-center font-semibold text-zinc-600 dark:text-zinc-400">
              {index + 1}
            </span>
            <span className="min-w-0 flex-1">{text(id)}</span>
            {locked ? null : (
              <span className="flex shrink-0 gap-1">
                {([-1, 1] as const).map((by) => (
                  <button
                    key={by}
                    type="button"
                    data-step={id}
                    data-dir={by}
                    className={moveButton}
                    disabled={by === -1 ? index === 0 : index === order.length - 1}
                    aria-label={`Move “${text(id)}” ${by === -1 ? 'up' : 'down'}`}
                    onClick={() => move(id, by)}
                  >
                    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
                      <path d={by === -1 ? 'M5 12l5-5 5 5' : 'M5 8l5 5 5-5'} />
                    </svg>
                  </button>
                ))}
              </span>
            )}
          </li>
        ))}
      </ol>
      <p className="sr-only" aria-live="polite">
        {said}
      </p>
    </>
  );
}
