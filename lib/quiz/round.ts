/**
 * The state of one round as it is saved in the learner store, the moves a learner can make, and the guard
 * that decides whether a saved round still fits the current data. Pure: the widget only wires clicks to it.
 */
import { isOneOf, isRecord, type Guard } from '../guards';
import { keepCorrect, scoreRound, solutionPlacements, type Placements, type RoundScore } from './scoring';
import { seededRandom, shuffle, type RandomSource } from './shuffle';
import { OWNERS, POOL, type Location, type Owner, type QuizCard, type QuizRound } from './types';

/** Bump when the saved shape changes: older slices then fail the guard and the round starts fresh. */
export const ROUND_STATE_VERSION = 1;

/** "sorting" while cards can move; "checked" shows right/wrong; "solution" shows the answer key. */
export const PHASES = ['sorting', 'checked', 'solution'] as const;
export type Phase = (typeof PHASES)[number];

export type RoundState = {
  version: typeof ROUND_STATE_VERSION;
  /** Every card id once, in display order (the pool and each zone list their cards in this order). */
  order: string[];
  placements: Placements;
  phase: Phase;
};

export type ParseResult<T> = { status: 'ok'; value: T } | { status: 'invalid'; message: string };

/** The learner-store key for a round's slice. */
export function roundStorageKey(roundId: string): string {
  return `quiz:${roundId}`;
}

type RoundShape = Pick<QuizRound, 'id' | 'zones'> & { cards: Pick<QuizCard, 'id' | 'answer'>[] };

/**
 * A new round with every card in the pool. Without a random source the order is seeded by the round id,
 * so the server-rendered first frame and the browser agree.
 */
export function freshRound(round: RoundShape, random: RandomSource = seededRandom(round.id)): RoundState {
  return {
    version: ROUND_STATE_VERSION,
    order: shuffle(
      round.cards.map((card) => card.id),
      random,
    ),
    placements: {},
    phase: 'sorting',
  };
}

export function locationOf(state: RoundState, cardId: string): Location {
  return state.placements[cardId] ?? POOL;
}

/** Card ids at a location, in display order. */
export function cardsAt(state: RoundState, location: Location): string[] {
  return state.order.filter((cardId) => locationOf(state, cardId) === location);
}

/** Move a card to a zone or back to the pool. Ignored once the round is checked, or for unknown cards and zones. */
export function moveCard(state: RoundState, round: RoundShape, cardId: string, to: Location): RoundState {
  if (state.phase !== 'sorting' || !state.order.includes(cardId)) return state;
  if (to !== POOL && !round.zones.includes(to)) return state;
  if (locationOf(state, cardId) === to) return state;
  const placements = { ...state.placements };
  if (to === POOL) delete placements[cardId];
  else placements[cardId] = to;
  return { ...state, placements };
}

/** "Check answers": lock the cards and score them. */
export function checkRound(state: RoundState, round: RoundShape): { state: RoundState; score: RoundScore } {
  return { state: { ...state, phase: 'checked' }, score: scoreRound(round.cards, state.placements) };
}

/** "Try again": correct cards stay, wrong ones return to the pool, and sorting resumes. */
export function tryAgain(state: RoundState, round: RoundShape): RoundState {
  return { ...state, placements: keepCorrect(round.cards, state.placements), phase: 'sorting' };
}

/** "Show solution": every card in its answer zone, locked. */
export function showSolution(state: RoundState, round: RoundShape): RoundState {
  return { ...state, placements: solutionPlacements(round.cards), phase: 'solution' };
}

/** "Shuffle": start the round again with a new order and every card back in the pool. */
export function shuffleRound(round: RoundShape, random: RandomSource = Math.random): RoundState {
  return freshRound(round, random);
}

/**
 * The location the arrow keys go to next while a card is held: the pool first, then the zones in display
 * order. Stops at either end rather than wrapping, so "right, right, right" always ends on the last zone.
 */
export function neighbourLocation(zones: readonly Owner[], from: Location, step: 1 | -1): Location {
  const order: Location[] = [POOL, ...zones];
  const index = Math.max(0, order.indexOf(from));
  return order[Math.min(order.length - 1, Math.max(0, index + step))];
}

/** Check a saved slice against the round it claims to be: same cards, known zones, current version. */
export function parseRoundState(value: unknown, round: RoundShape): ParseResult<RoundState> {
  if (!isRecord(value)) return { status: 'invalid', message: 'not an object' };
  if (value.version !== ROUND_STATE_VERSION) return { status: 'invalid', message: `version ${String(value.version)}, expected ${ROUND_STATE_VERSION}` };
  if (!isOneOf(PHASES)(value.phase)) return { status: 'invalid', message: 'unknown phase' };
  const ids = round.cards.map((card) => card.id);
  const { order, placements } = value;
  if (!Array.isArray(order) || order.length !== ids.length || !ids.every((cardId) => order.includes(cardId))) {
    return { status: 'invalid', message: 'the card order does not match this round' };
  }
  if (!isRecord(placements)) return { status: 'invalid', message: 'placements is not an object' };
  for (const [cardId, zone] of Object.entries(placements)) {
    if (!ids.includes(cardId)) return { status: 'invalid', message: `unknown card "${cardId}"` };
    if (!isOneOf(OWNERS)(zone) || !round.zones.includes(zone)) return { status: 'invalid', message: `card "${cardId}" is in an unknown zone` };
  }
  return {
    status: 'ok',
    value: { version: ROUND_STATE_VERSION, order: [...order] as string[], placements: { ...(placements as Placements) }, phase: value.phase },
  };
}

/** The same check as a guard, for useWidgetState. */
export function roundStateGuard(round: RoundShape): Guard<RoundState> {
  return (value): value is RoundState => parseRoundState(value, round).status === 'ok';
}

/** The remembered active round (which tab was open), kept in its own slice. */
export const ACTIVE_ROUND_KEY = 'quiz:active';
export type ActiveRound = { version: typeof ROUND_STATE_VERSION; round: string };
export const isActiveRound: Guard<ActiveRound> = (value): value is ActiveRound =>
  isRecord(value) && value.version === ROUND_STATE_VERSION && typeof value.round === 'string';
