'use client';
/**
 * Watches the learner store for something to tell the learner (kept copies of saved values it could not read whole, a
 * full quota) and only then loads the notice itself. The store itself loads only once it is needed
 * (components/learner/useStoreValue.ts): a browser with nothing saved has nothing to be told.
 */
import { useEffect, useState, type ComponentType } from 'react';
import type { LearnerStore, StoreNotice } from '@/lib/learner-store';
import { useStoreValue } from './useStoreValue';

type Notice = ComponentType<{ notice: Exclude<StoreNotice, null> }>;
const readNotice = (store: LearnerStore) => store.notice();

export function StoreNoticeGate() {
  const notice = useStoreValue(readNotice, null);
  const [View, setView] = useState<Notice | null>(null);
  useEffect(() => {
    if (notice && !View) void import('./StoreNotice').then((module) => setView(() => module.StoreNotice));
  }, [notice, View]);
  return notice && View ? <View notice={notice} /> : null;
}
