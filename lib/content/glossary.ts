/** Validates the glossary data in content/glossary.ts. */
import { z } from 'zod';
import { HEDGE } from './check';
import { glossary as rawGlossary } from '@/content/glossary';
import { ContentError } from './lessons';
import { formatIssues } from './frontmatter';

export const glossaryEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a kebab-case id' }),
    term: z.string().min(1, { error: 'expected the term' }),
    definition: z
      .string()
      .min(20, { error: 'expected a definition of at least one sentence' })
      .refine((value) => !HEDGE.test(value), { error: 'expected a definition without hedges such as "not confirmed": state the fact with its source' }),
    source: z.url({ protocol: /^https$/, error: 'expected an https:// source URL' }),
  })
  .strict();

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export function validateGlossary(data: unknown, file = 'content/glossary.ts'): GlossaryEntry[] {
  const result = z.array(glossaryEntrySchema).safeParse(data);
  if (!result.success) throw new ContentError(formatIssues(file, result.error, data, 'entry field'));
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const entry of result.data) {
    if (seen.has(entry.id)) problems.push(`${file}: entry "${entry.id}": id used twice, expected unique ids`);
    seen.add(entry.id);
  }
  if (problems.length) throw new ContentError(problems);
  return [...result.data].sort((a, b) => a.term.localeCompare(b.term, 'en'));
}

let cache: GlossaryEntry[] | undefined;
export function getGlossary(): GlossaryEntry[] {
  cache ??= validateGlossary(rawGlossary);
  return cache;
}
