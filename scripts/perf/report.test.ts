import { expect, test } from 'vitest';
import { lighthouseTargetGaps, median, type LighthouseFigures } from './report';

const good: LighthouseFigures = { performance: 99, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 1500, cls: 0.001, tbtMs: 40, failing: [] };

test('median picks the middle value, or the mean of the middle two', () => {
  expect(median([90, 99, 95])).toBe(95);
  expect(median([1, 4, 2, 3])).toBe(2.5);
  expect(() => median([])).toThrow();
});

test('figures that meet every target have no gaps; CLS that rounds to 0.00 counts as 0.00', () => {
  expect(lighthouseTargetGaps(good)).toEqual([]);
});

test('each missed target is named', () => {
  expect(lighthouseTargetGaps({ ...good, performance: 94, accessibility: 96, cls: 0.012, lcpMs: 2000, tbtMs: 151 })).toEqual([
    'performance 94 < 95',
    'accessibility 96 < 100',
    'CLS 0.01 > 0.00',
    'LCP 2.00 s >= 2.0 s',
    'TBT 151 ms >= 150 ms',
  ]);
});
