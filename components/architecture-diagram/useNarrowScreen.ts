'use client';
import { useMediaQuery } from '@/components/ui/useMediaQuery';

/** Below this width the diagrams are drawn with wrapped labels and tighter spacing, so they fit a phone. */
const NARROW = '(max-width: 40rem)';

export const useNarrowScreen = (): boolean => useMediaQuery(NARROW);
