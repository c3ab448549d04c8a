/**
 * The drag-and-drop wiring that @dnd-kit leaves to the app: which pointer starts a drag, where the arrow keys
 * take a held card, and which zone counts as "over".
 */
import { PointerSensor, pointerWithin, type Announcements, type CollisionDetection, type KeyboardCoordinateGetter, type PointerSensorOptions } from '@dnd-kit/core';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { announce } from '@/lib/quiz/announce';
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

/** Arrow keys move the held card to the next or previous zone (pool first), centred on it. */
export function zoneKeyboardCoordinates(zones: readonly Owner[], keyboardTarget: KeyboardTarget): KeyboardCoordinateGetter {
  return (event, { context }) => {
    const step = event.code === 'ArrowRight' || event.code === 'ArrowDown' ? 1 : event.code === 'ArrowLeft' || event.code === 'ArrowUp' ? -1 : 0;
    if (!step) return undefined;
    event.preventDefault();
    const from = keyboardTarget.get() ?? ((context.active?.data.current as CardDragData | undefined)?.from ?? 'pool');
    const to = neighbourLocation(zones, from, step);
    const zoneRect = context.droppableRects.get(to);
    const cardRect = context.collisionRect;
    if (!zoneRect || !cardRect) return undefined;
    keyboardTarget.set(to);
    // Centre horizontally; vertically, near the top of tall zones so the card stays in view on a phone.
    return {
      x: zoneRect.left + (zoneRect.width - cardRect.width) / 2,
      y: zoneRect.top + Math.min((zoneRect.height - cardRect.height) / 2, 48),
    };
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
