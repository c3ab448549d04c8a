import { expect, it } from 'vitest';
import { CMI_TIMESPAN, scormTimespan } from './time';

it('scormTimespan: writes hours, minutes, seconds and hundredths', () => {
  expect(scormTimespan(0)).toBe('0000:00:00.00');
  expect(scormTimespan(1234)).toBe('0000:00:01.23');
  expect(scormTimespan(((2 * 60 + 5) * 60 + 7) * 1000 + 500)).toBe('0002:05:07.50');
});

it('scormTimespan: never sends a value a run-time would reject', () => {
  for (const ms of [-5, Number.NaN, Number.POSITIVE_INFINITY, 1e15, 59_999, 3_600_000]) {
    expect(scormTimespan(ms)).toMatch(CMI_TIMESPAN);
  }
  expect(scormTimespan(1e15)).toBe('9999:59:59.99');
  expect(scormTimespan(-5)).toBe('0000:00:00.00');
});
