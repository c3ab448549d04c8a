'use client';
/**
 * The widget's client code, loaded when the widget nears the screen or is first used (components/islands/Island.tsx):
 * its server part renders the first frame, and a page's first load carries none of this code (lib/budgets.ts).
 */
import type { ComponentProps } from 'react';
import { island } from '@/components/islands/Island';
import type { ArchitectureDiagram as View } from '@/components/architecture-diagram';

export const ArchitectureDiagramLazy = island<ComponentProps<typeof View>>('ArchitectureDiagram', () =>
  import('@/components/architecture-diagram').then((m) => m.ArchitectureDiagram),
);
