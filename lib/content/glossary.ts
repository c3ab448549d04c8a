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
    /** The lesson section that teaches the term; `npm run check:content` checks that the anchor exists. */
    lesson: z.string().regex(/^\/lessons\/[a-z0-9-]+#[a-z0-9-]+$/, { error: 'expected a lesson section such as "/lessons/launch-types#capacity-providers"' }),
    /**
     * The words that mark the term in lesson prose, linked on their first use per section (plurals match too).
     * Without it the term itself is used; [] for a word too common to link automatically (task, service).
     */
    links: z.array(z.string().min(2, { error: 'expected a phrase of at least two characters' })).optional(),
    definition: z
      .string()
      .min(20, { error: 'expected a definition of at least one sentence' })
      .refine((value) => !HEDGE.test(value), { error: 'expected a definition without hedges such as "not confirmed": state the fact with its source' }),
    source: z.url({ protocol: /^https$/, error: 'expected an https:// source URL' }),
  })
  .strict();

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export function linkPhrases(entry: GlossaryEntry): string[] {
  return entry.links ?? [entry.term];
}

export function validateGlossary(data: unknown, file = 'content/glossary.ts'): GlossaryEntry[] {
  const result = z.array(glossaryEntrySchema).safeParse(data);
  if (!result.success) throw new ContentError(formatIssues(file, result.error, data, 'entry field'));
  const seen = new Set<string>();
  const phrases = new Map<string, string>();
  const problems: string[] = [];
  for (const entry of result.data) {
    if (seen.has(entry.id)) problems.push(`${file}: entry "${entry.id}": id used twice, expected unique ids`);
    seen.add(entry.id);
    for (const phrase of linkPhrases(entry)) {
      const other = phrases.get(phrase.toLowerCase());
      if (other && other !== entry.id) problems.push(`${file}: entry "${entry.id}": field "links": "${phrase}" also links "${other}", expected each phrase to name one term`);
      phrases.set(phrase.toLowerCase(), entry.id);
    }
  }
  if (problems.length) throw new ContentError(problems);
  return [...result.data].sort((a, b) => a.term.localeCompare(b.term, 'en'));
}

/**
 * Checks each entry's `lesson` against the lessons' headings (slug -> heading ids); one line per problem.
 * Kept apart from validateGlossary because the headings exist only once the lessons are compiled.
 */
export function checkGlossaryLessons(entries: readonly GlossaryEntry[], headings: Readonly<Record<string, readonly string[]>>, file = 'content/glossary.ts'): string[] {
  return entries.flatMap((entry) => {
    const [, slug, anchor] = entry.lesson.match(/^\/lessons\/([^#]+)#(.+)$/) ?? [];
    if (!(slug in headings)) return [`${file}: entry "${entry.id}": field "lesson": no lesson "${slug}"`];
    if (!headings[slug].includes(anchor)) return [`${file}: entry "${entry.id}": field "lesson": lesson "${slug}" has no heading "#${anchor}"`];
    return [];
  });
}

let cache: GlossaryEntry[] | undefined;
export function getGlossary(): GlossaryEntry[] {
  cache ??= validateGlossary(rawGlossary);
  return cache;
}
