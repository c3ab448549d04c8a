/** The lesson frontmatter schema (the lessons collection in lib/content/lessons.ts reads it). */
import 'server-only';
import { z } from 'zod';
import { httpsUrl, kebabId, text } from './fields';

/** A page the lesson cites: `id` is what `<Cite source="..." />` names (lib/content/citations.ts). */
const lessonSource = z.strictObject(
  {
    id: kebabId('a source id that <Cite source="..." /> names', 'platform-linux-fargate'),
    title: text('a source title'),
    url: httpsUrl(),
  },
  { error: 'expected a source as { id, title, url }' },
);

const isoDate = z.union([z.date(), z.string()], { error: 'expected a date written as YYYY-MM-DD' }).transform((value, ctx) => {
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
      // The lesson's time is computed from its text and check-up (lib/content/reading-time.ts), never typed.
      minutes: z.never({ error: 'expected no minutes: the time is computed from the lesson and its check-up (docs/reading-time.md)' }).optional(),
      objectives: z
        .array(text('an objective'), { error: 'expected a list of learning objectives' })
        .min(1, { error: 'expected at least one learning objective' }),
      updated: isoDate,
      sources: z
        .array(lessonSource, { error: 'expected a list of sources, each { id, title, url }' })
        .min(1, { error: 'expected at least one source' })
        .superRefine((list, ctx) => {
          for (const key of ['id', 'url'] as const) {
            list.forEach((entry, index) => {
              const first = list.findIndex((other) => other[key] === entry[key]);
              if (first !== index)
                ctx.addIssue({ code: 'custom', path: [index, key], message: `expected a unique ${key}, but "${entry[key]}" is also sources.${first}` });
            });
          }
        }),
    },
    { error: 'expected a frontmatter block between --- lines at the top of the file' },
  )
  .strict();

export type Frontmatter = z.output<typeof frontmatterSchema>;
