/**
 * The diagram's stylesheet, rendered once per page by React (<style href precedence>) next to the first diagram.
 * Kept here rather than in a CSS file so the diagram's chunk stays one file: a CSS chunk would add an entry to
 * the widget loader that every lesson ships. The palette arrives as inline custom properties for both themes
 * (lib/diagrams/palette.ts); these rules pick the set for html.dark and style the mermaid SVG. Mermaid's own
 * styles use id selectors, so the overrides need !important.
 */
export const DIAGRAM_CSS = `
.dg-root {
  --dg-frame: var(--dg-frame-l);
  --dg-text: var(--dg-text-l);
  --dg-line: var(--dg-line-l);
  --dg-accent: var(--dg-accent-l);
  --dg-tag-text: var(--dg-tagText-l);
  --dg-you-fill: var(--dg-you-fill-l);
  --dg-you-ink: var(--dg-you-ink-l);
  --dg-you-border: var(--dg-you-border-l);
  --dg-aws-fill: var(--dg-aws-fill-l);
  --dg-aws-ink: var(--dg-aws-ink-l);
  --dg-aws-border: var(--dg-aws-border-l);
  --dg-shared-fill: var(--dg-shared-fill-l);
  --dg-shared-ink: var(--dg-shared-ink-l);
  --dg-shared-border: var(--dg-shared-border-l);
  --dg-outside-fill: var(--dg-outside-fill-l);
  --dg-outside-border: var(--dg-outside-border-l);
}

@media not print {
  .dark .dg-root {
    --dg-frame: var(--dg-frame-d);
    --dg-text: var(--dg-text-d);
    --dg-line: var(--dg-line-d);
    --dg-accent: var(--dg-accent-d);
    --dg-tag-text: var(--dg-tagText-d);
    --dg-you-fill: var(--dg-you-fill-d);
    --dg-you-ink: var(--dg-you-ink-d);
    --dg-you-border: var(--dg-you-border-d);
    --dg-aws-fill: var(--dg-aws-fill-d);
    --dg-aws-ink: var(--dg-aws-ink-d);
    --dg-aws-border: var(--dg-aws-border-d);
    --dg-shared-fill: var(--dg-shared-fill-d);
    --dg-shared-ink: var(--dg-shared-ink-d);
    --dg-shared-border: var(--dg-shared-border-d);
    --dg-outside-fill: var(--dg-outside-fill-d);
    --dg-outside-border: var(--dg-outside-border-d);
  }
}

/* On paper the drawing prints at the page's width, whole, with its text version after it. */
@media print {
  .dg-frame {
    height: auto !important;
    overflow: visible !important;
    border: 0 !important;
    background: none !important;
    break-inside: avoid;
  }
  .dg-canvas {
    width: 100% !important;
    min-width: 0 !important;
    padding: 0 !important;
  }
  .dg-canvas svg {
    flex: 0 1 auto !important;
    max-width: 100% !important;
    height: auto !important;
  }
  /*
   * Paper always gets a picture: the drawing where one was made, else (never scrolled near, or a phone, which never
   * draws) the server-rendered flow outline, then the text version. Whatever the screen showed: the print page is
   * wider than the phone breakpoint, and a too-wide drawing fits once scaled to the page.
   */
  .dg-root .dg-drawing:has(.dg-canvas svg) {
    display: block !important;
    visibility: visible !important;
    height: auto !important;
    overflow: visible !important;
  }
  .dg-root .dg-drawing:not(:has(.dg-canvas svg)),
  .dg-root:has(.dg-canvas svg) .dg-flow {
    display: none !important;
  }
  .dg-root:not(:has(.dg-canvas svg)) .dg-flow {
    display: block !important;
    break-inside: avoid;
  }
  .dg-flow-box {
    min-height: 0;
    padding-block: 0.25rem;
  }
  /* A group's title stays on the page with its boxes; a term of the text version with its explanation. */
  .dg-flow-group {
    break-inside: avoid;
  }
  [data-dg-text] dt {
    break-after: avoid;
  }
}

/* The frame keeps its reserved height and scrolls inside itself, never the page. */
.dg-frame {
  height: var(--dg-height);
  overflow: auto;
  overscroll-behavior-x: contain;
  background: var(--dg-frame);
}

/*
 * Phones, and frames where the drawing would still scroll sideways at its smallest readable size, get the view as
 * a vertical flow (FlowOutline) instead: the media query matches useNarrowScreen, so no drawing is ever made there.
 */
.dg-flow {
  display: none;
}
.dg-root[data-too-wide] .dg-flow {
  display: block;
}
.dg-root[data-too-wide] .dg-drawing {
  visibility: hidden;
  height: 0;
  overflow: hidden;
}
@media (max-width: 40rem) {
  .dg-drawing {
    display: none;
  }
  .dg-flow {
    display: block;
  }
}
.dg-flow-list {
  display: grid;
  gap: 0.5rem;
  margin: 0;
  padding: 0;
  list-style: none;
}
.dg-flow-group {
  border: 1.5px solid var(--dg-line);
  border-radius: 0.5rem;
  padding: 0.5rem;
  background: var(--dg-frame);
}
.dg-flow-group > .dg-flow-list {
  margin-top: 0.5rem;
}
.dg-flow-box {
  display: flex;
  width: 100%;
  min-height: 2.75rem;
  align-items: center;
  gap: 0.5rem;
  border: 1.5px solid var(--dg-line);
  border-radius: 0.375rem;
  padding: 0.375rem 0.625rem;
  background: var(--dg-frame);
  color: var(--dg-text);
  text-align: left;
  font-size: 0.9375rem;
  line-height: 1.35;
  cursor: pointer;
}
.dg-flow-group > .dg-flow-box {
  border-style: none;
  background: transparent;
  font-weight: 600;
  min-height: 2.25rem;
}
.dg-flow-label {
  flex: 1;
  min-width: 0;
}
.dg-flow-tag,
.dg-flow-hop {
  flex: none;
  border-radius: 9999px;
  padding: 0.0625rem 0.4375rem;
  color: var(--dg-tag-text);
  font-size: 0.6875rem;
  font-weight: 700;
  letter-spacing: 0.05em;
}
.dg-flow-hop {
  order: -1;
  background: var(--dg-accent);
}
.dg-flow-box[data-owner='you'] {
  background: var(--dg-you-fill);
  border-color: var(--dg-you-border);
}
.dg-flow-box[data-owner='aws'] {
  background: repeating-linear-gradient(45deg, var(--dg-aws-fill) 0 6px, var(--dg-aws-ink) 6px 9px);
  border-color: var(--dg-aws-border);
}
.dg-flow-box[data-owner='shared'] {
  background: radial-gradient(var(--dg-shared-ink) 1.5px, var(--dg-shared-fill) 2px) 0 0 / 9px 9px;
  border-color: var(--dg-shared-border);
}
.dg-flow-box[data-owner='outside'] {
  background: var(--dg-outside-fill);
  border-color: var(--dg-outside-border);
  border-style: dashed;
}
.dg-flow-box[data-owner] .dg-flow-label {
  border-radius: 0.25rem;
  padding: 0 0.25rem;
  background: var(--dg-frame);
}
.dg-flow-tag[data-owner-tag='you'] {
  background: var(--dg-you-border);
}
.dg-flow-tag[data-owner-tag='aws'] {
  background: var(--dg-aws-border);
}
.dg-flow-tag[data-owner-tag='shared'] {
  background: var(--dg-shared-border);
}
.dg-flow-tag[data-owner-tag='outside'] {
  background: var(--dg-outside-border);
}
.dg-flow-box[data-hop] {
  border-color: var(--dg-accent);
  border-width: 2.5px;
}
.dg-flow-box[aria-expanded='true'] {
  outline: 3px solid var(--dg-accent);
  outline-offset: 1px;
}
.dg-flow-arrows {
  margin: 0.25rem 0 0 0.75rem;
  padding: 0;
  list-style: none;
  color: var(--dg-text);
  font-size: 0.8125rem;
  line-height: 1.4;
}
.dg-flow-arrows [data-travelled] {
  color: var(--dg-accent);
  font-weight: 700;
}

.dg-canvas {
  display: flex;
  align-items: center;
  justify-content: center;
  box-sizing: border-box;
  width: max-content;
  min-width: 100%;
  min-height: 100%;
  padding: 16px 8px;
}

.dg-canvas svg {
  display: block;
  flex: none;
  max-width: none;
  height: auto;
}

.dg-canvas [data-node-id] {
  cursor: pointer;
}

.dg-canvas [data-node-id]:focus {
  outline: none;
}


/* Owners: colour, pattern, border style and a text tag, so colour is never the only cue. */
.dg-canvas[data-owners='on'] [data-owner='you'] > [data-shape] {
  fill: var(--dg-you-fill) !important;
  stroke: var(--dg-you-border) !important;
  stroke-width: 2px;
}
.dg-canvas[data-owners='on'] [data-owner='aws'] > [data-shape] {
  fill: var(--dg-aws-pattern) !important;
  stroke: var(--dg-aws-border) !important;
  stroke-width: 2px;
}
.dg-canvas[data-owners='on'] [data-owner='shared'] > [data-shape] {
  fill: var(--dg-shared-pattern) !important;
  stroke: var(--dg-shared-border) !important;
  stroke-width: 2px;
}
.dg-canvas[data-owners='on'] [data-owner='outside'] > [data-shape] {
  fill: var(--dg-outside-fill) !important;
  stroke: var(--dg-outside-border) !important;
  stroke-width: 2px;
  stroke-dasharray: 6 4;
}

.dg-canvas [data-owner-tag] {
  visibility: hidden;
  pointer-events: none;
}
.dg-canvas[data-owners='on'] [data-owner-tag] {
  visibility: visible;
}
.dg-canvas [data-owner-tag] text,
.dg-canvas [data-hop-number] text {
  fill: var(--dg-tag-text) !important;
  stroke: none !important;
  font-family: var(--font-sans);
  font-weight: 700;
  font-size: 9.5px;
  letter-spacing: 0.05em;
}
.dg-canvas [data-owner-tag='you'] rect {
  fill: var(--dg-you-border) !important;
  stroke: none !important;
}
.dg-canvas [data-owner-tag='aws'] rect {
  fill: var(--dg-aws-border) !important;
  stroke: none !important;
}
.dg-canvas [data-owner-tag='shared'] rect {
  fill: var(--dg-shared-border) !important;
  stroke: none !important;
}
.dg-canvas [data-owner-tag='outside'] rect {
  fill: var(--dg-outside-border) !important;
  stroke: none !important;
}

.dg-canvas [data-node-id]:hover > [data-shape] {
  stroke-width: 2.5px !important;
}

/* Selected box. */
.dg-canvas [data-node-id][aria-expanded='true'] > [data-shape] {
  stroke: var(--dg-accent) !important;
  stroke-width: 3.5px !important;
  stroke-dasharray: none !important;
}

/* Keyboard focus: thick accent border plus an outline around the whole box. */
.dg-canvas [data-node-id]:focus-visible > [data-shape] {
  stroke: var(--dg-accent) !important;
  stroke-width: 4px !important;
  stroke-dasharray: none !important;
}
.dg-canvas [data-node-id]:focus-visible {
  outline: 3px solid var(--dg-accent);
  outline-offset: 4px;
}

/* Follow a request: boxes reached so far, the current hop, and the arrows travelled. */
.dg-canvas [data-hop='done'] > [data-shape] {
  stroke: var(--dg-accent) !important;
  stroke-width: 2.5px !important;
}
.dg-canvas [data-hop='current'] > [data-shape] {
  stroke: var(--dg-accent) !important;
  stroke-width: 4.5px !important;
  stroke-dasharray: none !important;
}
.dg-canvas path[data-travelled] {
  stroke: var(--dg-accent) !important;
  stroke-width: 3px !important;
}
.dg-canvas [data-hop-number] {
  pointer-events: none;
}
.dg-canvas [data-hop-number] circle {
  fill: var(--dg-accent) !important;
  stroke: var(--dg-frame) !important;
  stroke-width: 2px !important;
}
.dg-canvas [data-hop-number] text {
  font-size: 11px;
  letter-spacing: 0;
}

@media (prefers-reduced-motion: no-preference) {
  .dg-canvas [data-shape] {
    transition: stroke-width 120ms ease-out;
  }
}
`;
