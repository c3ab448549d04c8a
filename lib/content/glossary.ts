/** The glossary collection: content/glossary.ts, one entry per term, sorted by term. */
import 'server-only';
import { z } from 'zod';
import { glossary as rawGlossary } from '@/content/glossary';
import { defineCollection } from './collection';
import { nameById } from './errors';
import { httpsUrl, kebabId, repeatedIds, text } from './fields';

export const GLOSSARY_FILE = 'content/glossary.ts';

export const glossaryEntrySchema = z.strictObject({
  id: kebabId('an id', 'capacity-provider'),
  term: text('the term'),
  /** The lesson section that teaches the term; `npm run check:content` checks that the anchor exists. */
  lesson: z.string().regex(/^\/lessons\/[a-z0-9-]+#[a-z0-9-]+$/, { error: 'expected a lesson section such as "/lessons/launch-types#capacity-providers"' }),
  /**
   * The words that mark the term in lesson prose, linked on their first use per section (plurals match too).
   * Without it the term itself is used; [] for a word too common to link automatically (task, service).
   */
  links: z.array(z.string().min(2, { error: 'expected a phrase of at least two characters' })).optional(),
  definition: text('a definition', { min: 20 }),
  source: httpsUrl('an https:// source URL'),
});

export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;

export function linkPhrases(entry: GlossaryEntry): string[] {
  return entry.links ?? [entry.term];
}

export const glossaryCollection = defineCollection({
  name: 'glossary terms',
  file: GLOSSARY_FILE,
  load: () => rawGlossary,
  schema: z.array(glossaryEntrySchema, { error: 'expected a list of glossary entries' }),
  describePath: (input, [index, ...field]) =>
    index === undefined ? '(root)' : `${nameById(input, index, 'entry')}${field.length ? `, field "${field.map(String).join('.')}"` : ''}`,
  crossCheck: (entries, file) => {
    const phrases = new Map<string, string>();
    const problems = repeatedIds(entries.map((entry) => entry.id)).map(({ id }) => `${file}: entry "${id}": id used twice, expected unique ids`);
    for (const entry of entries) {
      for (const phrase of linkPhrases(entry)) {
        const other = phrases.get(phrase.toLowerCase());
        if (other && other !== entry.id)
          problems.push(`${file}: entry "${entry.id}", field "links": "${phrase}" also links "${other}", expected each phrase to name one term`);
        phrases.set(phrase.toLowerCase(), entry.id);
      }
    }
    return problems;
  },
  resolve: (entries) => [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en')),
});

/**
 * Checks each entry's `lesson` against the lessons' headings (slug -> heading ids); one line per problem.
 * Kept apart from the collection because the headings exist only once the lessons are compiled.
 */
export function checkGlossaryLessons(entries: readonly GlossaryEntry[], headings: Readonly<Record<string, readonly string[]>>, file = GLOSSARY_FILE): string[] {
  return entries.flatMap((entry) => {
    const [, slug, anchor] = entry.lesson.match(/^\/lessons\/([^#]+)#(.+)$/) ?? [];
    if (!(slug in headings)) return [`${file}: entry "${entry.id}", field "lesson": no lesson "${slug}"`];
    if (!headings[slug].includes(anchor)) return [`${file}: entry "${entry.id}", field "lesson": lesson "${slug}" has no heading "#${anchor}"`];
    return [];
  });
}

export const getGlossary = (): GlossaryEntry[] => glossaryCollection.get();
