'use client';
/**
 * Watches the learner store for something to tell the learner (kept copies of saved values it could not read whole, a full quota) and only then
 * loads the notice itself, so every page's shell carries a few bytes instead of the notice's text and buttons.
 */
import { useEffect, useState, useSyncExternalStore, type ComponentType } from 'react';
import type { StoreNotice } from '@/lib/learner-store';
import { getLearnerStore } from './useLearnerState';

type Notice = ComponentType<{ notice: Exclude<StoreNotice, null> }>;

export function StoreNoticeGate() {
  const notice = useSyncExternalStore(
    (listener) => getLearnerStore().subscribe(listener),
    () => getLearnerStore().notice(),
    () => null,
  );
  const [View, setView] = useState<Notice | null>(null);
  useEffect(() => {
    if (notice && !View) void import('./StoreNotice').then((module) => setView(() => module.StoreNotice));
  }, [notice, View]);
  return notice && View ? <View notice={notice} /> : null;
}
