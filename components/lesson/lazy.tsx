'use client';
/** "Mark as done" at the end of every lesson: its code loads when the reader gets near it (components/islands/Island.tsx). */
import type { ComponentProps } from 'react';
import { island } from '@/components/islands/Island';
import type { MarkDone as View } from './MarkDone';

export const MarkDoneLazy = island<ComponentProps<typeof View>>('MarkDone', () => import('./MarkDone').then((m) => m.MarkDone));
