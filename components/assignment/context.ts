'use client';
/**
 * What a graded embed tells its widgets (null everywhere else: lessons, practice embeds): how much feedback to
 * give, which quiz rounds count, and the attempt number (widgets key their state by it, so a new attempt starts
 * them afresh). Solutions, "try again" and answer keys are off whenever this is not null. Kept tiny: lesson
 * widgets import it.
 */
import { createContext, useContext } from 'react';

export type GradedView = {
  feedback: 'none' | 'right-wrong' | 'explanation';
  /** Quiz rounds that count; null for every round. */
  rounds: readonly string[] | null;
  /** Bumped for each new attempt. */
  attempt: number;
};

export const GradedContext = createContext<GradedView | null>(null);

export function useGradedView(): GradedView | null {
  return useContext(GradedContext);
}
