import { expect, it } from 'vitest';
import { revealBeside, revealScroll } from './reveal-scroll';

const view = { top: 120, bottom: 772 };
const moved = (box: { top: number; bottom: number }, delta: number) => ({ top: box.top - delta, bottom: box.bottom - delta });
const inside = (box: { top: number; bottom: number }) => box.top >= view.top && box.bottom <= view.bottom;

it('revealScroll: a box already in the band stays put', () => {
  expect(revealScroll({ top: 200, bottom: 400 }, view)).toBe(0);
});
it('revealScroll: a box below comes up just far enough to show its bottom', () => {
  const box = { top: 700, bottom: 900 };
  const delta = revealScroll(box, view);
  expect(delta).toBe(128);
  expect(inside(moved(box, delta))).toBe(true);
});
it('revealScroll: a box above comes down to just below the sticky bars', () => {
  expect(revealScroll({ top: -300, bottom: -100 }, view)).toBe(-420);
});
it('revealScroll: a box partly under the bars comes down to below them', () => {
  const box = { top: 60, bottom: 160 };
  expect(moved(box, revealScroll(box, view)).top).toBe(view.top);
});
it('revealScroll: a box taller than the band shows its top below the bars', () => {
  const box = { top: 900, bottom: 2000 };
  expect(moved(box, revealScroll(box, view)).top).toBe(view.top);
});

it('revealBeside: shows the whole box and keeps the anchor when both fit', () => {
  const anchor = { top: 400, bottom: 460 };
  const box = { top: 780, bottom: 960 };
  const delta = revealBeside(box, anchor, view, 120);
  expect(inside(moved(box, delta))).toBe(true);
  expect(inside(moved(anchor, delta))).toBe(true);
});
it('revealBeside: keeps the anchor below the bars and shows at least the minimum of the box', () => {
  const anchor = { top: 400, bottom: 460 };
  const box = { top: 838, bottom: 1200 };
  const delta = revealBeside(box, anchor, view, 120);
  expect(moved(anchor, delta).top).toBeGreaterThanOrEqual(view.top);
  expect(view.bottom - moved(box, delta).top).toBeGreaterThanOrEqual(120);
});
it('revealBeside: lets the anchor go when keeping it would hide the box', () => {
  const anchor = { top: 130, bottom: 190 };
  const box = { top: 900, bottom: 1200 };
  const delta = revealBeside(box, anchor, view, 120);
  expect(view.bottom - moved(box, delta).top).toBeGreaterThanOrEqual(120);
  expect(moved(box, delta).top).toBeGreaterThanOrEqual(view.top);
});
it('revealBeside: a box above comes down like revealScroll', () => {
  expect(revealBeside({ top: -300, bottom: -100 }, { top: 400, bottom: 460 }, view, 120)).toBe(-420);
});
