import { describe, expect, it } from 'vitest';
import { seededRandom, shuffle } from './shuffle';

/** A random source that replays the given values. */
function replay(values: number[]) {
  let index = 0;
  return () => values[index++ % values.length];
}

describe('shuffle', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];

  it('returns a permutation and leaves the input alone', () => {
    const copy = [...items];
    const result = shuffle(items, seededRandom('x'));
    expect([...result].sort()).toEqual(items);
    expect(items).toEqual(copy);
  });

  it('uses the injected random source (Fisher-Yates from the end)', () => {
    // random() = 0 swaps each position, from the end, with position 0
    expect(shuffle(items, () => 0)).toEqual(['b', 'c', 'd', 'e', 'a']);
    // random() just below 1 swaps each position with itself: order unchanged
    expect(shuffle(items, () => 0.999999)).toEqual(items);
    expect(shuffle(items, replay([0.5]))).toEqual(shuffle(items, replay([0.5])));
  });

  it('copes with a random source that returns exactly 1 and with tiny inputs', () => {
    expect([...shuffle(items, () => 1)].sort()).toEqual(items);
    expect(shuffle([], Math.random)).toEqual([]);
    expect(shuffle(['only'], Math.random)).toEqual(['only']);
  });
});

describe('seededRandom', () => {
  it('is deterministic per seed, differs between seeds, and stays in [0, 1)', () => {
    const a = seededRandom('fargate');
    const b = seededRandom('fargate');
    const c = seededRandom('lambda');
    const first = Array.from({ length: 50 }, a);
    expect(Array.from({ length: 50 }, b)).toEqual(first);
    expect(Array.from({ length: 50 }, c)).not.toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});
