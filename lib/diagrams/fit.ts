/**
 * How wide a drawing is shown in its frame: as drawn when it fits, shrunk to the frame's width when it does not,
 * but never below `minScale` (12 px labels: smaller stops being readable on a phone). What still does not fit scrolls,
 * and the frame then shows an edge fade and a "scroll for more" hint.
 */
export const MIN_READABLE_SCALE = 0.8;

export type DrawingFit = { width: number; scale: number; overflows: boolean };

export function fitDrawing(naturalWidth: number, available: number, minScale = MIN_READABLE_SCALE): DrawingFit {
  if (!(naturalWidth > 0) || !(available > 0)) return { width: Math.max(naturalWidth, 0), scale: 1, overflows: false };
  const scale = Math.min(1, Math.max(available / naturalWidth, minScale));
  const width = Math.round(naturalWidth * scale * 100) / 100;
  return { width, scale, overflows: width > available + 0.5 };
}

/** Which edges of a sideways-scrolling frame hide more of the drawing. */
export function hiddenEdges(scrollLeft: number, scrollWidth: number, clientWidth: number): { start: boolean; end: boolean } {
  const slack = 1;
  return { start: scrollLeft > slack, end: scrollLeft + clientWidth < scrollWidth - slack };
}
