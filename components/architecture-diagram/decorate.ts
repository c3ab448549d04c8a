/**
 * Makes a freshly rendered mermaid SVG explorable: each box and group becomes a focusable button with a name,
 * arrows learn which boxes they join, and owner tags are drawn on the boxes. Handlers are not attached here:
 * the view listens once on the host element (event delegation), so nothing leaks when mermaid redraws.
 * No mermaid click callbacks are used; the SVG is rendered with securityLevel 'strict'.
 */
import { diagramIds, type Flowchart } from '@/lib/diagrams/chart';
import { OWNER_SPOKEN, OWNER_TAGS, type Owner } from '@/lib/diagrams/types';

const SVG_NS = 'http://www.w3.org/2000/svg';

// Each box's outline before tags were added, for placing hop numbers on its corner.
const outlines = new WeakMap<SVGGElement, DOMRect>();

/** Mermaid names a box's group "flowchart-<id>-<n>". */
export function boxIdFromElementId(elementId: string): string | undefined {
  return elementId.match(/^flowchart-(.+)-\d+$/)?.[1];
}

/**
 * Since mermaid 11.14 every id inside a diagram starts with the SVG's own id ("<svg id>-flowchart-a-0",
 * "<svg id>-L_a_b_0"), so two diagrams on a page no longer clash; this gives the id mermaid's source names.
 */
function sourceId(elementId: string, svgId: string): string {
  return svgId && elementId.startsWith(`${svgId}-`) ? elementId.slice(svgId.length + 1) : elementId;
}

type PrepareOptions = {
  renderId: string;
  chart: Flowchart;
  panelId: string;
  equalWidths: boolean;
  ownerOf: (id: string) => Owner | undefined;
};

function svgElement<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

function shapeOf(element: SVGGElement): SVGGraphicsElement | null {
  return element.querySelector<SVGGraphicsElement>(':scope > .label-container') ?? element.querySelector<SVGGraphicsElement>(':scope > rect');
}

function markInteractive(element: SVGGElement, id: string, renderId: string, panelId: string) {
  element.dataset.nodeId = id;
  // Mermaid's ids repeat across diagrams and redraws; keep them unique on the page.
  element.id = `${renderId}-box-${id}`;
  element.setAttribute('tabindex', '0');
  element.setAttribute('role', 'button');
  element.setAttribute('aria-controls', panelId);
  element.setAttribute('aria-expanded', 'false');
  shapeOf(element)?.setAttribute('data-shape', '');
}

/** Stacked layers read better at one width: widen every box in a group to its widest box. */
function equalizeWidths(boxes: SVGGElement[], chart: Flowchart) {
  const byParent = new Map<string, SVGRectElement[]>();
  for (const box of boxes) {
    const parent = chart.nodes.find((node) => node.id === box.dataset.nodeId)?.parent;
    const rect = box.querySelector<SVGRectElement>(':scope > rect.label-container');
    if (!parent || !rect) continue;
    byParent.set(parent, [...(byParent.get(parent) ?? []), rect]);
  }
  for (const rects of byParent.values()) {
    const widest = Math.max(...rects.map((rect) => Number(rect.getAttribute('width')) || 0));
    for (const rect of rects) {
      rect.setAttribute('width', String(widest));
      rect.setAttribute('x', String(-widest / 2));
    }
  }
}

function addOwnerTag(element: SVGGElement, owner: Owner) {
  const box = outlines.get(element) ?? element.getBBox();
  const tag = svgElement('g', { 'data-owner-tag': owner, 'aria-hidden': 'true' });
  const background = svgElement('rect', { rx: 3, height: 15 });
  const label = svgElement('text', { y: 11, 'text-anchor': 'middle' });
  // The leading space (not drawn: SVG drops it) keeps the tag a word of its own in the box's visible text,
  // "ECS container agent AWS", which the box's name "ECS container agent, AWS manages it" contains (WCAG 2.5.3
  // Label in Name; axe's label-content-name-mismatch read "agentAWS" without it).
  label.textContent = ` ${OWNER_TAGS[owner]}`;
  tag.append(background, label);
  element.append(tag);
  const width = Math.ceil(label.getComputedTextLength()) + 10;
  background.setAttribute('width', String(width));
  label.setAttribute('x', String(width / 2));
  // Straddle the top border at the right, clear of the centred label and of arrows arriving at the middle.
  tag.setAttribute('transform', `translate(${box.x + box.width - width - 8}, ${box.y - 7.5})`);
}

