import { describe, expect, it } from 'vitest';
import {
  cardsAt,
  checkRound,
  freshRound,
  isActiveRound,
  locationOf,
  moveCard,
  neighbourLocation,
  parseRoundState,
  roundStateGuard,
  roundStorageKey,
  showSolution,
  shuffleRound,
  tryAgain,
  type RoundState,
} from './round';
import { fargateRound as round, placeCards } from './test-fixtures';
import type { Owner } from './types';

const twoZones = { ...round, id: 'ec2', zones: ['you', 'aws'] as Owner[] };
const placeAll = (state: RoundState, moves: Record<string, Owner>) => placeCards(state, round, moves);

describe('freshRound', () => {
  it('starts with every card in the pool, sorting, in a seeded order that is the same on server and browser', () => {
    const state = freshRound(round);
    expect(state.phase).toBe('sorting');
    expect(state.placements).toEqual({});
    expect([...state.order].sort()).toEqual(['application', 'os', 'physical', 'plugins']);
    expect(freshRound(round).order).toEqual(state.order);
    expect(cardsAt(state, 'pool')).toEqual(state.order);
  });

  it('shuffleRound uses the injected random source', () => {
    expect(shuffleRound(round, () => 0.999999).order).toEqual(['application', 'plugins', 'os', 'physical']);
    expect(shuffleRound(round, () => 0).order).toEqual(['plugins', 'os', 'physical', 'application']);
  });
});

describe('moveCard', () => {
  it('places a card, moves it between zones and back to the pool', () => {
    let state = moveCard(freshRound(round), round, 'os', 'you');
    expect(locationOf(state, 'os')).toBe('you');
    state = moveCard(state, round, 'os', 'aws');
    expect(cardsAt(state, 'aws')).toEqual(['os']);
    expect(cardsAt(state, 'you')).toEqual([]);
    state = moveCard(state, round, 'os', 'pool');
    expect(state.placements).toEqual({});
  });

  it('ignores unknown cards, zones the round does not offer, and moves to where the card already is', () => {
    const state = freshRound(twoZones);
    expect(moveCard(state, twoZones, 'ghost', 'you')).toBe(state);
    expect(moveCard(state, twoZones, 'plugins', 'shared')).toBe(state);
    expect(moveCard(state, twoZones, 'plugins', 'pool')).toBe(state);
  });

  it('is locked once the round is checked or solved', () => {
    const checked = checkRound(freshRound(round), round).state;
    expect(moveCard(checked, round, 'os', 'aws')).toBe(checked);
    const solved = showSolution(freshRound(round), round);
    expect(moveCard(solved, round, 'os', 'you')).toBe(solved);
  });
});

describe('check, try again, solution', () => {
  it('check scores the placements and locks the round', () => {
    const state = placeAll(freshRound(round), { application: 'you', plugins: 'aws', os: 'aws' });
    const { state: checked, score } = checkRound(state, round);
    expect(checked.phase).toBe('checked');
    expect(checked.placements).toEqual(state.placements);
    expect(score).toMatchObject({ correct: 2, wrong: 1, unanswered: 1, max: 4 });
  });

  it('try again keeps correct cards, returns wrong ones to the pool and unlocks', () => {
    const state = placeAll(freshRound(round), { application: 'you', plugins: 'aws', os: 'aws', physical: 'you' });
    const retried = tryAgain(checkRound(state, round).state, round);
    expect(retried.phase).toBe('sorting');
    expect(retried.placements).toEqual({ application: 'you', os: 'aws' });
    expect(cardsAt(retried, 'pool').sort()).toEqual(['physical', 'plugins']);
    expect(retried.order).toEqual(state.order);
  });

  it('a second check after try again scores the kept cards plus the new placements', () => {
    const first = placeAll(freshRound(round), { application: 'you', plugins: 'aws', os: 'aws', physical: 'you' });
    let state = tryAgain(checkRound(first, round).state, round);
    state = placeAll(state, { plugins: 'shared', physical: 'aws' });
    expect(checkRound(state, round).score).toMatchObject({ correct: 4, wrong: 0, unanswered: 0 });
  });

  it('show solution fills in the answer key', () => {
    const solved = showSolution(freshRound(round), round);
    expect(solved.phase).toBe('solution');
    expect(solved.placements).toEqual({ application: 'you', plugins: 'shared', os: 'aws', physical: 'aws' });
  });
});

describe('neighbourLocation (arrow keys while a card is held)', () => {
  it('walks pool -> zones in display order and stops at both ends', () => {
    const zones: Owner[] = ['you', 'shared', 'aws'];
    expect(neighbourLocation(zones, 'pool', 1)).toBe('you');
    expect(neighbourLocation(zones, 'you', 1)).toBe('shared');
    expect(neighbourLocation(zones, 'aws', 1)).toBe('aws');
    expect(neighbourLocation(zones, 'you', -1)).toBe('pool');
    expect(neighbourLocation(zones, 'pool', -1)).toBe('pool');
    expect(neighbourLocation(['you', 'aws'], 'you', 1)).toBe('aws');
  });
});

describe('parseRoundState (the saved slice)', () => {
  const saved = placeAll(freshRound(round), { application: 'you', plugins: 'shared' });

  it('accepts a slice that fits the round, after a JSON round trip', () => {
    const result = parseRoundState(JSON.parse(JSON.stringify(saved)), round);
    expect(result).toEqual({ status: 'ok', value: saved });
    expect(roundStateGuard(round)(saved)).toBe(true);
  });

  it.each([
    ['not an object', 'oops'],
    ['null', null],
    ['an old version', { ...saved, version: 0 }],
    ['an unknown phase', { ...saved, phase: 'done' }],
    ['a card missing from the order', { ...saved, order: saved.order.slice(1) }],
    ['a duplicated card in the order', { ...saved, order: [saved.order[0], ...saved.order.slice(0, -1)] }],
    ['a card the round does not have', { ...saved, placements: { ghost: 'you' } }],
    ['a zone that does not exist', { ...saved, placements: { application: 'somewhere' } }],
    ['placements that are not an object', { ...saved, placements: ['you'] }],
  ])('rejects %s', (_name, value) => {
    expect(parseRoundState(value, round).status).toBe('invalid');
    expect(roundStateGuard(round)(value)).toBe(false);
  });

  it('rejects a Shared placement in a round that has no Shared zone', () => {
    const value = { ...freshRound(twoZones), placements: { plugins: 'shared' } };
    expect(parseRoundState(value, twoZones)).toMatchObject({ status: 'invalid', message: 'card "plugins" is in an unknown zone' });
  });

  it('rejects a slice saved for a round whose cards have since changed', () => {
    const grown = { ...round, cards: [...round.cards, { id: 'runtime', answer: 'aws' as Owner }] };
    expect(parseRoundState(saved, grown).status).toBe('invalid');
  });
});

describe('storage keys', () => {
  it('keys each round as quiz:<round> and guards the active-round slice', () => {
    expect(roundStorageKey('fargate')).toBe('quiz:fargate');
    expect(isActiveRound({ version: 1, round: 'lambda' })).toBe(true);
    expect(isActiveRound({ version: 2, round: 'lambda' })).toBe(false);
    expect(isActiveRound({ version: 1 })).toBe(false);
  });
});
