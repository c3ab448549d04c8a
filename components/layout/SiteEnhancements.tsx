'use client';
import { useEffect, useRef, useState, type ComponentType } from 'react';
import { isSearchShortcut } from '@/lib/search/shortcut';
import type { SearchDialogProps } from '@/components/search/SearchDialog';
import { focusNotedSection } from '@/components/search/focusNotedSection';

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * The header's behaviour, in one small listener set for every page: the search button and shortcuts (the dialog's
 * code and the index load only on first open), and the disclosure menus (<details data-menu>: the phone menu and
 * the lesson's "On this page"), which close on Escape, on a click outside and when a link in them is followed.
 */
export function SiteEnhancements() {
  const [Dialog, setDialog] = useState<ComponentType<SearchDialogProps> | null>(null);
  const [open, setOpen] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    focusNotedSection();
    const openSearch = () => {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      for (const menu of document.querySelectorAll<HTMLDetailsElement>('details[data-menu][open]')) menu.open = false;
      setOpen(true);
      import('@/components/search/SearchDialog').then((module) => setDialog(() => module.SearchDialog));
    };
    for (const trigger of document.querySelectorAll('[data-search-open]')) {
      trigger.setAttribute('role', 'button');
      trigger.setAttribute('aria-haspopup', 'dialog');
    }
    const onKey = (event: KeyboardEvent) => {
      const { key, ctrlKey, metaKey, altKey } = event;
      if (isSearchShortcut({ key, ctrlKey, metaKey, altKey, inTextField: isTextField(event.target) })) {
        if (document.querySelector('dialog[open]')) return;
        event.preventDefault();
        openSearch();
      } else if (key === 'Escape') {
        const menu = document.querySelector<HTMLDetailsElement>('details[data-menu][open]');
        if (menu) {
          menu.open = false;
          menu.querySelector('summary')?.focus();
        }
      }
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[data-search-open]')) {
        event.preventDefault();
        openSearch();
        return;
      }
      for (const menu of document.querySelectorAll<HTMLDetailsElement>('details[data-menu][open]')) {
        if (!menu.contains(target) || target?.closest('a')) menu.open = false;
      }
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
  }, []);

  if (!open || !Dialog) return null;
  return (
    <Dialog
      onClose={() => {
        setOpen(false);
        returnFocus.current?.focus();
      }}
    />
  );
}
