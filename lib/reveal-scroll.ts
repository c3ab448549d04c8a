/**
 * How far to scroll the page so that a box (in viewport coordinates) is fully inside the visible band: below the
 * sticky bars at the top (`view.top`) and above the bottom of the screen (`view.bottom`). Used where the site moves
 * the page for the learner: a card carried with the arrow keys, the explanation of a selected diagram box.
 */
export type Band = { top: number; bottom: number };

/**
 * The vertical scroll in px (positive scrolls down). A box already inside stays put; a box below comes up just
 * far enough to show its bottom, but never so far that its top goes under the bars (a box taller than the band
 * shows its top); a box above comes down to just below the bars.
 */
export function revealScroll(box: Band, view: Band): number {
  if (box.top < view.top) return Math.round(box.top - view.top);
  if (box.bottom <= view.bottom) return 0;
  return Math.round(Math.min(box.bottom - view.bottom, box.top - view.top));
}

/**
 * Like revealScroll, but also keeps `anchor` (the thing the learner just acted on, such as a selected diagram box)
 * in the band where both fit: the page scrolls no further than the anchor's top allows, unless that would leave
 * less than `minimum` px of the box in view, in which case the box wins.
 */
export function revealBeside(box: Band, anchor: Band, view: Band, minimum: number): number {
  const full = revealScroll(box, view);
  if (full <= 0) return full;
  const keepAnchor = Math.max(Math.min(anchor.top - view.top, full), 0);
  const shown = Math.min(box.bottom - keepAnchor, view.bottom) - Math.max(box.top - keepAnchor, view.top);
  if (shown >= Math.min(minimum, box.bottom - box.top)) return Math.round(keepAnchor);
  return Math.round(Math.min(box.top + minimum - view.bottom, box.top - view.top));
}
