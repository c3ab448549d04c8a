import { expect, it } from 'vitest';
import { isArrayOf, isNonNegativeInt, isOneOf, isRecord, isRecordOf, isShape, isString } from './guards';

it('guards: isRecord accepts plain objects only', () => {
  expect([{}, { a: 1 }].map(isRecord)).toEqual([true, true]);
  expect([null, [], 'x', 1, undefined].map(isRecord)).toEqual([false, false, false, false, false]);
});

it('guards: isOneOf checks membership', () => {
  const isTheme = isOneOf(['light', 'dark'] as const);
  expect([isTheme('light'), isTheme('neon'), isTheme(1)]).toEqual([true, false, false]);
});

it('guards: isNonNegativeInt rejects fractions, negatives and strings', () => {
  expect([0, 3, -1, 1.5, '2', Number.NaN].map(isNonNegativeInt)).toEqual([true, true, false, false, false, false]);
});

it('guards: isArrayOf and isRecordOf check every element', () => {
  expect(isArrayOf(isString)(['a', 'b'])).toBe(true);
  expect(isArrayOf(isString)(['a', 2])).toBe(false);
  expect(isRecordOf(isString)({ a: 'x' })).toBe(true);
  expect(isRecordOf(isString)({ a: 1 })).toBe(false);
});

it('guards: isShape requires every listed key to pass', () => {
  const isPoint = isShape<{ x: string; n: number }>({ x: isString, n: isNonNegativeInt });
  expect(isPoint({ x: 'a', n: 1, extra: true })).toBe(true);
  expect(isPoint({ x: 'a' })).toBe(false);
  expect(isPoint('nope')).toBe(false);
});
