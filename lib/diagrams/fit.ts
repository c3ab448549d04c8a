/**
 * How wide a drawing is shown in its frame: as drawn when it fits, shrunk to the frame's width when it does not,
 * but never below `minScale` (12 px labels: smaller stops being readable). What still does not fit is drawn again
 * compactly, or shown as a vertical flow (components/architecture-diagram), so nothing scrolls sideways.
 */
export const MIN_READABLE_SCALE = 0.8;

export type DrawingFit = { width: number; scale: number; overflows: boolean };

export function fitDrawing(naturalWidth: number, available: number, minScale = MIN_READABLE_SCALE): DrawingFit {
  if (!(naturalWidth > 0) || !(available > 0)) return { width: Math.max(naturalWidth, 0), scale: 1, overflows: false };
  const scale = Math.min(1, Math.max(available / naturalWidth, minScale));
  const width = Math.round(naturalWidth * scale * 100) / 100;
  return { width, scale, overflows: width > available + 0.5 };
}

/** Which edges of a frame hide part of the drawing: either one means the drawing does not fit as drawn. */
export function hiddenEdges(scrollLeft: number, scrollWidth: number, clientWidth: number): { start: boolean; end: boolean } {
  const slack = 1;
  return { start: scrollLeft > slack, end: scrollLeft + clientWidth < scrollWidth - slack };
}
