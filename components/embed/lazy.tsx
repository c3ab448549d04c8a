'use client';
/**
 * The quiz embed's client part (EmbedQuiz: the embed options around the quiz), as an island: the quiz's server part,
 * which every lesson imports, then references only this small loader, not the embed's code (Next ships each client
 * component a page imports, rendered or not). On the embed page it is on the first screen, so it loads at once.
 */
import type { ComponentProps } from 'react';
import { island } from '@/components/islands/Island';
import type { EmbedQuiz as View } from './EmbedQuiz';

export const EmbedQuizLazy = island<ComponentProps<typeof View>>('EmbedQuiz', () => import('./EmbedQuiz').then((m) => m.EmbedQuiz));
