'use client';
/**
 * The parts that show the learner's record on the course map and the lesson header, loaded only when the learner
 * store is needed (components/learner/store-presence.ts): on a first visit the server's copy ("Start with lesson 1",
 * "Mastery: Not started", no tick, no check-up status) is already what the store would show.
 */
import type { ComponentProps } from 'react';
import { island } from '@/components/islands/Island';
import type { LessonBadges } from './LessonBadges';
import type { LessonDetails } from './LessonDetails';
import type { CourseProgress, LessonStatus, NextLessonButton } from './LessonStatus';

const fromStore = { wake: 'learner-data' } as const;

export const LessonBadgesLazy = island<ComponentProps<typeof LessonBadges>>('LessonBadges', () => import('./LessonBadges').then((m) => m.LessonBadges), {
  ...fromStore,
  as: 'span',
});
export const LessonDetailsLazy = island<ComponentProps<typeof LessonDetails>>(
  'LessonDetails',
  () => import('./LessonDetails').then((m) => m.LessonDetails),
  fromStore,
);
export const LessonStatusLazy = island<ComponentProps<typeof LessonStatus>>('LessonStatus', () => import('./LessonStatus').then((m) => m.LessonStatus), {
  ...fromStore,
  as: 'span',
});
export const CourseProgressLazy = island<ComponentProps<typeof CourseProgress>>(
  'CourseProgress',
  () => import('./LessonStatus').then((m) => m.CourseProgress),
  fromStore,
);
export const NextLessonButtonLazy = island<ComponentProps<typeof NextLessonButton>>(
  'NextLessonButton',
  () => import('./LessonStatus').then((m) => m.NextLessonButton),
  {
    ...fromStore,
    as: 'span',
  },
);
