/** The one result event every interactive widget raises when a learner finishes something. */
import { z } from 'zod';

export const RESULT_EVENT = 'containers-on-aws:result';

export const widgetResultSchema = z.object({
  widget: z.string().min(1),
  lesson: z.string().min(1),
  score: z.number().int().min(0),
  max: z.number().int().min(0),
  passed: z.boolean(),
  completedAt: z.string(),
});

export type WidgetResult = z.infer<typeof widgetResultSchema>;

export function makeResult(input: Omit<WidgetResult, 'passed' | 'completedAt'> & { passMark?: number; now?: Date }): WidgetResult {
  const { passMark = 0.8, now = new Date(), ...rest } = input;
  return { ...rest, passed: rest.max > 0 && rest.score / rest.max >= passMark, completedAt: now.toISOString() };
}
