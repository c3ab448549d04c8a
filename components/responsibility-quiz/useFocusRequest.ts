'use client';
/** Moves focus to an element by id once React has rendered: a moved card is a new element in its new list. */
import { useEffect, useState } from 'react';

export function useFocusRequest(): (id: string) => void {
  const [request, setRequest] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (request) document.getElementById(request.id)?.focus();
  }, [request]);
  // A new object each time, so asking for the same element twice still moves focus there.
  return (id) => setRequest({ id });
}
