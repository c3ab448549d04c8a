/**
 * The drag-and-drop wiring that @dnd-kit leaves to the app: which pointer starts a drag, where the arrow keys
 * take a held card, and which zone counts as "over".
 */
import {
  PointerSensor,
  pointerWithin,
  type Announcements,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type PointerSensorOptions,
} from '@dnd-kit/core';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { announce } from '@/lib/quiz/announce';
import { revealScroll } from '@/lib/reveal-scroll';
import { neighbourLocation } from '@/lib/quiz/round';
import { POOL, type Location, type Owner } from '@/lib/quiz/types';

/**
 * Mouse and pen drags. Touch is left to the TouchSensor, whose press-and-hold delay lets a swipe across the
 * cards scroll the page as usual; a pointer sensor would claim the touch first.
 */
export class MouseAndPenSensor extends PointerSensor {
  static activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: ({ nativeEvent }: ReactPointerEvent, { onActivation }: PointerSensorOptions) => {
        if (nativeEvent.pointerType === 'touch' || !nativeEvent.isPrimary || nativeEvent.button !== 0) return false;
        onActivation?.({ event: nativeEvent });
        return true;
      },
    },
  ];
}

/** Data each draggable card carries, read by announcements and the keyboard. */
export type CardDragData = { label: string; from: Location };

/**
 * While a card is held with the keyboard, the zone the arrows have chosen. Pointer drags use the pointer's
 * position instead; a keyboard drag has no pointer, so it cannot rely on geometry (a card at the bottom of the
 * pool is closer to the first zone than to the pool's centre, and would be "over" the wrong place).
 */
export type KeyboardTarget = { get(): Location | null; set(location: Location | null): void };

export function createKeyboardTarget(): KeyboardTarget {
  let current: Location | null = null;
  return {
    get: () => current,
    set: (location) => {
      current = location;
    },
  };
}

export function zoneCollisions(keyboardTarget: KeyboardTarget): CollisionDetection {
  return (args) => {
    if (args.pointerCoordinates) return pointerWithin(args);
    const target = keyboardTarget.get();
    const container = target ? args.droppableContainers.find((item) => item.id === target) : undefined;
    return container ? [{ id: container.id, data: { droppableContainer: container, value: 0 } }] : [];
  };
}

/** The band of the screen below the sticky bars: the root's scroll-padding-top clears the header (and, below lg, the lesson's "On this page" bar). */
function visibleBand() {
  const clearance = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  return { top: clearance, bottom: window.innerHeight - 8 };
}

/**
 * Scrolls so that the carried card shows with where it is going. Over its own place that is the card itself; over
 * another place, the copy of the card that place shows under its title (DropZone's carried preview, drawn on the
 * next render, so its room is reckoned from the head's bottom and the card's height).
 */
function scrollToCarry(card: HTMLElement | null, zone: HTMLElement, own: boolean) {
  const cardRect = card?.getBoundingClientRect();
  const zoneRect = zone.getBoundingClientRect();
  const headBottom = zone.querySelector('[data-zone-head]')?.getBoundingClientRect().bottom ?? zoneRect.top;
  const box = own && cardRect ? cardRect : { top: zoneRect.top, bottom: headBottom + (cardRect?.height ?? 0) + 8 };
  const delta = revealScroll(box, visibleBand());
  if (delta) window.scrollBy({ top: delta, behavior: 'instant' });
}

/**
 * Arrow keys move the held card to the next or previous place (pool first). A keyboard drag shows no floating
 * copy: the target zone is highlighted and shows the carried card under its title, both scrolled into view below
 * the sticky bars, and the returned point is that zone's centre on screen, which keeps dnd-kit from scrolling on its
 * own and makes it re-run collision detection.
 */
export function zoneKeyboardCoordinates(zones: readonly Owner[], keyboardTarget: KeyboardTarget): KeyboardCoordinateGetter {
  return (event, { context }) => {
    const step = event.code === 'ArrowRight' || event.code === 'ArrowDown' ? 1 : event.code === 'ArrowLeft' || event.code === 'ArrowUp' ? -1 : 0;
    if (!step) return undefined;
    event.preventDefault();
    const from = keyboardTarget.get() ?? (context.active?.data.current as CardDragData | undefined)?.from ?? POOL;
    const to = neighbourLocation(zones, from, step);
    const node = context.droppableContainers.get(to)?.node.current;
    if (!node) return undefined;
    keyboardTarget.set(to);
    const home = (context.active?.data.current as CardDragData | undefined)?.from ?? POOL;
    scrollToCarry(context.activeNode, node, to === home);
    const rect = node.getBoundingClientRect();
    const clamp = (value: number, max: number) => Math.min(Math.max(value, 1), max - 1);
    return { x: clamp(rect.left + rect.width / 2, window.innerWidth), y: clamp(rect.top + Math.min(rect.height / 2, 48), window.innerHeight) };
  };
}

/**
 * Screen-reader announcements for a drag. "Over" is only said when the place changes: dnd-kit reports the
 * card's own place right after pick-up, which would otherwise replace "Picked up …" before it is read.
 */
export function dragAnnouncements(labelOf: (id: string | number) => string): Announcements {
  let lastPlace: Location | null = null;
  const from = (active: { data: { current?: unknown } }) => (active.data.current as CardDragData | undefined)?.from ?? POOL;
  const place = (over: { id: string | number } | null) => (over ? (over.id as Location) : null);
  return {
    onDragStart: ({ active }) => {
      lastPlace = from(active);
      return announce.pickedUp(labelOf(active.id), lastPlace);
    },
    onDragOver: ({ active, over }) => {
      if (place(over) === lastPlace) return undefined;
      lastPlace = place(over);
      return announce.over(labelOf(active.id), lastPlace);
    },
    onDragEnd: ({ active, over }) => announce.dropped(labelOf(active.id), from(active), place(over)),
    onDragCancel: ({ active }) => announce.cancelled(labelOf(active.id), from(active)),
  };
}
