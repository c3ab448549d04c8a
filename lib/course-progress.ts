/**
 * Where the home page sends a learner: the first lesson not yet done, or back to lesson 1 once every lesson is
 * done. Pure, so the home page's button and its test agree on the rule.
 */
export type NextStep = { kind: 'start' | 'continue' | 'review'; index: number };

export function nextStep(slugs: readonly string[], done: Readonly<Record<string, unknown>>): NextStep {
  const anyDone = slugs.some((slug) => done[slug]);
  if (!anyDone) return { kind: 'start', index: 0 };
  const index = slugs.findIndex((slug) => !done[slug]);
  return index === -1 ? { kind: 'review', index: 0 } : { kind: 'continue', index };
}

/** A learner who stopped inside the lesson they would start continues it (the button opens it at that section). */
export function resumeStep(step: NextStep, stoppedInside: boolean): NextStep {
  return step.kind === 'start' && stoppedInside ? { ...step, kind: 'continue' } : step;
}

/** The button's first line: "Start with lesson 1", "Continue: lesson 3" or "Review: lesson 1" (the title follows on its own line). */
export function nextStepLabel(step: NextStep): string {
  const position = step.index + 1;
  if (step.kind === 'start') return `Start with lesson ${position}`;
  return `${step.kind === 'continue' ? 'Continue' : 'Review'}: lesson ${position}`;
}
