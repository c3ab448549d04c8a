'use client';
/** A widget's own slice of the learner store, read through its guard; a slice that does not fit reads as undefined. */
import { useCallback } from 'react';
import { readWidgetState } from '@/lib/learner-store';
import type { Guard } from '@/lib/guards';
import { useLearnerState } from './useLearnerState';
import { setWidgetSlice } from './actions';

export function useWidgetState<T>(key: string, guard: Guard<T>): [T | undefined, (value: T | undefined) => void] {
  const value = useLearnerState((state) => readWidgetState(state, key, guard));
  const set = useCallback((next: T | undefined) => setWidgetSlice(key, next), [key]);
  return [value, set];
}
