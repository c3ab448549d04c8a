import { expect, test } from 'vitest';
import { formatDate, pluralise } from './format';

test('pluralise uses the singular for exactly one', () => {
  expect(pluralise(1, 'card')).toBe('1 card');
});

test('pluralise adds an s for zero and for many', () => {
  expect(pluralise(0, 'tick')).toBe('0 ticks');
  expect(pluralise(3, 'note')).toBe('3 notes');
});

test('pluralise takes an irregular plural', () => {
  expect(pluralise(2, 'unknown entry', 'unknown entries')).toBe('2 unknown entries');
  expect(pluralise(1, 'unknown entry', 'unknown entries')).toBe('1 unknown entry');
});

test('formatDate writes a day, month name and year, and keeps what it cannot read', () => {
  expect(formatDate('2026-11-26')).toBe('26 November 2026');
  expect(formatDate('soon')).toBe('soon');
});
