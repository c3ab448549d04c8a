import { describe, expect, it } from 'vitest';
import { keepCorrect, scoreDetails, scoreLine, scoreRound, solutionPlacements } from './scoring';
import { fargateRound } from './test-fixtures';

const { cards } = fargateRound;

describe('scoreRound', () => {
  it('all right: every card correct, full marks', () => {
    const score = scoreRound(cards, { application: 'you', plugins: 'shared', os: 'aws', physical: 'aws' });
    expect(score).toMatchObject({ correct: 4, wrong: 0, unanswered: 0, max: 4 });
    expect(score.results.every((result) => result.status === 'correct')).toBe(true);
    expect(scoreLine(score)).toBe('4 of 4 correct');
    expect(scoreDetails(score)).toBe('Every card is in the right zone.');
  });

  it('all wrong: every placed card wrong, nothing unanswered', () => {
    const score = scoreRound(cards, { application: 'aws', plugins: 'you', os: 'you', physical: 'shared' });
    expect(score).toMatchObject({ correct: 0, wrong: 4, unanswered: 0, max: 4 });
    expect(scoreDetails(score)).toBe('4 wrong.');
  });

  it('partial: counts right and wrong, and reports where each card went and belongs', () => {
    const score = scoreRound(cards, { application: 'you', plugins: 'aws', os: 'aws', physical: 'you' });
    expect(score).toMatchObject({ correct: 2, wrong: 2, unanswered: 0, max: 4 });
    expect(score.results.find((result) => result.id === 'plugins')).toEqual({ id: 'plugins', placed: 'aws', answer: 'shared', status: 'wrong' });
    expect(scoreLine(score)).toBe('2 of 4 correct');
  });

  it('cards never placed count as unanswered, not wrong, and still count towards the maximum', () => {
    const score = scoreRound(cards, { application: 'you', os: 'you' });
    expect(score).toMatchObject({ correct: 1, wrong: 1, unanswered: 2, max: 4 });
    expect(score.results.filter((result) => result.status === 'unanswered').map((result) => result.id)).toEqual(['plugins', 'physical']);
    expect(score.results.find((result) => result.id === 'plugins')?.placed).toBeNull();
    expect(scoreDetails(score)).toBe('1 wrong, 2 not placed.');
  });

  it('nothing placed at all: zero, all unanswered', () => {
    expect(scoreRound(cards, {})).toMatchObject({ correct: 0, wrong: 0, unanswered: 4, max: 4 });
  });

  it('ignores placements for cards that are not in the round', () => {
    expect(scoreRound(cards, { application: 'you', ghost: 'aws' })).toMatchObject({ correct: 1, wrong: 0, unanswered: 3, max: 4 });
  });
});

describe('keepCorrect (try again)', () => {
  it('keeps correct cards in place and returns wrong ones to the pool; unplaced stay unplaced', () => {
    expect(keepCorrect(cards, { application: 'you', plugins: 'aws', physical: 'aws' })).toEqual({ application: 'you', physical: 'aws' });
  });

  it('keeps everything when everything is right, nothing when everything is wrong', () => {
    const right = { application: 'you', plugins: 'shared', os: 'aws', physical: 'aws' } as const;
    expect(keepCorrect(cards, right)).toEqual(right);
    expect(keepCorrect(cards, { application: 'aws', plugins: 'you', os: 'you', physical: 'you' })).toEqual({});
  });
});

describe('solutionPlacements (show solution)', () => {
  it('puts every card in its answer zone, which then scores full marks', () => {
    const placements = solutionPlacements(cards);
    expect(placements).toEqual({ application: 'you', plugins: 'shared', os: 'aws', physical: 'aws' });
    expect(scoreRound(cards, placements).correct).toBe(4);
  });
});
