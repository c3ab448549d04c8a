/**
 * Where the page scrolls while a card is carried with the arrow keys. The target zone must come into view, and
 * the carried card must never end up half under the sticky header: it stays fully on screen below the header
 * where the zone's title still shows, and otherwise scrolls fully away while the zone's head (title and its
 * "Drop <card> here" badge, which names the card) comes into view.
 */
export type Band = { top: number; bottom: number };

/** How much of a zone's top is its title row. */
export const ZONE_TITLE = 48;
/** How much of a zone's top holds its title, hint and the "Drop … here" badge. */
export const ZONE_HEAD = 112;

/**
 * The vertical scroll, in px (positive scrolls down), for a card and a zone given in viewport coordinates, within
 * the visible band between the sticky header (`view.top`) and the bottom of the screen (`view.bottom`).
 */
export function carryScroll(card: Band, zone: Band, view: Band): number {
  if (zone.top >= view.top && zone.bottom <= view.bottom) return 0;
  if (zone.top < view.top) return Math.round(zone.top - view.top);
  const whole = zone.bottom - view.bottom;
  const keepCard = Math.max(card.top - view.top, 0);
  const headroom = zone.top - view.top;
  if (whole <= keepCard) return Math.round(Math.min(whole, headroom));
  if (zone.top - keepCard <= view.bottom - ZONE_TITLE) return Math.round(keepCard);
  return Math.round(Math.min(Math.max(zone.top + ZONE_HEAD - view.bottom, card.bottom), headroom));
}
