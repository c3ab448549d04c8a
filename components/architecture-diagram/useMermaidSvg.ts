'use client';
/**
 * Draws a mermaid source into a host element, on the client only. Mermaid is imported the first time a diagram
 * is near the viewport (its own chunk, never on pages without a diagram), renders with securityLevel 'strict'
 * and the site's theme, and draws again when the source, the theme or the layout changes. A render that
 * finishes after a newer one started is thrown away, so a quick theme or view switch never shows a stale picture.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { MermaidConfig } from 'mermaid';
import { FONT_FAMILY, mermaidThemeVariables, type Theme } from '@/lib/diagrams/palette';
import type { DiagramLayout } from '@/lib/diagrams/types';

type Mermaid = (typeof import('mermaid'))['default'];

let loading: Promise<Mermaid> | undefined;
function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then((module) => module.default);
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

// mermaid.initialize is global: renders run one after another so each uses its own configuration.
let queue: Promise<unknown> = Promise.resolve();
let renderCount = 0;

function renderInTurn(mermaid: Mermaid, id: string, source: string, config: MermaidConfig): Promise<string> {
  const run = queue.then(async () => {
    mermaid.initialize(config);
    try {
      const { svg } = await mermaid.render(id, source);
      return svg;
    } finally {
      // Mermaid measures text in a temporary element; make sure none is left behind after an error.
      document.getElementById(`d${id}`)?.remove();
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

// Compact drawings: labels wrap at this width and boxes sit closer. The widest view ("ECS on EC2", 1,120 px as
// drawn, 910 px compact) then fits a laptop's lesson column at the smallest readable scale (lib/diagrams/fit.ts).
const COMPACT_WRAP = 110;
const COMPACT_SPACING = 18;

function mermaidConfig(theme: Theme, layout: Required<DiagramLayout>, compact: boolean): MermaidConfig {
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    suppressErrorRendering: true,
    theme: 'base',
    themeVariables: mermaidThemeVariables(theme),
    fontFamily: FONT_FAMILY,
    flowchart: {
      useMaxWidth: false,
      htmlLabels: true,
      padding: compact ? 8 : 12,
      wrappingWidth: compact ? COMPACT_WRAP : 400,
      nodeSpacing: compact ? Math.min(layout.nodeSpacing, COMPACT_SPACING) : layout.nodeSpacing,
      rankSpacing: layout.rankSpacing,
      // Room between a group's title ("ECS cluster", "Task on AWS Fargate") and the boxes inside it.
      subGraphTitleMargin: { top: 4, bottom: 10 },
    },
  };
}

/** Mermaid's parse errors start with the useful line; the rest is a caret drawing and a token list. */
function renderErrorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.trim() || 'mermaid could not draw this diagram';
}

export type MermaidSvgState =
  { status: 'waiting' } | { status: 'drawing' } | { status: 'ready'; version: number; redrawing: boolean } | { status: 'error'; message: string };

type Options = {
  host: RefObject<HTMLElement | null>;
  source: string;
  theme: Theme;
  layout: Required<DiagramLayout>;
  enabled: boolean;
  /** Draw compactly: wrapped labels, tighter spacing (for a drawing that does not fit its frame as drawn). */
  compact: boolean;
  idBase: string;
  /**
   * Runs right after the SVG is in the page and before the browser paints it, with the box that had keyboard
   * focus in the previous drawing (so a theme change does not drop the reader's place).
   */
  onRendered: (svg: SVGSVGElement, renderId: string, focusedId: string | undefined) => void;
};

export function useMermaidSvg({ host, source, theme, layout, enabled, compact, idBase, onRendered }: Options): MermaidSvgState {
  const { nodeSpacing, rankSpacing, equalWidths } = layout;
  // What the finished drawing shows; while it differs from what is asked for, a new drawing is under way.
  const wanted = JSON.stringify([source, theme, nodeSpacing, rankSpacing, equalWidths, compact]);
  const [result, setResult] = useState<({ key: string } & ({ status: 'ready'; version: number } | { status: 'error'; message: string })) | null>(null);
  // The latest callback, so a new callback alone does not redraw the diagram.
  const renderedRef = useRef(onRendered);
  useLayoutEffect(() => {
    renderedRef.current = onRendered;
  });

  useEffect(() => {
    if (!enabled) return;
    let stale = false;
    const renderId = `${idBase}-r${++renderCount}`;
    const config = mermaidConfig(theme, { nodeSpacing, rankSpacing, equalWidths }, compact);
    loadMermaid()
      .then((mermaid) => (stale ? undefined : renderInTurn(mermaid, renderId, source, config)))
      .then((svg) => {
        const element = host.current;
        if (stale || svg === undefined || !element) return;
        const active = document.activeElement;
        const focused = active instanceof SVGElement && element.contains(active) ? active.closest<SVGGElement>('[data-node-id]')?.dataset.nodeId : undefined;
        element.innerHTML = svg;
        const drawn = element.querySelector('svg');
        if (!drawn) throw new Error('mermaid returned no SVG');
        renderedRef.current(drawn, renderId, focused);
        setResult((previous) => ({ key: wanted, status: 'ready', version: (previous?.status === 'ready' ? previous.version : 0) + 1 }));
      })
      .catch((error: unknown) => {
        if (stale) return;
        if (host.current) host.current.innerHTML = '';
        setResult({ key: wanted, status: 'error', message: renderErrorMessage(error) });
      });
    return () => {
      stale = true;
    };
  }, [enabled, wanted, source, theme, nodeSpacing, rankSpacing, equalWidths, compact, idBase, host]);

  if (!enabled) return { status: 'waiting' };
  if (!result) return { status: 'drawing' };
  if (result.key !== wanted) return result.status === 'ready' ? { status: 'ready', version: result.version, redrawing: true } : { status: 'drawing' };
  return result.status === 'ready' ? { status: 'ready', version: result.version, redrawing: false } : { status: 'error', message: result.message };
}
