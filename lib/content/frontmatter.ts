/** The lesson frontmatter schema (the lessons collection in lib/content/lessons.ts reads it). */
import 'server-only';
import { z } from 'zod';
import { sourceSchema, text } from './fields';

const isoDate = z
  .union([z.date(), z.string()], { error: 'expected a date written as YYYY-MM-DD' })
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
      ctx.addIssue({ code: 'custom', message: `expected a date written as YYYY-MM-DD, got "${text}"` });
      return z.NEVER;
    }
    return text;
  });

export const frontmatterSchema = z
  .object(
    {
      title: text('a title', { max: 80 }),
      summary: text('a one-line summary', { max: 200 }),
      // Optional: the order lives in content/lessons/course.ts; where a lesson still states it, it must agree.
      order: z
        .number({ error: 'expected a whole number (the lesson position, 1 = first)' })
        .int({ error: 'expected a whole number (the lesson position, 1 = first)' })
        .min(1, { error: 'expected a whole number of at least 1' })
        .optional(),
      minutes: z
        .number({ error: 'expected the reading time in whole minutes' })
        .int({ error: 'expected the reading time in whole minutes' })
        .min(1, { error: 'expected at least 1 minute' })
        .max(60, { error: 'expected at most 60 minutes' }),
      objectives: z
        .array(text('an objective'), { error: 'expected a list of learning objectives' })
        .min(1, { error: 'expected at least one learning objective' }),
      updated: isoDate,
      sources: z
        .array(sourceSchema, { error: 'expected a list of sources, each { title, url }' })
        .min(1, { error: 'expected at least one source' }),
    },
    { error: 'expected a frontmatter block between --- lines at the top of the file' },
  )
  .strict();

export type Frontmatter = z.output<typeof frontmatterSchema>;
