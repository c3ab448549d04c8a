import { expect, test } from 'vitest';
import { cn } from './cn';

test('cn joins class strings with single spaces', () => {
  expect(cn('a b', 'c')).toBe('a b c');
});

test('cn leaves out falsy and empty values', () => {
  const open = false;
  expect(cn('a', open && 'b', undefined, null, '', '  ', 'c')).toBe('a c');
});

test('cn trims the ends of each value', () => {
  expect(cn(' a ', 'b ')).toBe('a b');
});

test('cn returns an empty string when nothing is left', () => {
  expect(cn()).toBe('');
  expect(cn(false, undefined)).toBe('');
});
