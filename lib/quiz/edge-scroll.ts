/**
 * How fast the page scrolls while a card is dragged near the top or bottom of the screen. The drag library's own
 * auto-scroll moves a fixed step per timer tick, so on a busy phone (few ticks) it crawled; this speed is per
 * second and is applied per animation frame by its elapsed time, so the page keeps up however often frames come.
 */

/** Top speed, in px per second, with the pointer at the very edge: a phone's 1,200 px card pool in under a second. */
export const EDGE_SCROLL_MAX = 2000;
/** The edge band, as a share of the visible height, where scrolling starts (slowly at its inner side). */
export const EDGE_SCROLL_BAND = 0.2;
/** Even at the inner side of the band the page moves at this share of the top speed, so it never seems stuck. */
const MIN_SHARE = 0.25;

/**
 * Signed speed in px/s (positive scrolls down) for a pointer at `y` in a visible band from `top` (below the sticky
 * bars) to `bottom` (the screen's bottom edge); 0 outside the edge bands.
 */
export function edgeScrollSpeed(y: number, top: number, bottom: number): number {
  const band = Math.max((bottom - top) * EDGE_SCROLL_BAND, 1);
  const share = (depth: number) => EDGE_SCROLL_MAX * Math.min(1, MIN_SHARE + (1 - MIN_SHARE) * (depth / band));
  if (y >= bottom - band) return Math.round(share(y - (bottom - band)));
  if (y <= top + band) return -Math.round(share(top + band - y));
  return 0;
}

/** The scroll for one frame: speed times elapsed time, with a long pause (a background tab) capped at 100 ms. */
export function edgeScrollStep(speed: number, elapsedMs: number): number {
  return (speed * Math.min(Math.max(elapsedMs, 0), 100)) / 1000;
}
