'use client';
/**
 * Fits a drawn diagram to its frame: shrinks the SVG to the frame's width (down to a readable scale) and reports
 * whether it still overflows (the diagram then draws more compactly, or shows its vertical flow). Follows the
 * frame's size (ResizeObserver) and its own sideways scrolling; nothing here runs before mermaid has drawn.
 */
import { useEffect, useState, type RefObject } from 'react';
import { fitDrawing, hiddenEdges } from '@/lib/diagrams/fit';

export type HiddenEdges = { start: boolean; end: boolean };
const NONE: HiddenEdges = { start: false, end: false };
const EDGE_SLACK = 2;

function naturalWidth(svg: SVGSVGElement): number {
  const stored = Number(svg.dataset.naturalWidth);
  if (stored > 0) return stored;
  const width = svg.viewBox.baseVal?.width || Number.parseFloat(svg.getAttribute('width') ?? '') || svg.getBoundingClientRect().width;
  svg.dataset.naturalWidth = String(width);
  return width;
}

export function useFitToFrame(frame: RefObject<HTMLElement | null>, svg: RefObject<SVGSVGElement | null>, version: number): HiddenEdges {
  // Edges are measured per drawing: until the new drawing is measured, the old one's answer is not reported.
  const [edges, setEdges] = useState<HiddenEdges & { version: number }>({ ...NONE, version: 0 });
  useEffect(() => {
    const element = frame.current;
    const drawing = svg.current;
    if (!version || !element || !drawing || !element.contains(drawing)) return;
    const canvas = drawing.parentElement;
    const update = () =>
      setEdges((previous) => {
        const next = hiddenEdges(element.scrollLeft, element.scrollWidth, element.clientWidth);
        return previous.version === version && previous.start === next.start && previous.end === next.end ? previous : { ...next, version };
      });
    const fit = () => {
      const padding = canvas ? Number.parseFloat(getComputedStyle(canvas).paddingLeft) * 2 : 0;
      const natural = naturalWidth(drawing);
      // A few pixels of slack: owner tags sit on the boxes' corners and may poke out of the drawing's own box.
      const { width } = fitDrawing(natural, element.clientWidth - padding - EDGE_SLACK);
      const height = drawing.viewBox.baseVal?.height;
      drawing.setAttribute('width', String(width));
      if (height && natural) drawing.setAttribute('height', String((height * width) / natural));
      update();
    };
    fit();
    const resize = new ResizeObserver(fit);
    resize.observe(element);
    element.addEventListener('scroll', update, { passive: true });
    return () => {
      resize.disconnect();
      element.removeEventListener('scroll', update);
    };
  }, [frame, svg, version]);
  return version && edges.version === version ? { start: edges.start, end: edges.end } : NONE;
}
