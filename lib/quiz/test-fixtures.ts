/**
 * Rounds the quiz unit tests share (imported by tests only): a Fargate-like round of four cards over three zones,
 * and helpers that place cards.
 */
import { moveCard, type RoundState } from './round';
import type { Owner } from './types';

type Round = { id: string; zones: Owner[]; cards: { id: string; answer: Owner }[] };

export const fargateRound: Round = {
  id: 'fargate',
  zones: ['you', 'shared', 'aws'],
  cards: [
    { id: 'application', answer: 'you' },
    { id: 'plugins', answer: 'shared' },
    { id: 'os', answer: 'aws' },
    { id: 'physical', answer: 'aws' },
  ],
};

/** The same round with one card for each owner (application, plugins, os). */
export const threeCardRound: Round = { ...fargateRound, cards: fargateRound.cards.slice(0, 3) };

/** Moves each named card to its zone, in order. */
export function placeCards(state: RoundState, round: Round, moves: Record<string, Owner>): RoundState {
  return Object.entries(moves).reduce((next, [card, zone]) => moveCard(next, round, card, zone), state);
}

/** Every card of the round in its right zone. */
export const answersOf = (round: Round): Record<string, Owner> => Object.fromEntries(round.cards.map((card) => [card.id, card.answer]));
