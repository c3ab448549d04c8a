'use client';
/**
 * One round of the quiz: the card pool, the zones, and the buttons. State lives in the learner store
 * (slice `quiz:<round>`), every change goes through the pure functions in lib/quiz, and a checked round
 * reports its result once per check.
 */
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { announce, POOL_LABEL, roundInstructions, SCREEN_READER_INSTRUCTIONS, ZONE_HINTS, ZONE_LABELS } from '@/lib/quiz/announce';
import {
  cardsAt,
  checkRound,
  freshRound,
  locationOf,
  moveCard,
  roundStateGuard,
  roundStorageKey,
  showSolution,
  shuffleRound,
  tryAgain,
  type RoundState,
} from '@/lib/quiz/round';
import { scoreDetails, scoreLine, scoreRound } from '@/lib/quiz/scoring';
import { POOL, type Location, type QuizRound } from '@/lib/quiz/types';
import { pluralise } from '@/lib/format';
import { makeResult } from '@/lib/results';
import { recordResult } from '@/components/learner/recordResult';
import { getLearnerStore, useLearnerState } from '@/components/learner/useLearnerState';
import { useWidgetState } from '@/components/learner/useWidgetState';
import { setWidgetState } from '@/lib/learner-store';
import { createKeyboardTarget, dragAnnouncements, MouseAndPenSensor, zoneCollisions, zoneKeyboardCoordinates, type KeyboardTarget } from './dnd';
import { DropZone } from './DropZone';
import { DraggableCard, HeldCard, LockedCard, type CardIds } from './QuizCards';
import { useReducedMotion } from './useReducedMotion';

export const RESULT_WIDGET = 'responsibility-quiz';

type Props = {
  round: QuizRound;
  lesson: string;
  headingLevel: 2 | 3;
  nextRound?: { title: string; go: () => void };
};

// A mouse drag starts after 6 px of movement, so a click still selects the card.
const MOUSE_OPTIONS = { activationConstraint: { distance: 6 } };
// Touch: press and hold to pick up. A quick swipe across the cards still scrolls the page, and a tap still selects.
const TOUCH_OPTIONS = { activationConstraint: { delay: 250, tolerance: 8 } };

const BUTTON = 'inline-flex min-h-11 items-center justify-center rounded-md px-4 font-semibold';
const PRIMARY = `${BUTTON} bg-accent-700 text-white hover:bg-accent-600 dark:bg-accent-300 dark:text-zinc-950 dark:hover:bg-accent-400`;
const SECONDARY = `${BUTTON} border border-zinc-300 bg-white text-zinc-900 hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800`;

