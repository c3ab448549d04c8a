'use client';
/** A layer card in its three forms: draggable while sorting, the floating copy while held, and locked with feedback. */
import { useDraggable } from '@dnd-kit/core';
import { ZONE_LABELS } from '@/lib/quiz/announce';
import type { CardResult } from '@/lib/quiz/scoring';
import type { Location, QuizCard } from '@/lib/quiz/types';
import type { CardDragData } from './dnd';
import { CheckIcon } from '@/components/ui/icons/CheckIcon';
import { CrossIcon } from '@/components/ui/icons/CrossIcon';
import { DashIcon } from '@/components/ui/icons/DashIcon';
import { GripIcon } from '@/components/ui/icons/GripIcon';
import { InfoIcon } from '@/components/ui/icons/InfoIcon';
import { MoveMenu, type MoveOption } from './MoveMenu';

export type CardIds = {
  handle: (cardId: string) => string;
  move: (cardId: string) => string;
  hint: (cardId: string) => string;
};

const CARD_BOX = 'rounded-lg border bg-white shadow-sm dark:bg-zinc-900';

function join(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(' ');
}

/**
 * Grip, label and hint: what a card looks like, in the list and while held. A selected card's "Selected" mark sits
 * on its own line under the text, never beside the label, so a narrow zone does not squeeze the label to a word per line.
 */
function CardText({ card, hintId, selected = false }: { card: QuizCard; hintId?: string; selected?: boolean }) {
  return (
    <>
      <GripIcon className="mt-0.5 h-5 w-5 shrink-0 text-zinc-500 dark:text-zinc-400" />
      <span className="min-w-0">
        <span className="block leading-snug font-medium text-zinc-950 dark:text-zinc-50">{card.label}</span>
        <span id={hintId} aria-hidden="true" className="mt-0.5 block text-sm leading-snug text-zinc-600 dark:text-zinc-400">
          {card.hint}
        </span>
        {selected ? (
          <span
            aria-hidden="true"
            className="mt-1.5 inline-block rounded-full bg-accent-700 px-2 py-0.5 text-xs font-semibold text-white dark:bg-accent-300 dark:text-zinc-950"
          >
            Selected
          </span>
        ) : null}
      </span>
    </>
  );
}

type DraggableCardProps = {
  card: QuizCard;
  location: Location;
  ids: CardIds;
  selected: boolean;
  moveOptions: MoveOption[];
  onToggleSelect: (cardId: string) => void;
  onMove: (cardId: string, to: Location) => void;
  /** For a selected card: brings the zones' "Place … here" buttons into view (on a phone they are far below). */
  onGoToZones?: () => void;
};

/**
 * While sorting. The card's main button is the drag handle (pointer, touch and keyboard) and, on a click or
 * tap, selects the card so a zone can be chosen next; "Move to…" beside it places the card from a menu.
 */
export function DraggableCard({ card, location, ids, selected, moveOptions, onToggleSelect, onMove, onGoToZones }: DraggableCardProps) {
  const data: CardDragData = { label: card.label, from: location };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({ id: card.id, data });
  return (
    <li
      ref={setNodeRef}
      className={join(
        CARD_BOX,
        'flex flex-wrap items-stretch gap-x-1',
        // The card's place while it is held: dashed and flat, text still readable.
        isDragging
          ? 'border-dashed border-zinc-400 bg-zinc-100 shadow-none dark:border-zinc-500 dark:bg-zinc-800'
          : selected
            ? 'border-accent-600 ring-2 ring-accent-600 dark:border-accent-300 dark:ring-accent-300'
            : 'border-zinc-300 dark:border-zinc-600',
      )}
    >
      <button
        ref={setActivatorNodeRef}
        id={ids.handle(card.id)}
        type="button"
        {...attributes}
        {...listeners}
        aria-describedby={`${ids.hint(card.id)} ${attributes['aria-describedby']}`}
        onClick={() => onToggleSelect(card.id)}
        className={join(
          'flex min-h-11 min-w-40 flex-1 cursor-grab items-start gap-2 rounded-lg py-2.5 pr-1 pl-2 text-left select-none [-webkit-touch-callout:none] active:cursor-grabbing',
          // A held card must not scroll the page under the finger.
          isDragging && 'touch-none',
        )}
      >
        <CardText card={card} hintId={ids.hint(card.id)} selected={selected} />
      </button>
      <MoveMenu cardLabel={card.label} buttonId={ids.move(card.id)} options={moveOptions} onChoose={(to) => onMove(card.id, to)} />
      {selected && onGoToZones ? (
        <div className="w-full px-2 pb-2">
          <button
            type="button"
            onClick={onGoToZones}
            className="inline-flex min-h-11 w-full items-center justify-center gap-1 rounded-md bg-accent-700 px-3 text-sm font-semibold text-white hover:bg-accent-600 dark:bg-accent-300 dark:text-zinc-950 dark:hover:bg-accent-400"
          >
            Choose its zone<span className="sr-only">: go to the “Place here” buttons</span>
            <span aria-hidden="true">↓</span>
          </button>
        </div>
      ) : null}
    </li>
  );
}

