'use client';
/** The embed options in the address, read after hydration (the prerendered HTML shows the defaults). */
import { useMemo, useSyncExternalStore } from 'react';
import { parseEmbedOptions, type EmbedOptions } from '@/lib/embed/options';

const noSubscription = () => () => {};

export function useEmbedOptions(): EmbedOptions {
  const search = useSyncExternalStore(
    noSubscription,
    () => window.location.search,
    () => '',
  );
  return useMemo(() => parseEmbedOptions(search).options, [search]);
}
