'use client';
/**
 * A widget whose code loads when it comes near the screen or is first used, not with the page. Its server-rendered
 * first frame stays in place (a dehydrated Suspense boundary: React keeps the server's HTML and hydrates it where it
 * is once the code arrives), so nothing moves and readers see the widget at once. What wakes it:
 * - the wrapper nearing the window (one IntersectionObserver, WAKE_MARGIN ahead);
 * - focus moving into it (keyboard users tab into server-rendered controls);
 * - a tap held by the tap guard (lib/tap-guard.ts), which is replayed once the widget is live.
 * Once live, the wrapper carries data-island-live.
 */
import { Suspense, lazy, useEffect, useRef, useState, type ComponentType } from 'react';

/** How far ahead of the window a widget starts loading: about half a phone screen. */
export const WAKE_MARGIN = '400px 0px';

type TapGuard = { live(root: Element): void };
type Wake = { promise: Promise<void>; resolve: () => void };

function wakeSignal(): Wake {
  let resolve = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

export type IslandProps<P> = { name: string; load: () => Promise<ComponentType<P>>; props: P };

export function Island<P extends object>({ name, load, props }: IslandProps<P>) {
  const ref = useRef<HTMLDivElement>(null);
  const [wake] = useState(wakeSignal);
  const [Widget] = useState(() =>
    lazy(async () => {
      // On the server the widget renders at once; in the browser its code waits for the wake signal.
      if (typeof window !== 'undefined') await wake.promise;
      const View = await load();
      function LiveWidget(viewProps: P) {
        useEffect(() => {
          const root = ref.current;
          if (!root) return;
          root.setAttribute('data-island-live', '');
          (window as Window & { __taps?: TapGuard }).__taps?.live(root);
        }, []);
        return <View {...viewProps} />;
      }
      return { default: LiveWidget };
    }),
  );

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const start = () => wake.resolve();
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && start(), { rootMargin: WAKE_MARGIN });
    observer.observe(root);
    root.addEventListener('focusin', start);
    root.addEventListener('island-wake', start);
    void wake.promise.then(() => observer.disconnect());
    return () => {
      observer.disconnect();
      root.removeEventListener('focusin', start);
      root.removeEventListener('island-wake', start);
    };
  }, [wake]);

  return (
    <div ref={ref} data-island={name}>
      <Suspense fallback={null}>
        <Widget {...props} />
      </Suspense>
    </div>
  );
}

/** A component that renders a widget through Island; each widget folder's lazy.tsx makes its loader with it. */
export function island<P extends object>(name: string, load: () => Promise<ComponentType<P>>): ComponentType<P> {
  function NearScreenWidget(props: P) {
    return <Island name={name} load={load} props={props} />;
  }
  NearScreenWidget.displayName = `Island(${name})`;
  return NearScreenWidget;
}
