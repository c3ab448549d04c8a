/** The prose components authors may write (lib/widgets.ts PROSE_COMPONENTS), and `a` for every link. */
import type { ComponentType } from 'react';
import type { ProseComponentName } from '@/lib/widgets';
import { Callout } from './Callout';
import { Question } from './Question';
import { Owner } from './Owner';
import { LessonLink } from './LessonLink';

export const proseComponents = { a: LessonLink, Callout, Question, Owner } satisfies Record<ProseComponentName | 'a', ComponentType<never>>;
