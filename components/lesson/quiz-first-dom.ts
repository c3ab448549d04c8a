'use client';
/** The quiz-first phase lives on <html> (data-quiz-first), so CSS hides the text before React runs; these read and set it. */
import { useSyncExternalStore } from 'react';
import { QUIZ_FIRST_ATTRIBUTE, type QuizFirstPhase } from '@/lib/questions/quiz-first';

function subscribePhase(listener: () => void) {
  const observer = new MutationObserver(listener);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: [QUIZ_FIRST_ATTRIBUTE] });
  return () => observer.disconnect();
}
export const phaseNow = () => (document.documentElement.getAttribute(QUIZ_FIRST_ATTRIBUTE) as QuizFirstPhase | null) ?? null;
export const usePhase = () => useSyncExternalStore(subscribePhase, phaseNow, () => null);
export const setPhase = (phase: QuizFirstPhase | null) =>
  phase ? document.documentElement.setAttribute(QUIZ_FIRST_ATTRIBUTE, phase) : document.documentElement.removeAttribute(QUIZ_FIRST_ATTRIBUTE);

/** Show the text, then take the learner to the first section to reread, in page order (or the top of the lesson). */
export function readLesson(missed: readonly string[]) {
  setPhase('read');
  requestAnimationFrame(() => {
    const headings = [...document.querySelectorAll<HTMLElement>('.prose-lesson :is(h2, h3)')];
    const target = headings.find((heading) => missed.includes(heading.id)) ?? headings[0];
    if (!target) return;
    target.setAttribute('tabindex', '-1');
    target.focus();
  });
}
