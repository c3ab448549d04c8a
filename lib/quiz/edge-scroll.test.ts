import { expect, it } from 'vitest';
import { EDGE_SCROLL_MAX, edgeScrollSpeed, edgeScrollStep } from './edge-scroll';

const [top, bottom] = [80, 800];

it('edgeScrollSpeed: nothing in the middle of the screen', () => {
  expect(edgeScrollSpeed(440, top, bottom)).toBe(0);
});
it('edgeScrollSpeed: top speed down at the bottom edge, up at the top edge', () => {
  expect(edgeScrollSpeed(800, top, bottom)).toBe(EDGE_SCROLL_MAX);
  expect(edgeScrollSpeed(80, top, bottom)).toBe(-EDGE_SCROLL_MAX);
});
it('edgeScrollSpeed: faster the closer to the edge, never a crawl inside the band', () => {
  const inner = edgeScrollSpeed(bottom - 144, top, bottom);
  const near = edgeScrollSpeed(bottom - 20, top, bottom);
  expect(inner).toBeGreaterThanOrEqual(EDGE_SCROLL_MAX / 4);
  expect(near).toBeGreaterThan(inner);
});
it('edgeScrollSpeed: a pointer under the sticky bars or below the screen scrolls at top speed', () => {
  expect(edgeScrollSpeed(20, top, bottom)).toBe(-EDGE_SCROLL_MAX);
  expect(edgeScrollSpeed(900, top, bottom)).toBe(EDGE_SCROLL_MAX);
});
it('edgeScrollStep: per frame by elapsed time, so few frames still cover the distance', () => {
  expect(edgeScrollStep(2000, 16)).toBe(32);
  expect(edgeScrollStep(2000, 50)).toBe(100);
  expect(edgeScrollStep(2000, 5000)).toBe(200);
  expect(Math.abs(edgeScrollStep(-2000, -5))).toBe(0);
});