/** Returns the ids of the boxes it made interactive, in reading (tab) order. */
export function prepareSvg(svg: SVGSVGElement, { renderId, chart, panelId, equalWidths, ownerOf }: PrepareOptions): string[] {
  const known = new Set(diagramIds(chart));
  const groupIds = new Set(chart.groups.map((group) => group.id));
  const marked: SVGGElement[] = [];

  for (const element of svg.querySelectorAll<SVGGElement>('g.node')) {
    const id = boxIdFromElementId(sourceId(element.id, svg.id));
    if (!id || !known.has(id) || groupIds.has(id)) continue;
    markInteractive(element, id, renderId, panelId);
    marked.push(element);
  }
  for (const element of svg.querySelectorAll<SVGGElement>('g.cluster')) {
    const id = sourceId(element.id, svg.id);
    if (!known.has(id)) continue;
    markInteractive(element, id, renderId, panelId);
    marked.push(element);
  }

  // Tab order follows the source: within each SVG group, move boxes into the order the author wrote them.
  const rank = new Map(chart.order.map((id, index) => [id, index]));
  for (const parent of new Set(marked.map((element) => element.parentElement).filter((parent) => parent !== null))) {
    const siblings = [...parent.children].filter((child): child is SVGGElement => child instanceof SVGGElement && child.dataset.nodeId !== undefined);
    siblings.sort((a, b) => (rank.get(a.dataset.nodeId!) ?? 0) - (rank.get(b.dataset.nodeId!) ?? 0)).forEach((child) => parent.appendChild(child));
  }

  // Arrows: mermaid names them "L_<from>_<to>_<n>"; record their ends so a request can light them up.
  for (const edge of chart.edges) {
    const prefix = `L_${edge.from}_${edge.to}_`;
    for (const path of svg.querySelectorAll<SVGPathElement>('path[id]')) {
      const id = sourceId(path.id, svg.id);
      if (!id.startsWith(prefix) || !/^\d+$/.test(id.slice(prefix.length))) continue;
      path.dataset.from = edge.from;
      path.dataset.to = edge.to;
      path.id = `${renderId}-${id}`;
    }
  }

  const boxes = marked.filter((element) => element.classList.contains('node'));
  if (equalWidths) equalizeWidths(boxes, chart);
  for (const element of marked) outlines.set(element, element.getBBox());
  for (const element of marked) {
    const owner = ownerOf(element.dataset.nodeId!);
    if (owner) addOwnerTag(element, owner);
  }
  svg.style.overflow = 'visible';
  return [...svg.querySelectorAll<SVGGElement>('[data-node-id]')].map((element) => element.dataset.nodeId!);
}

type StateOptions = {
  selected: string | null;
  showOwners: boolean;
  visited: string[];
  current: string | undefined;
  travelled: [string, string][];
  labelOf: (id: string) => string;
  ownerOf: (id: string) => Owner | undefined;
};

function addHopNumber(element: SVGGElement, number: number) {
  const box = outlines.get(element) ?? element.getBBox();
  // On the left edge, halfway down: clear of the owner tag (top right) and of arrows, which meet boxes top and bottom.
  // Drawn beside the box's group, not inside it: inside, the number would be part of the box's visible text, which
  // its accessible name (the box's label) would then have to contain (WCAG 2.5.3 Label in Name). The stepper and the
  // text version say which stop it is.
  const place = `translate(${box.x}, ${box.y + Math.min(box.height / 2, 22)})`;
  const badge = svgElement('g', {
    'data-hop-number': number,
    'aria-hidden': 'true',
    transform: [element.getAttribute('transform'), place].filter(Boolean).join(' '),
  });
  const circle = svgElement('circle', { r: 10 });
  const label = svgElement('text', { y: 4, 'text-anchor': 'middle' });
  label.textContent = String(number);
  badge.append(circle, label);
  element.after(badge);
}

/** Applies the view's state (selection, owner names, request highlight) to the boxes and arrows. */
export function applyState(svg: SVGSVGElement, { selected, showOwners, visited, current, travelled, labelOf, ownerOf }: StateOptions) {
  svg.querySelectorAll('[data-hop-number]').forEach((badge) => badge.remove());
  for (const element of svg.querySelectorAll<SVGGElement>('[data-node-id]')) {
    const id = element.dataset.nodeId!;
    const owner = ownerOf(id);
    element.setAttribute('aria-label', showOwners && owner ? `${labelOf(id)}, ${OWNER_SPOKEN[owner]}` : labelOf(id));
    element.setAttribute('aria-expanded', String(selected === id));
    if (owner) element.dataset.owner = owner;
    const step = visited.indexOf(id);
    if (step < 0) element.removeAttribute('data-hop');
    else {
      element.dataset.hop = id === current ? 'current' : 'done';
      addHopNumber(element, step + 1);
    }
  }
  for (const path of svg.querySelectorAll<SVGPathElement>('path[data-from]')) {
    const on = travelled.some(([from, to]) => path.dataset.from === from && path.dataset.to === to);
    if (on) path.dataset.travelled = '';
    else path.removeAttribute('data-travelled');
  }
}
