'use client';
/**
 * The lab's client code, loaded when it nears the screen or is first used (components/islands/Island.tsx): its server
 * part renders the first frame (the planted task definition in a plain text area), and a lesson's first load carries
 * none of this code (lib/budgets.ts). The code editor itself (CodeMirror) is a further dynamic import, made once the
 * lab runs (./TaskDefinitionLab.tsx).
 */
import type { ComponentProps } from 'react';
import { island } from '@/components/islands/Island';
import type { TaskDefinitionLab as View } from './TaskDefinitionLab';

export const TaskDefinitionLabLazy = island<ComponentProps<typeof View>>('TaskDefinitionLab', () =>
  import('./TaskDefinitionLab').then((m) => m.TaskDefinitionLab),
);
