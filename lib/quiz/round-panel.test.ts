import { expect, test } from 'vitest';
import { freshRound, moveCard, type RoundState } from './round';
import { isPerfect, NOTHING_PLACED, roundPanelStep, type PanelContext } from './round-panel';
import { answersOf, placeCards, threeCardRound as round } from './test-fixtures';

const context: PanelContext = { round, hasNextRound: true, label: (id) => `Card ${id}` };
const fresh = (): RoundState => ({ ...freshRound(round), order: ['application', 'plugins', 'os'] });
const placedAll = (): RoundState => placeCards(fresh(), round, answersOf(round));

test('placing a card from a button saves it, announces where it went and focuses the control that moved it', () => {
  const outcome = roundPanelStep(fresh(), { type: 'place', card: 'os', to: 'aws', focus: 'move' }, context);
  expect(outcome.state.placements).toEqual({ os: 'aws' });
  expect(outcome.message).toBe('Card os moved to the AWS manages zone.');
  expect(outcome).toMatchObject({ notice: '', deselect: true, focus: { card: 'os', part: 'move' } });
});

test('placing a card where it already is changes nothing but still lets go of the selection', () => {
  const state = fresh();
  const outcome = roundPanelStep(state, { type: 'place', card: 'os', to: 'pool', focus: 'handle' }, context);
  expect(outcome.state).toBe(state);
  expect(outcome.message).toBeUndefined();
  expect(outcome.focus).toBeUndefined();
  expect(outcome.deselect).toBe(true);
});

test('a drop moves the card without a message of its own (the drag library announces drops)', () => {
  const outcome = roundPanelStep(fresh(), { type: 'drop', card: 'application', to: 'you' }, context);
  expect(outcome.state.placements).toEqual({ application: 'you' });
  expect(outcome).toEqual({ state: outcome.state, deselect: false });
});

test('checking with no card placed only shows a notice', () => {
  const state = fresh();
  const outcome = roundPanelStep(state, { type: 'check' }, context);
  expect(outcome).toEqual({ state, notice: NOTHING_PLACED, deselect: false });
});

test('checking locks the round, returns the score once, and focuses Try again unless every card is right', () => {
  const partly = moveCard(fresh(), round, 'os', 'you');
  const wrong = roundPanelStep(partly, { type: 'check' }, context);
  expect(wrong.state.phase).toBe('checked');
  expect(wrong.checked).toMatchObject({ correct: 0, wrong: 1, max: 3 });
  expect(wrong.focus).toEqual({ control: 'try-again' });

  const right = roundPanelStep(placedAll(), { type: 'check' }, context);
  expect(right.checked && isPerfect(right.checked)).toBe(true);
  expect(right.focus).toEqual({ control: 'next' });
  expect(roundPanelStep(placedAll(), { type: 'check' }, { ...context, hasNextRound: false }).focus).toEqual({ control: 'shuffle' });
});

test('try again returns the wrong cards to the pool, counts them and focuses the first one', () => {
  let state = moveCard(fresh(), round, 'application', 'you');
  state = moveCard(state, round, 'os', 'shared');
  const checked = roundPanelStep(state, { type: 'check' }, context).state;
  const outcome = roundPanelStep(checked, { type: 'try-again' }, context);
  expect(outcome.state).toMatchObject({ phase: 'sorting', placements: { application: 'you' } });
  expect(outcome.message).toBe('2 cards back in the card pool; the correct ones stay where they are.');
  expect(outcome.focus).toEqual({ card: 'plugins', part: 'handle' });
});

test('try again with every card right focuses Check answers', () => {
  const checked = roundPanelStep(placedAll(), { type: 'check' }, context).state;
  const outcome = roundPanelStep(checked, { type: 'try-again' }, context);
  expect(outcome.message).toBe('0 cards back in the card pool; the correct ones stay where they are.');
  expect(outcome.focus).toEqual({ control: 'check' });
});

test('shuffle starts afresh and focuses the first card; show solution fills the key and focuses Shuffle', () => {
  const shuffled = roundPanelStep(placedAll(), { type: 'shuffle', random: () => 0 }, context);
  expect(shuffled.state).toMatchObject({ phase: 'sorting', placements: {} });
  expect(shuffled.focus).toEqual({ card: shuffled.state.order[0], part: 'handle' });
  expect(shuffled.message).toBe('Cards shuffled. Every card is back in the card pool.');

  const solved = roundPanelStep(fresh(), { type: 'show-solution' }, context);
  expect(solved.state).toMatchObject({ phase: 'solution', placements: { application: 'you', plugins: 'shared', os: 'aws' } });
  expect(solved).toMatchObject({ notice: '', deselect: true, focus: { control: 'shuffle' } });
});

test('nothing moves once a round is checked', () => {
  const checked = roundPanelStep(placedAll(), { type: 'check' }, context).state;
  expect(roundPanelStep(checked, { type: 'drop', card: 'os', to: 'you' }, context).state).toBe(checked);
});
