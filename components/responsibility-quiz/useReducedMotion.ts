'use client';
/** Follows the learner's "reduce motion" setting; false on the server and during hydration. */
import { useMediaQuery } from '@/components/ui/useMediaQuery';

export const useReducedMotion = (): boolean => useMediaQuery('(prefers-reduced-motion: reduce)');
