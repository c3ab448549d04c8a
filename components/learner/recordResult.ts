'use client';
/**
 * Every widget reports a finished attempt through this one function: it is saved in the learner store
 * and raised as a DOM event, so self-quiz mode and instructor embeds (components/embed/EmbedRuntime.tsx posts it
 * to the host page with the embed protocol) can listen without touching the widget.
 */
import { addResult } from '@/lib/learner-store';
import { RESULT_EVENT, type WidgetResult } from '@/lib/results';
import { getLearnerStore } from './useLearnerState';

export function recordResult(result: WidgetResult): void {
  // Interactions go to the host page (an LMS); the learner's own record keeps the score only.
  const { interactions: _interactions, ...kept } = result;
  void _interactions;
  getLearnerStore().update((state) => addResult(state, kept));
  window.dispatchEvent(new CustomEvent<WidgetResult>(RESULT_EVENT, { detail: result }));
}
