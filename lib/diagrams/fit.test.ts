import { describe, expect, it } from 'vitest';
import { fitDrawing, hiddenEdges, MIN_READABLE_SCALE } from './fit';

describe('fitDrawing', () => {
  it('keeps a drawing that fits at its own size', () => {
    expect(fitDrawing(300, 326)).toEqual({ width: 300, scale: 1, overflows: false });
  });
  it('shrinks a slightly wider drawing to the frame', () => {
    const fit = fitDrawing(400, 326);
    expect(fit.width).toBeCloseTo(326);
    expect(fit.overflows).toBe(false);
  });
  it('stops at the readable scale and reports the overflow', () => {
    const fit = fitDrawing(736, 326);
    expect(fit.scale).toBe(MIN_READABLE_SCALE);
    expect(fit.width).toBe(588.8);
    expect(fit.overflows).toBe(true);
  });
  it('does nothing with sizes it cannot use', () => {
    expect(fitDrawing(0, 326)).toEqual({ width: 0, scale: 1, overflows: false });
    expect(fitDrawing(500, 0).overflows).toBe(false);
  });
});

describe('hiddenEdges', () => {
  it('names the edges with more to see', () => {
    expect(hiddenEdges(0, 600, 300)).toEqual({ start: false, end: true });
    expect(hiddenEdges(150, 600, 300)).toEqual({ start: true, end: true });
    expect(hiddenEdges(300, 600, 300)).toEqual({ start: true, end: false });
    expect(hiddenEdges(0, 300, 300)).toEqual({ start: false, end: false });
  });
});
