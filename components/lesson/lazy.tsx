'use client';
/** "Mark as done" at the end of every lesson: its code loads when the reader gets near it (components/islands/Island.tsx). */
import type { ComponentProps } from 'react';
import { island } from '@/components/islands/Island';
import type { MarkDone as View } from './MarkDone';
import type { QuizFirstSwitch as QuizFirstView } from './QuizFirst';

export const MarkDoneLazy = island<ComponentProps<typeof View>>('MarkDone', () => import('./MarkDone').then((m) => m.MarkDone));

/**
 * "Quiz me first": loads when the learner store is needed (saved progress, a tap or focus on the switch). Until then
 * the server's copy is right: the switch is off for a browser with nothing saved, and with it on, the theme
 * bootstrap has already hidden the lesson text (lib/theme.ts).
 */
export const QuizFirstLazy = island<ComponentProps<typeof QuizFirstView>>('QuizFirst', () => import('./QuizFirst').then((m) => m.QuizFirstSwitch), {
  wake: 'learner-data',
});
