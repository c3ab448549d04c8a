import { expect, test } from 'vitest';
import { isChooserSlice, MAX_RECORDED, recordOnce } from './recorded';

test('a new answer set is recorded, one seen before is not', () => {
  const first = recordOnce(undefined, 'workload=web');
  expect(first).toEqual({ version: 1, recorded: ['workload=web'] });
  expect(recordOnce(first!, 'workload=web')).toBeNull();
  expect(recordOnce(first!, 'workload=batch')).toEqual({ version: 1, recorded: ['workload=web', 'workload=batch'] });
});

test('only the latest answer sets are remembered', () => {
  const full = { version: 1 as const, recorded: Array.from({ length: MAX_RECORDED }, (_, index) => `set-${index}`) };
  const next = recordOnce(full, 'newest')!;
  expect(next.recorded).toHaveLength(MAX_RECORDED);
  expect(next.recorded[0]).toBe('set-1');
  expect(next.recorded.at(-1)).toBe('newest');
});

test('the saved-state guard accepts only the current shape', () => {
  expect(isChooserSlice({ version: 1, recorded: [] })).toBe(true);
  expect(isChooserSlice({ version: 1, recorded: ['a', 'b'] })).toBe(true);
  for (const bad of [
    undefined,
    null,
    'chooser',
    [],
    {},
    { version: 2, recorded: [] },
    { version: 1 },
    { version: 1, recorded: 'a' },
    { version: 1, recorded: [1] },
  ]) {
    expect(isChooserSlice(bad)).toBe(false);
  }
});
