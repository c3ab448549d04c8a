'use client';
/**
 * "Move to…": the single-pointer (and keyboard) alternative to dragging a card (WCAG 2.2, 2.5.7).
 * A menu button: opens on click, Enter, Space or the arrow keys; arrows, Home and End move through the
 * choices; Escape closes and returns focus to the button; Tab or a click elsewhere closes it.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Location } from '@/lib/quiz/types';
import { ChevronDownIcon } from '@/components/ui/icons/ChevronDownIcon';
import { useHydrated } from '@/components/ui/useHydrated';

export type MoveOption = { location: Location; text: string };

type Props = {
  cardLabel: string;
  buttonId: string;
  options: MoveOption[];
  onChoose: (location: Location) => void;
};

export function MoveMenu({ cardLabel, buttonId, options, onChoose }: Props) {
  const [open, setOpen] = useState(false);
  const [startAt, setStartAt] = useState<'first' | 'last'>('first');
  const rootRef = useRef<HTMLDivElement>(null);
  const itemsRef = useRef<HTMLButtonElement[]>([]);
  const menuId = `${buttonId}-menu`;
  const hydrated = useHydrated();

  useEffect(() => {
    if (!open) return;
    const items = itemsRef.current.filter(Boolean);
    (startAt === 'last' ? items[items.length - 1] : items[0])?.focus();
    const closeOnOutsidePointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutsidePointer);
    return () => document.removeEventListener('pointerdown', closeOnOutsidePointer);
  }, [open, startAt]);

  const openAt = (where: 'first' | 'last') => {
    itemsRef.current = [];
    setStartAt(where);
    setOpen(true);
  };

  const closeAndReturnFocus = () => {
    setOpen(false);
    document.getElementById(buttonId)?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowUp' ? 'last' : 'first');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = itemsRef.current.filter(Boolean);
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    const focusAt = (next: number) => items[(next + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        focusAt(index - 1);
        break;
      case 'Home':
        event.preventDefault();
        focusAt(0);
        break;
      case 'End':
        event.preventDefault();
        focusAt(items.length - 1);
        break;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        closeAndReturnFocus();
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  return (
    <div ref={rootRef} className="relative ml-auto shrink-0 self-center">
      <button
        id={buttonId}
        type="button"
        aria-label={`Move to…, ${cardLabel}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={!hydrated}
        onClick={() => (open ? setOpen(false) : openAt('first'))}
        onKeyDown={onButtonKeyDown}
        className="inline-flex min-h-11 items-center gap-1 rounded-md px-2.5 text-sm font-medium whitespace-nowrap text-accent-700 hover:bg-accent-50 dark:text-accent-300 dark:hover:bg-zinc-800"
      >
        Move to…
        <ChevronDownIcon />
      </button>
      {open ? (
        <div
          id={menuId}
          role="menu"
          aria-label={`Move ${cardLabel} to`}
          onKeyDown={onMenuKeyDown}
          className="absolute right-0 z-30 mt-1 min-w-48 rounded-lg border border-zinc-300 bg-white p-1 shadow-lg dark:border-zinc-600 dark:bg-zinc-900"
        >
          {options.map((option, index) => (
            <button
              key={option.location}
              ref={(node) => {
                if (node) itemsRef.current[index] = node;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                setOpen(false);
                onChoose(option.location);
              }}
              className="flex min-h-11 w-full items-center rounded-md px-3 text-left text-sm text-zinc-900 hover:bg-zinc-100 focus-visible:bg-zinc-100 dark:text-zinc-100 dark:hover:bg-zinc-800 dark:focus-visible:bg-zinc-800"
            >
              {option.text}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