export function RoundPanel({ round, lesson, headingLevel, nextRound }: Props) {
  const uid = useId();
  const storageKey = roundStorageKey(round.id);
  const guard = useMemo(() => roundStateGuard(round), [round]);
  const [saved, save] = useWidgetState(storageKey, guard);
  const initial = useMemo(() => freshRound(round), [round]);
  const state: RoundState = saved ?? initial;
  const cards = useMemo(() => new Map(round.cards.map((card) => [card.id, card])), [round]);
  const reducedMotion = useReducedMotion();

  // A saved slice that no longer fits this round (corrupt, old version, changed cards) is thrown away.
  const raw = useLearnerState((learner) => learner.widgets[storageKey]);
  useEffect(() => {
    if (raw !== undefined && !guard(raw)) getLearnerStore().update((learner) => setWidgetState(learner, storageKey, undefined));
  }, [raw, guard, storageKey]);

  const [heldId, setHeldId] = useState<string | null>(null);
  // Keyboard drags highlight the target zone instead of floating a copy of the card.
  const [heldByKeyboard, setHeldByKeyboard] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [notice, setNotice] = useState('');
  // Written by the keyboard sensor and read by collision detection, both outside rendering.
  const [keyboardTarget] = useState<KeyboardTarget>(createKeyboardTarget);
  // A moved card is a new element in its new list, so focus moves once the DOM has caught up.
  const [focusRequest, requestFocus] = useState<{ id: string } | null>(null);

  const ids: CardIds = useMemo(
    () => ({ handle: (id) => `${uid}-card-${id}`, move: (id) => `${uid}-move-${id}`, hint: (id) => `${uid}-hint-${id}` }),
    [uid],
  );
  const controlId = (name: string) => `${uid}-${name}`;
  const headingId = (location: Location) => `${uid}-zone-${location}`;

  useEffect(() => {
    if (focusRequest) document.getElementById(focusRequest.id)?.focus();
  }, [focusRequest]);

  // Escape lets go of a selected card.
  useEffect(() => {
    if (!selectedId) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setSelectedId(null);
      setMessage(announce.deselected(cards.get(selectedId)?.label ?? selectedId));
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [selectedId, cards]);

  const sorting = state.phase === 'sorting';
  const score = state.phase === 'checked' ? scoreRound(round.cards, state.placements) : null;
  const results = new Map(score?.results.map((result) => [result.id, result]));
  const labelOf = useCallback((id: string | number) => cards.get(String(id))?.label ?? String(id), [cards]);

  const place = (cardId: string, to: Location, focus: 'handle' | 'move') => {
    const next = moveCard(state, round, cardId, to);
    setSelectedId(null);
    setNotice('');
    if (next === state) return;
    save(next);
    setMessage(announce.moved(labelOf(cardId), to));
    requestFocus({ id: focus === 'move' ? ids.move(cardId) : ids.handle(cardId) });
  };

  const toggleSelect = (cardId: string) => {
    if (selectedId === cardId) {
      setSelectedId(null);
      setMessage(announce.deselected(labelOf(cardId)));
      return;
    }
    setSelectedId(cardId);
    setMessage(announce.selected(labelOf(cardId)));
  };

  const keyboardOptions = useMemo(() => ({ coordinateGetter: zoneKeyboardCoordinates(round.zones, keyboardTarget) }), [round.zones, keyboardTarget]);
  const sensors = useSensors(useSensor(MouseAndPenSensor, MOUSE_OPTIONS), useSensor(TouchSensor, TOUCH_OPTIONS), useSensor(KeyboardSensor, keyboardOptions));
  const collisionDetection = useMemo(() => zoneCollisions(keyboardTarget), [keyboardTarget]);

  const announcements = useMemo(() => dragAnnouncements(labelOf), [labelOf]);

  const onDragStart = ({ active, activatorEvent }: DragStartEvent) => {
    setHeldId(String(active.id));
    setSelectedId(null);
    setNotice('');
    // Keyboard drags start "over" the card's own place; pointer drags follow the pointer.
    const byKeyboard = activatorEvent instanceof KeyboardEvent;
    setHeldByKeyboard(byKeyboard);
    keyboardTarget.set(byKeyboard ? locationOf(state, String(active.id)) : null);
  };

  const endDrag = () => {
    setHeldId(null);
    keyboardTarget.set(null);
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    endDrag();
    if (!over) return;
    const next = moveCard(state, round, String(active.id), over.id as Location);
    if (next !== state) save(next);
  };

  const onCheck = () => {
    if (Object.keys(state.placements).length === 0) {
      setNotice('Place at least one card in a zone, then check your answers.');
      return;
    }
    const checked = checkRound(state, round);
    save(checked.state);
    setSelectedId(null);
    setNotice('');
    recordResult(makeResult({ widget: RESULT_WIDGET, lesson, score: checked.score.correct, max: checked.score.max }));
    const perfect = checked.score.correct === checked.score.max;
    requestFocus({ id: controlId(perfect ? (nextRound ? 'next' : 'shuffle') : 'try-again') });
  };

  const onTryAgain = () => {
    const next = tryAgain(state, round);
    save(next);
    const returned = cardsAt(next, POOL).length;
    setMessage(`${pluralise(returned, 'card')} back in the card pool; the correct ones stay where they are.`);
    const [first] = cardsAt(next, POOL);
    requestFocus({ id: first ? ids.handle(first) : controlId('check') });
  };

  const onShuffle = () => {
    const next = shuffleRound(round);
    save(next);
    setSelectedId(null);
    setNotice('');
    setMessage('Cards shuffled. Every card is back in the card pool.');
    requestFocus({ id: ids.handle(next.order[0]) });
  };

  const onShowSolution = () => {
    save(showSolution(state, round));
    setSelectedId(null);
    setNotice('');
    requestFocus({ id: controlId('shuffle') });
  };

  const locations: Location[] = [POOL, ...round.zones];
  const selected = selectedId && sorting ? selectedId : null;
  const held = heldId ? cards.get(heldId) : undefined;
  const Heading = `h${headingLevel}` as const;
  const zoneHeadingLevel = (headingLevel + 1) as 3 | 4;
  const poolCount = cardsAt(state, POOL).length;

  const renderCards = (location: Location) => {
    const here = cardsAt(state, location);
    if (here.length === 0) {
      return (
        <p className="flex min-h-16 flex-1 items-center justify-center rounded-lg px-3 text-center text-sm text-zinc-600 dark:text-zinc-400">
          {location === POOL
            ? sorting
              ? 'Every card is placed. Check your answers when you are ready.'
              : 'No cards left here.'
            : sorting
              ? 'Drop cards here.'
              : 'No cards here.'}
        </p>
      );
    }
    return (
      <ul className={location === POOL ? 'grid gap-2 sm:grid-cols-2' : 'grid gap-2'} aria-labelledby={headingId(location)}>
        {here.map((cardId) => {
          const card = cards.get(cardId)!;
          if (!sorting) {
            const result = results.get(cardId);
            return <LockedCard key={cardId} card={card} result={result} showExplanation={state.phase === 'solution' || result?.status === 'wrong'} />;
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
              onToggleSelect={toggleSelect}
              onMove={(id, to) => place(id, to, 'move')}
            />
          );
        })}
      </ul>
    );
  };

  const zoneProps = (location: Location) => ({
    location,
    headingLevel: zoneHeadingLevel,
    headingId: headingId(location),
    disabled: !sorting,
    placeableCard: selected && locationOf(state, selected) !== location ? labelOf(selected) : null,
    placeButtonId: controlId(`place-${location}`),
    onPlaceHere: () => selected && place(selected, location, 'handle'),
  });

  return (
    <div>
      <Heading className={headingLevel === 2 ? 'text-2xl font-bold tracking-tight text-zinc-950 dark:text-white' : 'text-xl font-semibold text-zinc-950 dark:text-white'}>
        {round.title}
      </Heading>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">{round.description}</p>
      <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
        {roundInstructions(round.zones)} Drag it, or select it and then choose a zone, or use its Move to… menu.
        With a keyboard: Space picks a card up, the arrow keys move it, Space drops it.
      </p>

      <DndContext
        id={`${uid}-dnd`}
        sensors={sensors}
        collisionDetection={collisionDetection}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={endDrag}
        accessibility={{ announcements, screenReaderInstructions: { draggable: SCREEN_READER_INSTRUCTIONS } }}
      >
        <div className="mt-4 grid gap-4">
          <DropZone {...zoneProps(POOL)} title={sorting ? `${POOL_LABEL} (${poolCount} left)` : POOL_LABEL} className="min-h-28">
            {renderCards(POOL)}
          </DropZone>
          <div className={`grid gap-4 ${round.zones.length === 3 ? 'md:grid-cols-3' : 'sm:grid-cols-2'}`}>
            {round.zones.map((zone) => (
              <DropZone key={zone} {...zoneProps(zone)} title={ZONE_LABELS[zone]} hint={ZONE_HINTS[zone]} className="min-h-40">
                {renderCards(zone)}
              </DropZone>
            ))}
          </div>
        </div>
        <DragOverlay dropAnimation={reducedMotion ? null : undefined}>{held && !heldByKeyboard ? <HeldCard card={held} /> : null}</DragOverlay>
      </DndContext>

      <div role="status" className="[&>*]:mt-4">
        {score ? (
          <p
            className={`rounded-lg border px-4 py-3 ${
              score.correct === score.max
                ? 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950/40 dark:text-emerald-100'
                : 'border-zinc-300 bg-zinc-50 text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100'
            }`}
          >
            <strong className="text-lg">{scoreLine(score)}.</strong> {scoreDetails(score)}
          </p>
        ) : null}
        {state.phase === 'solution' ? (
          <p className="rounded-lg border border-zinc-300 bg-zinc-50 px-4 py-3 text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100">
            The answer key is filled in, with the reason for each card. Shuffle to try the round again.
          </p>
        ) : null}
        {notice ? <p className="text-sm font-medium text-zinc-800 dark:text-zinc-200">{notice}</p> : null}
      </div>

      <div className="mt-4 flex flex-wrap gap-3">
        {sorting ? (
          <button id={controlId('check')} type="button" onClick={onCheck} className={PRIMARY}>
            Check answers
          </button>
        ) : null}
        {score && score.correct < score.max ? (
          <button id={controlId('try-again')} type="button" onClick={onTryAgain} className={PRIMARY}>
            Try again
          </button>
        ) : null}
        {state.phase !== 'solution' && !(score && score.correct === score.max) ? (
          <button id={controlId('solution')} type="button" onClick={onShowSolution} className={SECONDARY}>
            Show solution
          </button>
        ) : null}
        <button id={controlId('shuffle')} type="button" onClick={onShuffle} className={state.phase === 'solution' ? PRIMARY : SECONDARY}>
          Shuffle
        </button>
        {nextRound && !sorting ? (
          <button id={controlId('next')} type="button" onClick={nextRound.go} className={SECONDARY}>
            Next round: {nextRound.title}
          </button>
        ) : null}
      </div>

      <p aria-live="polite" className="sr-only">
        {message}
      </p>

      {round.omitted.length ? (
        <div className="mt-6 text-sm text-zinc-700 dark:text-zinc-300">
          <p className="font-semibold text-zinc-900 dark:text-zinc-100">Left out of this round</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {round.omitted.map((item) => (
              <li key={item.label}>
                <span className="font-medium">{item.label}:</span> {item.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="mt-4 text-sm text-zinc-700 dark:text-zinc-300">
        <span className="font-semibold text-zinc-900 dark:text-zinc-100">Sources for this round:</span>{' '}
        {round.sources.map((source, index) => (
          <span key={source.url}>
            {index > 0 ? '; ' : null}
            <a href={source.url} rel="noopener noreferrer" className="text-accent-700 underline underline-offset-2 dark:text-accent-300">
              {source.title}
            </a>
          </span>
        ))}
        .
      </p>
    </div>
  );
}
