'use client';
/**
 * A widget whose code loads when it comes near the screen or is first used, not with the page.
 *
 * On the server the widget renders in full (React waits for its code, so its first frame is in the HTML, also for
 * readers without JavaScript). In the browser, hydration leaves that HTML as it is (an element with empty
 * dangerouslySetInnerHTML hydrates without touching its children) and loads nothing; once woken, the widget's code
 * loads and the live widget replaces the server's copy of itself, which is the same markup, so nothing moves.
 * What wakes it:
 * - the wrapper nearing the window (an IntersectionObserver, WAKE_MARGIN ahead);
 * - focus moving into it (keyboard users tab into server-rendered controls); focus is carried to the live copy;
 * - a tap held by the tap guard (lib/tap-guard.ts), replayed on the matching control of the live copy.
 * Once live, the wrapper carries data-island-live.
 *
 * A part that shows the learner's record instead of a widget (the mastery badge, "quiz me first", the theme switch)
 * is woken by `wake: 'learner-data'` rather than by the screen: when this browser holds saved progress, when the
 * store loads for another reason, or on focus or tap (components/learner/store-presence.ts). Its server copy is the
 * empty record's view, which is right for a first visit, so until then nothing of the store loads.
 *
 * Why not a Suspense boundary that hydrates later: React streams a boundary that waits for a lazy component as a
 * hidden out-of-order segment revealed by an inline script, so without JavaScript the widget stayed hidden.
 */
import { lazy, useEffect, useLayoutEffect, useRef, useState, type ComponentType } from 'react';
import { whenStoreNeeded } from '@/components/learner/store-presence';
import { elementAt, pathTo } from './dom-path';

/** How far ahead of the window a widget starts loading: about half a phone screen. */
export const WAKE_MARGIN = '400px 0px';

type Held = { el: Element; box: boolean; checked: boolean; press?: boolean };
type TapGuard = { take(root: Element): Held[] };
const tapGuard = () => (window as Window & { __taps?: TapGuard }).__taps;

/**
 * `wake`: what makes the island load (see above); `as`: the wrapper element, a span for a part inside a line of text
 * or a link. A span's wrapper, and a learner-data island's, is display: contents, so it changes no layout.
 */
export type IslandOptions = { wake?: 'near-screen' | 'learner-data'; as?: 'div' | 'span' };
export type IslandProps<P> = { name: string; load: () => Promise<ComponentType<P>>; props: P } & IslandOptions;

/** What the server copy had going on when the live copy replaced it: the focused element and held taps, by path. */
type Handover = { focus: number[] | null; taps: { path: number[]; box: boolean; checked: boolean; press?: boolean }[] };

export function Island<P extends object>({ name, load, props, wake: wakeOn = 'near-screen', as: Tag = 'div' }: IslandProps<P>) {
  const ref = useRef<HTMLElement>(null);
  // A part of the page's chrome or a line (not a widget's block) must not change the layout around it.
  const contents = Tag === 'span' || wakeOn === 'learner-data' ? 'contents' : undefined;
  // Named on the wrapper for tools and tests that bring every island near the screen: these do not wake by scrolling.
  const wakeAttribute = wakeOn === 'learner-data' ? 'learner-data' : undefined;
  // Server: the widget itself, through React.lazy with no Suspense boundary, so the page's shell waits for it.
  const [ServerView] = useState(() => (typeof window === 'undefined' ? lazy(() => load().then((View) => ({ default: View }))) : null));
  const [View, setView] = useState<ComponentType<P> | null>(null);
  const handover = useRef<Handover | null>(null);

  useEffect(() => {
    const root = ref.current;
    if (!root || View) return;
    let woken = false;
    let stopWaiting = () => {};
    const wake = () => {
      if (woken) return;
      woken = true;
      stopWaiting();
      void load().then((Loaded) => {
        const current = ref.current;
        if (!current) return;
        const active = document.activeElement;
        handover.current = {
          focus: active && current.contains(active) ? pathTo(current, active) : null,
          taps: (tapGuard()?.take(current) ?? []).map((tap) => ({ path: pathTo(current, tap.el), box: tap.box, checked: tap.checked, press: tap.press })),
        };
        setView(() => Loaded);
      });
    };
    if (wakeOn === 'learner-data') stopWaiting = whenStoreNeeded(wake);
    else {
      const screen = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && wake(), { rootMargin: WAKE_MARGIN });
      screen.observe(root);
      stopWaiting = () => screen.disconnect();
    }
    root.addEventListener('focusin', wake);
    root.addEventListener('island-wake', wake);
    return () => {
      stopWaiting();
      root.removeEventListener('focusin', wake);
      root.removeEventListener('island-wake', wake);
    };
  }, [View, load, wakeOn]);

  // The live copy is in place: give it the focus and the taps the server copy had.
  useLayoutEffect(() => {
    const root = ref.current;
    const pending = handover.current;
    if (!View || !root || !pending) return;
    handover.current = null;
    if (pending.focus) (elementAt(root, pending.focus) as HTMLElement | null)?.focus();
    const activate = (tap: Handover['taps'][number], target: HTMLElement) => {
      if (tap.box && target instanceof HTMLInputElement) target.checked = !tap.checked;
      target.click();
    };
    const waiting = new AbortController();
    for (const tap of pending.taps) {
      const target = elementAt(root, tap.path);
      if (!(target instanceof HTMLElement)) continue;
      if (!tap.press) {
        activate(tap, target);
        continue;
      }
      // A press still down on the server copy: it acts when released (the browser fires no click across the swap),
      // and not at all if a scroll takes it over.
      const { signal } = waiting;
      document.addEventListener('pointerup', () => (waiting.abort(), target.isConnected && activate(tap, target)), { capture: true, once: true, signal });
      document.addEventListener('pointercancel', () => waiting.abort(), { capture: true, once: true, signal });
    }
  }, [View]);

  if (ServerView) {
    return (
      <Tag data-island={name} data-island-wake={wakeAttribute} className={contents}>
        <ServerView {...props} />
      </Tag>
    );
  }
  if (!View) {
    // Hydration keeps the server's HTML inside untouched (no children to match), and so does every render until live.
    // An empty string: it only tells React not to touch the server's copy.
    return (
      <Tag
        ref={ref as React.Ref<never>}
        data-island={name}
        data-island-wake={wakeAttribute}
        className={contents}
        suppressHydrationWarning
        dangerouslySetInnerHTML={{ __html: '' }}
      />
    );
  }
  return (
    <Tag key="live" ref={ref as React.Ref<never>} data-island={name} data-island-wake={wakeAttribute} className={contents} data-island-live="">
      <View {...props} />
    </Tag>
  );
}

/** A component that renders a widget through Island; each widget folder's lazy.tsx makes its loader with it. */
export function island<P extends object>(name: string, load: () => Promise<ComponentType<P>>, options: IslandOptions = {}): ComponentType<P> {
  function NearScreenWidget(props: P) {
    return <Island name={name} load={load} props={props} {...options} />;
  }
  return NearScreenWidget;
}
