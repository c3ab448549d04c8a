import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False in the server HTML and during hydration, true once React runs. A control that needs JavaScript is disabled
 * until then, so a click that comes before hydration is not silently lost (a slow phone, a busy test machine).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