/** The copy that follows the pointer or the arrow keys while a card is held. Hidden from assistive tech: announcements describe the move. */
export function HeldCard({ card }: { card: QuizCard }) {
  return (
    <div
      aria-hidden="true"
      className={join(
        CARD_BOX,
        'flex min-h-11 cursor-grabbing touch-none items-start gap-2 border-accent-600 py-2.5 pr-3 pl-2 shadow-xl ring-2 ring-accent-600 select-none dark:border-accent-300 dark:ring-accent-300',
      )}
    >
      <CardText card={card} />
    </div>
  );
}

const FEEDBACK = {
  correct: { box: 'border-l-4 border-l-emerald-600 dark:border-l-emerald-400', text: 'text-emerald-800 dark:text-emerald-300', Icon: CheckIcon },
  wrong: { box: 'border-l-4 border-l-red-600 dark:border-l-red-400', text: 'text-red-800 dark:text-red-300', Icon: CrossIcon },
  unanswered: { box: 'border-dashed', text: 'text-zinc-700 dark:text-zinc-300', Icon: DashIcon },
};

/** After "Check answers" or "Show solution": right or wrong in words and an icon (never colour alone), and why. */
/** `reveal` false (a graded attempt): "Wrong" without naming the right zone. */
export function LockedCard({
  card,
  result,
  showExplanation,
  reveal = true,
}: {
  card: QuizCard;
  result?: CardResult;
  showExplanation: boolean;
  reveal?: boolean;
}) {
  const style = result ? FEEDBACK[result.status] : null;
  const verdict =
    result?.status === 'correct'
      ? 'Correct'
      : result?.status === 'wrong'
        ? reveal
          ? `Wrong: this belongs in “${ZONE_LABELS[result.answer]}”`
          : 'Wrong'
        : result?.status === 'unanswered'
          ? 'Not placed'
          : null;
  return (
    <li
      className={join(
        CARD_BOX,
        'border-zinc-300 px-3 py-2.5 dark:border-zinc-600',
        style ? style.box : 'border-l-4 border-l-accent-600 dark:border-l-accent-300',
      )}
    >
      <p className="font-medium text-zinc-950 dark:text-zinc-50">{card.label}</p>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{card.hint}</p>
      {style && verdict ? (
        <p className={join('mt-1.5 flex items-start gap-1.5 text-sm font-semibold', style.text)}>
          <style.Icon className="mt-px h-4 w-4 shrink-0" />
          <span>{verdict}</span>
        </p>
      ) : null}
      {showExplanation ? (
        <p className="mt-1 flex items-start gap-1.5 text-sm text-zinc-800 dark:text-zinc-200">
          {!result ? <InfoIcon className="mt-px h-4 w-4 shrink-0 text-accent-700 dark:text-accent-300" /> : null}
          <span>{card.explanation}</span>
        </p>
      ) : null}
    </li>
  );
}
