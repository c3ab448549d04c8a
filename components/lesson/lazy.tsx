'use client';
/**
 * The lesson page's own islands (components/islands/Island.tsx), and only those: a 'use client' module goes whole to
 * every page that imports any export of it.
 */
import type { ComponentProps } from 'react';
import { island } from '@/components/islands/Island';
import type { MarkDone as View } from './MarkDone';
import type { QuizFirstSwitch as QuizFirstView } from './QuizFirst';
import type { LessonBadges } from '@/components/course/LessonBadges';

/** "Mark as done" at the end of every lesson: its code loads when the reader gets near it. */
export const MarkDoneLazy = island<ComponentProps<typeof View>>('MarkDone', () => import('./MarkDone').then((m) => m.MarkDone));

/**
 * "Quiz me first": loads when the learner store is needed (saved progress, a tap or focus on the switch). Until then
 * the server's copy is right: the switch is off for a browser with nothing saved, and with it on, the theme
 * bootstrap has already hidden the lesson text (lib/theme.ts).
 */
export const QuizFirstLazy = island<ComponentProps<typeof QuizFirstView>>('QuizFirst', () => import('./QuizFirst').then((m) => m.QuizFirstSwitch), {
  wake: 'learner-data',
});

/**
 * The lesson header's mastery and check-up badges: load when the learner store is needed; until then the server's copy
 * ("Mastery: Not started", no check-up status) is what a first visit shows.
 */
export const LessonBadgesLazy = island<ComponentProps<typeof LessonBadges>>(
  'LessonBadges',
  () => import('@/components/course/LessonBadges').then((m) => m.LessonBadges),
  { wake: 'learner-data', as: 'span' },
);
