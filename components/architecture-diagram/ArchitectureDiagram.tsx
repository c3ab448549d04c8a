'use client';
/**
 * An explorable architecture diagram drawn by mermaid from validated course data: a view switch, a
 * "Who manages this?" overlay, "Follow a request", an explanation panel for every box, and a text version.
 * The first frame (title, controls, a frame of the reserved height, the text version) is server-rendered;
 * mermaid loads only when the frame nears the viewport.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { labelOf as chartLabel } from '@/lib/diagrams/chart';
import { paletteProperties } from '@/lib/diagrams/palette';
import { advance, currentHop, IDLE, travelledLinks, visitedHops, type RequestState } from '@/lib/diagrams/request';
import { OWNERS, type Owner, type ResolvedDiagram } from '@/lib/diagrams/types';
import { revealBeside } from '@/lib/reveal-scroll';
import { arrowList, boxTree } from '@/lib/diagrams/text-version';
import { Button } from '@/components/ui/Button';
import { cn } from '@/components/ui/cn';
import { DisclosureIcon } from '@/components/ui/icons/DisclosureIcon';
import { SegmentedControl } from '@/components/ui/SegmentedControl';
import { applyState, prepareSvg } from './decorate';
import { DiagramProblem } from './DiagramProblem';
import { ExplanationPanel } from './ExplanationPanel';
import { FlowOutline } from './FlowOutline';
import { OwnerKey, OwnerPatterns, patternId } from './OwnerKey';
import { RequestStepper } from './RequestStepper';
import { useDarkTheme } from './useDarkTheme';
import { useMermaidSvg } from './useMermaidSvg';
import { useFitToFrame } from './useFitToFrame';
import { useNarrowScreen } from './useNarrowScreen';
import { useNearViewport } from './useNearViewport';
import { DIAGRAM_CSS } from './styles';

// Without JavaScript the interactive parts cannot work: hide them and show the text version instead.
const NO_SCRIPT_CSS = '[data-dg-js]{display:none!important}[data-dg-text]{display:block!important}';

const PALETTE = paletteProperties();

/** How much of a selected box's explanation must show (its title and first lines) when not all of it fits beside the box. */
const PANEL_MINIMUM = 160;

