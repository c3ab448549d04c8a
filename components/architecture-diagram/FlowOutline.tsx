'use client';
/**
 * A diagram view laid out as a vertical flow, for frames too narrow for the drawing (every phone): the same boxes,
 * groups and arrows as the mermaid source (lib/diagrams/text-version), top to bottom in source order, each box a
 * button that opens its explanation, with the owner tags and the "follow a request" highlight of the drawing.
 * Rendered on the server too, so a phone never waits for mermaid and the page does not shift.
 */
import type { KeyboardEvent, MouseEvent } from 'react';
import type { ArrowItem, BoxItem } from '@/lib/diagrams/text-version';
import { OWNER_SPOKEN, OWNER_TAGS, type Owner } from '@/lib/diagrams/types';

type Props = {
  boxes: BoxItem[];
  arrows: ArrowItem[];
  panelId: string;
  selected: string | null;
  showOwners: boolean;
  ownerOf: (id: string) => Owner | undefined;
  visited: string[];
  current: string | undefined;
  travelled: [string, string][];
  onClick: (event: MouseEvent) => void;
  onKeyDown: (event: KeyboardEvent) => void;
};

export function FlowOutline({ boxes, arrows, panelId, selected, showOwners, ownerOf, visited, current, travelled, onClick, onKeyDown }: Props) {
  const item = (box: BoxItem) => {
    const owner = showOwners ? ownerOf(box.id) : undefined;
    const step = visited.indexOf(box.id);
    const out = arrows.filter((arrow) => arrow.from === box.id);
    const group = box.children.length > 0;
    return (
      <li key={box.id} className={group ? 'dg-flow-group' : undefined}>
        <button
          type="button"
          data-node-id={box.id}
          data-owner={owner}
          data-hop={step < 0 ? undefined : box.id === current ? 'current' : 'done'}
          aria-expanded={selected === box.id}
          aria-controls={panelId}
          aria-current={box.id === current ? 'step' : undefined}
          className="dg-flow-box"
        >
          {step >= 0 ? (
            <span aria-hidden="true" className="dg-flow-hop">
              {step + 1}
            </span>
          ) : null}
          <span className="dg-flow-label">{box.label}</span>
          {owner ? (
            <span data-owner-tag={owner} className="dg-flow-tag">
              {OWNER_TAGS[owner]}
              <span className="sr-only">: {OWNER_SPOKEN[owner]}</span>
            </span>
          ) : null}
        </button>
        {out.length ? (
          <ul className="dg-flow-arrows">
            {out.map((arrow) => (
              <li key={`${arrow.to}-${arrow.label}`} data-travelled={travelled.some(([from, to]) => from === arrow.from && to === arrow.to) ? '' : undefined}>
                <span aria-hidden="true">↳ </span>
                {arrow.label ? `${arrow.label}: ` : 'to '}
                {arrow.toLabel}
              </li>
            ))}
          </ul>
        ) : null}
        {group ? <ul className="dg-flow-list">{box.children.map(item)}</ul> : null}
      </li>
    );
  };
  return (
    // Clicks and keys are handled once for every box, as on the drawing.
    <div className="dg-flow" onClick={onClick} onKeyDown={onKeyDown}>
      <ul className="dg-flow-list">{boxes.map(item)}</ul>
    </div>
  );
}
