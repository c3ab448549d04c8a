'use client';
/**
 * The parts that show the learner's record on the course map, loaded only when the learner store is needed
 * (components/learner/store-presence.ts): on a first visit the server's copy ("Start with lesson 1", no tick, no
 * check-up status) is already what the store would show. The lesson header's badges are in components/lesson/lazy.tsx:
 * a 'use client' module goes whole to every page that imports any of it, so the home page's islands here would be on
 * every lesson's first load (about 0.4 KB gzip of loaders) if the badges were here too.
 */
import type { ComponentProps } from 'react';
import { island } from '@/components/islands/Island';
import type { LessonDetails } from './LessonDetails';
import type { CourseProgress, LessonStatus, NextLessonButton } from './LessonStatus';

const fromStore = { wake: 'learner-data' } as const;

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
