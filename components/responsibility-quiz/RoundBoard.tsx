'use client';
/** The card pool and the zones of one round, inside the drag-and-drop context, with each card in its current form. */
import { DndContext, DragOverlay } from '@dnd-kit/core';
import { POOL_LABEL, SCREEN_READER_INSTRUCTIONS, ZONE_HINTS, ZONE_LABELS } from '@/lib/quiz/announce';
import { cardsAt } from '@/lib/quiz/round';
import type { CardResult } from '@/lib/quiz/scoring';
import { POOL, type Location, type QuizRound } from '@/lib/quiz/types';
import { DropZone } from './DropZone';
import { DraggableCard, HeldCard, LockedCard } from './QuizCards';
import { useReducedMotion } from './useReducedMotion';
import { useRoundDrag } from './useRoundDrag';
import type { useRoundPanel } from './useRoundPanel';
import { cn } from '@/components/ui/cn';

type Props = {
  round: QuizRound;
  panel: ReturnType<typeof useRoundPanel>;
  /** Per card, once the round is checked. */
  results: Map<string, CardResult>;
  /** A graded attempt: marks without the right zone; explanations only when the assignment gives them. */
  graded?: { explain: boolean } | null;
  zoneHeadingLevel: 3 | 4;
};

function emptyText(location: Location, sorting: boolean): string {
  if (location === POOL) return sorting ? 'Every card is placed. Check your answers when you are ready.' : 'No cards left here.';
  return sorting ? 'Drop cards here.' : 'No cards here.';
}

export function RoundBoard({ round, panel, results, zoneHeadingLevel, graded = null }: Props) {
  const { state, ids, cards, selected, label, apply } = panel;
  const reducedMotion = useReducedMotion();
  const drag = useRoundDrag({
    zones: round.zones,
    label,
    locationOf: panel.locationOf,
    onPickUp: panel.pickUp,
    onDrop: (card, to) => apply({ type: 'drop', card, to }),
  });
  const sorting = state.phase === 'sorting';
  const locations: Location[] = [POOL, ...round.zones];
  const floating = drag.floatingId ? cards.get(drag.floatingId) : undefined;
  const carried = drag.carriedId ? cards.get(drag.carriedId) : undefined;

  // From a selected card in the pool to the first zone's "Place … here" button, which then has focus.
  const goToZones = (from: Location) => {
    const zone = round.zones.find((candidate) => candidate !== from);
    const button = zone ? document.getElementById(ids.control(`place-${zone}`)) : null;
    button?.focus({ preventScroll: true });
    button?.scrollIntoView({ block: 'center' });
  };

  const renderCards = (location: Location) => {
    const here = cardsAt(state, location);
    if (here.length === 0) {
      return (
        <p className="flex min-h-16 flex-1 items-center justify-center rounded-lg px-3 text-center text-sm text-zinc-600 dark:text-zinc-400">
          {emptyText(location, sorting)}
        </p>
      );
    }
    return (
      <ul className={location === POOL ? 'grid gap-2 sm:grid-cols-2' : 'grid gap-2'} aria-labelledby={ids.zoneHeading(location)}>
        {here.map((cardId) => {
          const card = cards.get(cardId)!;
          if (!sorting) {
            const result = results.get(cardId);
            const explain = graded ? graded.explain && result?.status === 'wrong' : state.phase === 'solution' || result?.status === 'wrong';
            return <LockedCard key={cardId} card={card} result={result} showExplanation={explain} reveal={!graded} />;
          }
          return (
            <DraggableCard
              key={cardId}
              card={card}
              location={location}
              ids={ids}
              selected={selected === cardId}
              moveOptions={locations
                .filter((option) => option !== location)
                .map((option) => ({ location: option, text: option === POOL ? 'Back to the card pool' : ZONE_LABELS[option] }))}
              onToggleSelect={panel.toggleSelect}
              onMove={(id, to) => apply({ type: 'place', card: id, to, focus: 'move' })}
              onGoToZones={location === POOL ? () => goToZones(location) : undefined}
            />
          );
        })}
      </ul>
    );
  };

  const zoneProps = (location: Location) => ({
    location,
    headingLevel: zoneHeadingLevel,
    headingId: ids.zoneHeading(location),
    disabled: !sorting,
    carried: carried && panel.locationOf(carried.id) !== location ? <HeldCard card={carried} /> : null,
    placeableCard: selected && panel.locationOf(selected) !== location ? label(selected) : null,
    placeButtonId: ids.control(`place-${location}`),
    onPlaceHere: () => selected && apply({ type: 'place', card: selected, to: location, focus: 'handle' }),
  });

  return (
    <DndContext
      id={ids.dnd}
      {...drag.context}
      accessibility={{ announcements: drag.announcements, screenReaderInstructions: { draggable: SCREEN_READER_INSTRUCTIONS } }}
    >
      <div className="mt-4 grid gap-4">
        <DropZone {...zoneProps(POOL)} title={sorting ? `${POOL_LABEL} (${cardsAt(state, POOL).length} left)` : POOL_LABEL} className="min-h-28">
          {renderCards(POOL)}
        </DropZone>
        <div className={cn('grid gap-4', round.zones.length === 3 ? 'md:grid-cols-3' : 'sm:grid-cols-2')}>
          {round.zones.map((zone) => (
            <DropZone key={zone} {...zoneProps(zone)} title={ZONE_LABELS[zone]} hint={ZONE_HINTS[zone]} className="min-h-40">
              {renderCards(zone)}
            </DropZone>
          ))}
        </div>
      </div>
      <DragOverlay dropAnimation={reducedMotion ? null : undefined}>{floating ? <HeldCard card={floating} /> : null}</DragOverlay>
    </DndContext>
  );
}