function prefersReducedMotion() {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * `headingLevel`: 3 inside a lesson section, 2 in an embed (under the page's own h1). `textVersion`: the diagram as
 * text (./TextVersion), rendered on the server by ./server.tsx: it never changes after the build, so its code stays
 * out of the browser.
 */
export function ArchitectureDiagram({ diagram, headingLevel = 3, textVersion }: { diagram: ResolvedDiagram; headingLevel?: 2 | 3; textVersion: ReactNode }) {
  const Title = headingLevel === 2 ? 'h2' : 'h3';
  const uid = `dg${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [viewId, setViewId] = useState(diagram.views[0].id);
  const view = diagram.views.find((item) => item.id === viewId) ?? diagram.views[0];
  const [ownersOn, setOwnersOn] = useState(diagram.ownership === 'always');
  const [selected, setSelected] = useState<string | null>(null);
  // Counts the learner's selections: each one brings the explanation into view (a redraw or view switch does not).
  const [selections, setSelections] = useState(0);
  const [request, setRequest] = useState<RequestState>(IDLE);
  const [textOpen, setTextOpen] = useState(false);
  const rootRef = useRef<HTMLElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement | null>(null);
  const near = useNearViewport(frameRef, '320px 0px');
  const dark = useDarkTheme();
  const narrow = useNarrowScreen();
  const showOwners = diagram.ownership !== 'none' && ownersOn;

  const labelOf = useCallback((id: string) => chartLabel(view.chart, id) ?? id, [view.chart]);
  const ownerOf = useCallback((id: string): Owner | undefined => diagram.nodes[id]?.views[view.id]?.owner, [diagram.nodes, view.id]);
  const ownersInView = useMemo(() => OWNERS.filter((owner) => view.chart.order.some((id) => ownerOf(id) === owner)), [view.chart.order, ownerOf]);

  const panelId = `${uid}-panel`;
  const textId = `${uid}-text`;
  const titleId = `${uid}-title`;

  const onRendered = useCallback(
    (svg: SVGSVGElement, renderId: string, focusedId: string | undefined) => {
      svgRef.current = svg;
      prepareSvg(svg, { renderId, chart: view.chart, panelId, equalWidths: diagram.layout.equalWidths, ownerOf });
      if (focusedId) svg.querySelector<SVGGElement>(`[data-node-id="${focusedId}"]`)?.focus({ preventScroll: true });
    },
    [view.chart, panelId, diagram.layout.equalWidths, ownerOf],
  );

  // Views whose drawing did not fit the frame as drawn: they are drawn again compactly.
  const [compactViews, setCompactViews] = useState<ReadonlySet<string>>(() => new Set());
  const compact = compactViews.has(view.id);

  const drawing = useMermaidSvg({
    host: hostRef,
    source: view.source,
    theme: dark ? 'dark' : 'light',
    layout: diagram.layout,
    // Phones get the vertical flow (FlowOutline) and never load mermaid.
    enabled: near && !narrow,
    compact,
    idBase: uid,
    onRendered,
  });
  const version = drawing.status === 'ready' ? drawing.version : 0;
  const hidden = useFitToFrame(frameRef, svgRef, version);
  const overflows = drawing.status === 'ready' && !drawing.redrawing && (hidden.start || hidden.end);
  // A drawing that scrolls sideways at its smallest readable size is drawn again compactly, and if that still does
  // not fit, gives way to the vertical flow.
  // (Set while rendering, React's pattern for state that follows what was just measured; it re-renders at once.)
  if (overflows && !compact) setCompactViews(new Set(compactViews).add(view.id));
  const tooWide = overflows && compact;
  const boxes = useMemo(() => boxTree(view.chart), [view.chart]);
  const arrows = useMemo(() => arrowList(view.chart), [view.chart]);
  const visited = useMemo(() => visitedHops(request, view.request), [request, view.request]);
  const current = currentHop(request, view.request);
  const travelled = useMemo(() => travelledLinks(request, view.request), [request, view.request]);

  /** The box as the reader sees it: in the drawing, or in the flow where that is what shows. */
  const shownBox = (query: string) =>
    [...(rootRef.current?.querySelectorAll<HTMLElement | SVGElement>(query) ?? [])].find(
      (element) => element.getClientRects().length > 0 && element.getBoundingClientRect().height > 0,
    );

  // Selection, owner names and the request highlight live in the SVG; reapply them after every draw.
  useEffect(() => {
    const svg = svgRef.current;
    if (!version || !svg || !hostRef.current?.contains(svg)) return;
    applyState(svg, {
      selected,
      showOwners,
      visited,
      current,
      travelled,
      labelOf,
      ownerOf,
    });
  }, [version, selected, showOwners, visited, current, travelled, labelOf, ownerOf]);

  const failed = drawing.status === 'error';

  const chooseView = (next: string) => {
    const nextView = diagram.views.find((item) => item.id === next);
    if (!nextView) return;
    setViewId(next);
    setRequest(IDLE);
    setSelected((current) => (current && nextView.chart.order.includes(current) ? current : null));
  };

  const select = (id: string) => {
    setSelected(id);
    setSelections((count) => count + 1);
  };

  // The explanation sits under the drawing, often below the screen: scroll it up beside the selected box, keeping
  // the box in view where both fit (lib/reveal-scroll). The panel's live region still announces it.
  useEffect(() => {
    if (!selections) return;
    const panel = document.getElementById(panelId);
    const box = shownBox('[data-node-id][aria-expanded="true"]') ?? document.activeElement;
    if (!panel) return;
    const clearance = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    const view = { top: clearance, bottom: window.innerHeight - 8 };
    const panelRect = panel.getBoundingClientRect();
    const anchor = box instanceof Element && rootRef.current?.contains(box) ? box.getBoundingClientRect() : panelRect;
    const delta = revealBeside(panelRect, anchor, view, PANEL_MINIMUM);
    if (delta) window.scrollBy({ top: delta, behavior: prefersReducedMotion() ? 'instant' : 'smooth' });
  }, [selections, panelId]);

  const nodeFrom = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGGElement>('[data-node-id]') : null);

  const onCanvasClick = (event: MouseEvent) => {
    const node = nodeFrom(event.target);
    if (node) select(node.dataset.nodeId!);
  };

  const onCanvasKeyDown = (event: KeyboardEvent) => {
    const node = nodeFrom(event.target);
    if (!node) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(node.dataset.nodeId!);
    } else if (event.key === 'Escape') {
      setSelected(null);
    }
  };

  const stepRequest = () => {
    const next = advance(request, view.request);
    setRequest(next);
    const hop = currentHop(next, view.request);
    if (hop) {
      shownBox(`[data-node-id="${hop}"]`)?.scrollIntoView({ block: 'nearest', inline: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    }
  };

  const style = {
    ...PALETTE,
    '--dg-height': `${diagram.height}px`,
    '--dg-aws-pattern': `url(#${patternId(uid, 'aws')})`,
    '--dg-shared-pattern': `url(#${patternId(uid, 'shared')})`,
  } as CSSProperties;

  const hasRequest = view.request.length > 0;

  return (
    <section
      ref={rootRef}
      aria-labelledby={titleId}
      data-too-wide={tooWide ? '' : undefined}
      className="dg-root not-prose relative my-10 space-y-4"
      style={style}
    >
      <style href="architecture-diagram" precedence="medium">
        {DIAGRAM_CSS}
      </style>
      <noscript>
        <style>{NO_SCRIPT_CSS}</style>
      </noscript>
      <OwnerPatterns uid={uid} />
      <Title id={titleId} className="text-lg font-semibold text-zinc-950 dark:text-white">
        {diagram.title}
      </Title>

      {/* On paper: the drawing (once drawn) and the text version below; the controls and panels stay on screen. */}
      <div data-dg-js="" className="space-y-4">
        {diagram.views.length > 1 || diagram.ownership === 'toggle' ? (
          <div className="flex flex-wrap items-end justify-between gap-x-6 gap-y-3 print:hidden">
            {diagram.views.length > 1 ? (
              <SegmentedControl
                legend={diagram.viewsLabel}
                name={`${uid}-view`}
                options={diagram.views.map((item) => ({ value: item.id, label: item.label }))}
                value={view.id}
                onChange={chooseView}
              />
            ) : null}
            {diagram.ownership === 'toggle' ? (
              <Button variant="outline" size="sm" gap="wide" aria-pressed={ownersOn} onClick={() => setOwnersOn((on) => !on)}>
                <span
                  aria-hidden="true"
                  className={cn(
                    'relative inline-block h-5 w-9 rounded-full border-2 transition-colors',
                    ownersOn
                      ? 'border-accent-700 bg-accent-700 dark:border-accent-300 dark:bg-accent-300'
                      : 'border-zinc-500 bg-white dark:border-zinc-400 dark:bg-zinc-900',
                  )}
                >
                  <span
                    className={cn(
                      'absolute top-0.5 h-3 w-3 rounded-full transition-[left]',
                      ownersOn ? 'left-[1.1rem] bg-white dark:bg-zinc-950' : 'left-0.5 bg-zinc-500 dark:bg-zinc-400',
                    )}
                  />
                </span>
                Who manages this?
              </Button>
            ) : null}
          </div>
        ) : null}

        {showOwners ? <OwnerKey owners={ownersInView} uid={uid} /> : null}

        <div className="dg-drawing relative">
          <div
            ref={frameRef}
            className="dg-frame relative rounded-lg border border-zinc-200 dark:border-zinc-800"
            aria-busy={drawing.status === 'drawing' || (drawing.status === 'ready' && drawing.redrawing)}
          >
            {failed ? (
              <div className="absolute inset-0 flex items-center justify-center overflow-auto p-4">
                <DiagramProblem
                  title={`The diagram "${view.chart.accTitle}" could not be drawn.`}
                  messages={[drawing.message]}
                  note="Its text version below shows the same boxes and arrows."
                />
              </div>
            ) : null}
            {drawing.status === 'waiting' || drawing.status === 'drawing' ? (
              <p className="absolute inset-0 flex print:hidden items-center justify-center p-4 text-center text-sm text-zinc-600 dark:text-zinc-400">
                {drawing.status === 'drawing' ? 'Drawing the diagram…' : view.chart.accTitle}
              </p>
            ) : null}
            <div ref={hostRef} data-owners={showOwners ? 'on' : 'off'} className="dg-canvas" onClick={onCanvasClick} onKeyDown={onCanvasKeyDown} />
          </div>
        </div>

        <FlowOutline
          boxes={boxes}
          arrows={arrows}
          panelId={panelId}
          selected={selected}
          showOwners={showOwners}
          ownerOf={ownerOf}
          visited={visited}
          current={current}
          travelled={travelled}
          onClick={onCanvasClick}
          onKeyDown={onCanvasKeyDown}
        />

        <div className="space-y-4 print:hidden">
          {hasRequest && !failed ? (
            <RequestStepper hops={view.request} state={request} onChange={setRequest} onAdvance={stepRequest} labelOf={labelOf} />
          ) : null}

          <ExplanationPanel
            headingLevel={headingLevel}
            id={panelId}
            manyViews={diagram.views.length > 1}
            node={selected ? diagram.nodes[selected] : undefined}
            label={selected ? labelOf(selected) : ''}
            view={view}
            ownership={diagram.ownership}
            onClose={() => setSelected(null)}
          />
        </div>
      </div>

      <div className="rounded-lg border border-zinc-200 dark:border-zinc-800 print:border-0">
        <button
          type="button"
          data-dg-js=""
          aria-expanded={textOpen || failed}
          aria-controls={textId}
          onClick={() => setTextOpen((open) => !open)}
          className="flex min-h-11 w-full items-center gap-2 rounded-lg px-4 text-left text-sm font-semibold text-zinc-900 hover:bg-zinc-50 print:hidden dark:text-zinc-100 dark:hover:bg-zinc-900"
        >
          <DisclosureIcon className={cn('h-4 w-4 shrink-0 motion-safe:transition-transform', (textOpen || failed) && 'rotate-90')} />
          Text version
        </button>
        <div
          id={textId}
          data-dg-text=""
          className={cn(
            textOpen || failed ? 'block' : 'hidden',
            'border-t border-zinc-200 px-4 py-4 print:block print:border-0 print:px-0 dark:border-zinc-800',
          )}
        >
          {textVersion}
        </div>
      </div>
    </section>
  );
}
