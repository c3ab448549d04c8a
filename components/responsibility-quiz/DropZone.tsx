'use client';
/** A place a card can go: the card pool or one of the zones. A drop target, and a click target once a card is selected. */
import { useDroppable } from '@dnd-kit/core';
import type { MouseEvent, ReactNode } from 'react';
import type { Location } from '@/lib/quiz/types';
import type { CardDragData } from './dnd';
import { cn } from '@/components/ui/cn';

export const ZONE_STYLES: Record<Location, { box: string; title: string }> = {
  pool: {
    box: 'border-zinc-300 bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900/60',
    title: 'text-zinc-900 dark:text-zinc-100',
  },
  you: {
    box: 'border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/40',
    title: 'text-amber-900 dark:text-amber-200',
  },
  shared: {
    box: 'border-violet-300 bg-violet-50 dark:border-violet-800 dark:bg-violet-950/40',
    title: 'text-violet-900 dark:text-violet-200',
  },
  aws: {
    box: 'border-sky-300 bg-sky-50 dark:border-sky-800 dark:bg-sky-950/40',
    title: 'text-sky-900 dark:text-sky-200',
  },
};

type Props = {
  location: Location;
  title: string;
  /** A short line under the title, e.g. "AWS runs and patches it." */
  hint?: string;
  headingLevel: 3 | 4;
  headingId: string;
  /** Dropping is off once the round is checked. */
  disabled: boolean;
  /** While a card carried with the arrow keys comes from elsewhere: its copy, shown under the title when this place is the target. */
  carried: ReactNode;
  /** Label of the selected card when it can be placed here, which shows the "Place … here" button. */
  placeableCard: string | null;
  placeButtonId: string;
  onPlaceHere: () => void;
  className?: string;
  children: ReactNode;
};

export function DropZone({
  location,
  title,
  hint,
  headingLevel,
  headingId,
  disabled,
  carried,
  placeableCard,
  placeButtonId,
  onPlaceHere,
  className = '',
  children,
}: Props) {
  const { setNodeRef, isOver, active } = useDroppable({ id: location, disabled });
  const Heading = `h${headingLevel}` as const;
  const style = ZONE_STYLES[location];
  const highlighted = isOver && active !== null;
  const heldLabel = (active?.data.current as CardDragData | undefined)?.label;

  // With a card selected, a click anywhere in the zone places it (buttons inside keep their own meaning).
  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (!placeableCard || (event.target as Element).closest('button, [role="menu"]')) return;
    onPlaceHere();
  };

  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      onClick={onClick}
      className={[
        'relative flex flex-col rounded-xl border-2 p-3 motion-safe:transition-shadow',
        style.box,
        highlighted ? 'border-solid border-accent-600 ring-4 ring-accent-600/30 dark:border-accent-300 dark:ring-accent-300/30' : 'border-dashed',
        placeableCard ? 'cursor-pointer' : '',
        className,
      ].join(' ')}
    >
      <div data-zone-head="" className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 px-1 pb-2">
        <div>
          <Heading id={headingId} className={cn('text-base font-semibold', style.title)}>
            {title}
          </Heading>
          {hint ? <p className="text-sm text-zinc-700 dark:text-zinc-300">{hint}</p> : null}
        </div>
        {highlighted ? (
          <span aria-hidden="true" className="rounded-full bg-accent-700 px-2 py-0.5 text-xs font-semibold text-white dark:bg-accent-300 dark:text-zinc-950">
            {heldLabel ? `Drop “${heldLabel}” here` : 'Drop here'}
          </span>
        ) : null}
      </div>
      {highlighted && carried ? <div className="mb-2">{carried}</div> : null}
      {placeableCard ? (
        <button
          id={placeButtonId}
          type="button"
          onClick={onPlaceHere}
          aria-label={`Place “${placeableCard}” here: ${title}`}
          className="mb-2 inline-flex min-h-11 w-full items-center justify-center rounded-md border-2 border-accent-700 bg-white px-3 text-sm font-semibold text-accent-700 hover:bg-accent-50 dark:border-accent-300 dark:bg-zinc-900 dark:text-accent-300 dark:hover:bg-zinc-800"
        >
          Place “{placeableCard}” here
        </button>
      ) : null}
      {children}
    </section>
  );
}
