/**
 * What each move in a round's panel does: a card placed from a button or a drop, Check answers, Try again,
 * Shuffle, Show solution. One pure step returns the state to save, what a screen reader hears, the notice under
 * the buttons, where focus goes next and, for a check, the score to record; RoundPanel only applies it.
 */
import { pluralise } from '../format';
import { announce } from './announce';
import { cardsAt, checkRound, moveCard, showSolution, shuffleRound, tryAgain, type RoundState } from './round';
import type { RoundScore } from './scoring';
import type { RandomSource } from './shuffle';
import { POOL, type Location, type QuizCard, type QuizRound } from './types';

/** The panel's buttons that focus can move to. */
export type PanelControl = 'check' | 'try-again' | 'shuffle' | 'next';

/** Where focus goes after a move: a card's handle or its Move to… button, or one of the panel's buttons. */
export type PanelFocus = { card: string; part: 'handle' | 'move' } | { control: PanelControl };

export type PanelAction =
  /** A card placed with its Move to… menu ("move") or a zone's Place here button ("handle"). */
  | { type: 'place'; card: string; to: Location; focus: 'handle' | 'move' }
  /** A card dropped by dragging (dnd-kit announces the drop itself). */
  | { type: 'drop'; card: string; to: Location }
  | { type: 'check' }
  | { type: 'try-again' }
  | { type: 'shuffle'; random?: RandomSource }
  | { type: 'show-solution' };

export type PanelOutcome = {
  /** The state to save: the very same object when nothing changed. */
  state: RoundState;
  /** For the live region; absent leaves the last message. */
  message?: string;
  /** The notice under the buttons; absent leaves it as it is. */
  notice?: string;
  /** Let go of the selected card. */
  deselect: boolean;
  focus?: PanelFocus;
  /** Set by a check that scored the round: the result to record once. */
  checked?: RoundScore;
};

export type PanelContext = {
  round: Pick<QuizRound, 'id' | 'zones'> & { cards: Pick<QuizCard, 'id' | 'answer'>[] };
  /** A perfect check focuses "Next round" when there is one, else Shuffle. */
  hasNextRound: boolean;
  label: (cardId: string) => string;
};

export const NOTHING_PLACED = 'Place at least one card in a zone, then check your answers.';

export function roundPanelStep(state: RoundState, action: PanelAction, { round, hasNextRound, label }: PanelContext): PanelOutcome {
  switch (action.type) {
    case 'place': {
      const next = moveCard(state, round, action.card, action.to);
      if (next === state) return { state, notice: '', deselect: true };
      return {
        state: next,
        notice: '',
        deselect: true,
        message: announce.moved(label(action.card), action.to),
        focus: { card: action.card, part: action.focus },
      };
    }
    case 'drop':
      return { state: moveCard(state, round, action.card, action.to), deselect: false };
    case 'check': {
      if (Object.keys(state.placements).length === 0) return { state, notice: NOTHING_PLACED, deselect: false };
      const checked = checkRound(state, round);
      const perfect = isPerfect(checked.score);
      return {
        state: checked.state,
        notice: '',
        deselect: true,
        checked: checked.score,
        focus: { control: perfect ? (hasNextRound ? 'next' : 'shuffle') : 'try-again' },
      };
    }
    case 'try-again': {
      const next = tryAgain(state, round);
      const returned = cardsAt(next, POOL);
      const first = returned[0];
      return {
        state: next,
        deselect: false,
        message: `${pluralise(returned.length, 'card')} back in the card pool; the correct ones stay where they are.`,
        focus: first ? { card: first, part: 'handle' } : { control: 'check' },
      };
    }
    case 'shuffle': {
      const next = shuffleRound(round, action.random);
      return {
        state: next,
        notice: '',
        deselect: true,
        message: 'Cards shuffled. Every card is back in the card pool.',
        focus: { card: next.order[0], part: 'handle' },
      };
    }
    case 'show-solution':
      return { state: showSolution(state, round), notice: '', deselect: true, focus: { control: 'shuffle' } };
  }
}

/** A checked round is a review item in the self-quiz queue: every card right counts as a right answer. */
export function isPerfect(score: Pick<RoundScore, 'correct' | 'max'>): boolean {
  return score.correct === score.max;
}
