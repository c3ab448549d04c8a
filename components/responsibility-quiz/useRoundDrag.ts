'use client';
/**
 * Dragging a card: pointer, touch and keyboard sensors, zone collisions, the screen-reader announcements and
 * which card is held. A drop is handed to `onDrop`; where the card may go is still decided in lib/quiz.
 */
import { KeyboardSensor, TouchSensor, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { useEffect, useMemo, useState } from 'react';
import { edgeScrollSpeed, edgeScrollStep } from '@/lib/quiz/edge-scroll';
import type { Location, Owner } from '@/lib/quiz/types';
import { createKeyboardTarget, dragAnnouncements, MouseAndPenSensor, zoneCollisions, zoneKeyboardCoordinates, type KeyboardTarget } from './dnd';

// A mouse drag starts after 6 px of movement, so a click still selects the card.
const MOUSE_OPTIONS = { activationConstraint: { distance: 6 } };
// Touch: press and hold to pick up. A quick swipe across the cards still scrolls the page, and a tap still selects.
const TOUCH_OPTIONS = { activationConstraint: { delay: 250, tolerance: 8 } };

type Options = {
  zones: readonly Owner[];
  label: (id: string | number) => string;
  /** Where a card is now: a keyboard drag starts "over" its own place. */
  locationOf: (cardId: string) => Location;
  onPickUp: () => void;
  onDrop: (cardId: string, to: Location) => void;
};

export function useRoundDrag({ zones, label, locationOf, onPickUp, onDrop }: Options) {
  const [heldId, setHeldId] = useState<string | null>(null);
  // Keyboard drags highlight the target zone instead of floating a copy of the card.
  const [heldByKeyboard, setHeldByKeyboard] = useState(false);
  // Written by the keyboard sensor and read by collision detection, both outside rendering.
  const [keyboardTarget] = useState<KeyboardTarget>(createKeyboardTarget);

  const keyboardOptions = useMemo(() => ({ coordinateGetter: zoneKeyboardCoordinates(zones, keyboardTarget) }), [zones, keyboardTarget]);
  const sensors = useSensors(useSensor(MouseAndPenSensor, MOUSE_OPTIONS), useSensor(TouchSensor, TOUCH_OPTIONS), useSensor(KeyboardSensor, keyboardOptions));
  const collisionDetection = useMemo(() => zoneCollisions(keyboardTarget), [keyboardTarget]);
  const announcements = useMemo(() => dragAnnouncements(label), [label]);

  const onDragStart = ({ active, activatorEvent }: DragStartEvent) => {
    setHeldId(String(active.id));
    onPickUp();
    // Keyboard drags start "over" the card's own place; pointer drags follow the pointer.
    const byKeyboard = activatorEvent instanceof KeyboardEvent;
    setHeldByKeyboard(byKeyboard);
    keyboardTarget.set(byKeyboard ? locationOf(String(active.id)) : null);
  };

  const onDragCancel = () => {
    setHeldId(null);
    keyboardTarget.set(null);
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    onDragCancel();
    if (over) onDrop(String(active.id), over.id as Location);
  };

  const floatingId = heldId && !heldByKeyboard ? heldId : null;
  // While a pointer or finger drags a card near the top or bottom of the screen, the page scrolls at a speed per
  // second (lib/quiz/edge-scroll), applied per animation frame. It replaces dnd-kit's auto-scroll, a fixed step per
  // timer tick that crawled on a busy phone and that the site's smooth scrolling slowed further (app/globals.css
  // turns that off while the attribute below is set).
  useEffect(() => {
    if (!floatingId) return;
    const root = document.documentElement;
    root.setAttribute('data-card-dragging', '');
    let pointerY: number | null = null;
    let last = performance.now();
    let rest = 0;
    let frame = 0;
    const onPointerMove = (event: PointerEvent) => {
      pointerY = event.clientY;
    };
    const onTouchMove = (event: TouchEvent) => {
      if (event.touches[0]) pointerY = event.touches[0].clientY;
    };
    const tick = (now: number) => {
      if (pointerY !== null) {
        const top = Number.parseFloat(getComputedStyle(root).scrollPaddingTop) || 0;
        rest += edgeScrollStep(edgeScrollSpeed(pointerY, top, window.innerHeight), now - last);
        const whole = Math.trunc(rest);
        if (whole) {
          rest -= whole;
          window.scrollBy({ top: whole, behavior: 'instant' });
        }
      }
      last = now;
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    window.addEventListener('pointermove', onPointerMove, { passive: true });
    window.addEventListener('touchmove', onTouchMove, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('pointermove', onPointerMove);
      window.removeEventListener('touchmove', onTouchMove);
      root.removeAttribute('data-card-dragging');
    };
  }, [floatingId]);

  return {
    /** The card floating under the pointer (none while a keyboard holds it). */
    floatingId,
    /** The card carried with the arrow keys: the zone it is over shows a copy of it. */
    carriedId: heldId && heldByKeyboard ? heldId : null,
    context: { sensors, collisionDetection, onDragStart, onDragEnd, onDragCancel, autoScroll: false },
    announcements,
  };
}
