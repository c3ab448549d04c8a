'use client';
/**
 * The lab's client code, loaded with next/dynamic by its server part (see components/mdx/widgets.tsx for why
 * next/dynamic). The code editor itself (CodeMirror) is a further dynamic import, made only when the lab comes near
 * the screen (./TaskDefinitionLab.tsx), so a lesson's first load does not carry it.
 */
import dynamic from 'next/dynamic';

export const TaskDefinitionLabLazy = dynamic(() => import('./TaskDefinitionLab').then((m) => m.TaskDefinitionLab));
