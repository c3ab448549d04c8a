import { expect, it } from 'vitest';
import { carryScroll, ZONE_HEAD } from './carry-scroll';

const view = { top: 80, bottom: 772 };
const after = (band: { top: number; bottom: number }, delta: number) => ({ top: band.top - delta, bottom: band.bottom - delta });

it('carryScroll: leaves the page alone when the zone is already in view', () => {
  expect(carryScroll({ top: 300, bottom: 380 }, { top: 400, bottom: 600 }, view)).toBe(0);
});
it('carryScroll: scrolls a zone below fully into view when the card stays below the header', () => {
  expect(carryScroll({ top: 500, bottom: 580 }, { top: 700, bottom: 900 }, view)).toBe(128);
});
it('carryScroll: keeps the card fully below the header when the zone title still shows', () => {
  const card = { top: 300, bottom: 380 };
  const zone = { top: 700, bottom: 1200 };
  const delta = carryScroll(card, zone, view);
  expect(after(card, delta).top).toBeGreaterThanOrEqual(view.top);
  expect(after(zone, delta).top).toBeLessThan(view.bottom);
});
it("carryScroll: scrolls the card fully away, never half under the header, when the zone's head needs the room", () => {
  const card = { top: 673, bottom: 756 };
  const zone = { top: 1500, bottom: 1700 };
  const delta = carryScroll(card, zone, view);
  expect(after(card, delta).bottom).toBeLessThanOrEqual(0);
  expect(after(zone, delta).top + ZONE_HEAD).toBeLessThanOrEqual(view.bottom);
  expect(after(zone, delta).top).toBeGreaterThanOrEqual(view.top);
});
it('carryScroll: scrolls up to a zone above, to just below the header', () => {
  expect(carryScroll({ top: 500, bottom: 580 }, { top: -200, bottom: 0 }, view)).toBe(-280);
});
