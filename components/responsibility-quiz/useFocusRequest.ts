'use client';
/** Moves focus to an element by id once React has rendered: a moved card is a new element in its new list. */
import { useEffect, useState } from 'react';

export function useFocusRequest(): (id: string) => void {
  const [request, setRequest] = useState<{ id: string } | null>(null);
  useEffect(() => {
    const element = request ? document.getElementById(request.id) : null;
    if (!element) return;
    // focus() alone scrolls the element just onto the screen, its focus ring cut off at the edge (Try again after
    // Check answers): scroll it in with room for the ring instead (the scroll margin, globals.css).
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [request]);
  // A new object each time, so asking for the same element twice still moves focus there.
  return (id) => setRequest({ id });
}
