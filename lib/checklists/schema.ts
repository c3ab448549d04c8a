/**
 * The checklists collection: content/checklists/ (one file per list), validated and with its source keys resolved. Every problem is
 * one line naming the file, the list, the item, the field and what was expected. The schema is the type
 * (lib/checklists/types.ts derives the shapes from it for the browser, with `import type`).
 */
import 'server-only';
import { z } from 'zod';
import { LESSON_SLUGS } from '../course';
import { defineCollection } from '../content/collection';
import { dotted, nameById, type PathDescriber } from '../content/errors';
import { KEBAB_CASE, kebabId, repeatedIds, sourceSchema, text } from '../content/fields';
import { getLessons } from '../content/lessons';
import { checklistContent } from '@/content/checklists';
import { APPLIES_TO, CHECKLIST_IDS, SEVERITIES, SNIPPET_LANGUAGES } from './types';

export const CHECKLISTS_FILE = 'content/checklists';

const DATE = /^\d{4}-\d{2}(-\d{2})?$/;
/** One line a reviewer can read at a glance; long enough for the longest check in the lists. */
export const MAX_CHECK_LENGTH = 160;

const snippetSchema = z
  .object({
    language: z.enum(SNIPPET_LANGUAGES, { error: `expected one of ${SNIPPET_LANGUAGES.join(', ')}` }),
    code: text('the snippet code').refine((code) => !code.includes('\t'), { error: 'expected spaces, not tabs, in the snippet' }),
  })
  .strict();

const itemSchema = z
  .object({
    id: kebabId('an item id', 'cp-private-ecr'),
    /** The one-line check a reviewer ticks. */
    check: text('a one-line check', { max: MAX_CHECK_LENGTH }).refine((value) => !value.includes('\n'), { error: 'expected the check on one line' }),
    why: text('"why it matters" (a sentence or more)', { min: 40 }),
    how: z
      .object({
        /** The AWS service (or file) where the work happens, e.g. "Amazon GuardDuty". */
        service: text('the AWS service'),
        /** One to three sentences. Inline `code` in backticks is rendered as code. */
        steps: text('how to do it (a sentence or more)', { min: 30 }),
        /** Where to click, e.g. "AWS Config console > Rules > Add rule". */
        console: text('a console path').optional(),
        /** A short command or task-definition fragment; rendered in <pre><code>, never executed. */
        snippet: snippetSchema.optional(),
      })
      .strict(),
    appliesTo: z.enum(APPLIES_TO, { error: `expected one of ${APPLIES_TO.join(', ')}` }),
    severity: z.enum(SEVERITIES, { error: `expected one of ${SEVERITIES.join(', ')}` }),
    /** The Fargate-challenges list pairs each item with the challenge from the notes. */
    challenge: z
      .object({ name: text('the challenge from the notes'), stillTrue: text('whether it still holds') })
      .strict()
      .optional(),
    /** What Fargate already prevents or manages for you, so a Fargate reviewer knows not to look for it. */
    handledOnFargate: text('what Fargate already prevents').optional(),
    caution: text('the caution').optional(),
    /** A fact that changed since the March 2023 notes: when (YYYY-MM-DD, or YYYY-MM when AWS gives only the month), what, and the source key of the page that says so. */
    updated: z
      .object({
        date: z.string({ error: 'expected the date the fact changed' }).regex(DATE, { error: 'expected a date written as YYYY-MM-DD or YYYY-MM' }),
        text: text('what changed since the March 2023 notes', { min: 40 }),
        source: z.string({ error: 'expected the key of the source that documents the change' }),
      })
      .strict()
      .optional(),
    /** Keys into the shared `sources` at the top of the file. */
    sources: z
      .array(z.string({ error: 'expected a source key' }), { error: 'expected a list of source keys' })
      .min(1, { error: 'expected at least one source' }),
  })
  .strict();

const listSchema = z
  .object({
    id: z.enum(CHECKLIST_IDS, { error: `expected one of ${CHECKLIST_IDS.join(', ')}` }),
    title: text('a list title', { max: 60 }),
    summary: text('a one-sentence summary'),
    /** The lesson that explains the items (a course slug). */
    lesson: z.enum(LESSON_SLUGS, { error: `expected a lesson slug (${LESSON_SLUGS.join(', ')})` }),
    items: z.array(itemSchema, { error: 'expected a list of items' }).min(1, { error: 'expected at least one item' }),
  })
  .strict();

export const checklistsSchema = z
  .object({
    sources: z.record(z.string().regex(KEBAB_CASE, { error: 'expected a kebab-case source key' }), sourceSchema, { error: 'expected a map of sources' }),
    lists: z.array(listSchema, { error: 'expected a list of checklists' }),
  })
  .strict();

/** Where a problem is, in the author's words: `list "control-plane", item "cp-private-ecr", field "how.steps"`. */
const describePath: PathDescriber = (input, path) => {
  const data = input as { lists?: { items?: unknown[] }[] } | undefined;
  const field = (rest: readonly PropertyKey[]) => (rest.length ? `, field "${dotted(rest)}"` : '');
  if (path[0] === 'lists' && typeof path[1] === 'number') {
    const list = nameById(data?.lists, path[1], 'list');
    if (path[2] === 'items' && typeof path[3] === 'number')
      return `${list}, ${nameById(data?.lists?.[path[1]]?.items, path[3], 'item')}${field(path.slice(4))}`;
    return `${list}${field(path.slice(2))}`;
  }
  if (path[0] === 'sources' && path.length > 1) return `source "${String(path[1])}"${field(path.slice(2))}`;
  return path.length ? `field "${dotted(path)}"` : '(root)';
};

export type ChecklistsContent = z.input<typeof checklistsSchema>;
type ChecklistsOutput = z.output<typeof checklistsSchema>;
type ItemOutput = ChecklistsOutput['lists'][number]['items'][number];
type Source = ChecklistsOutput['sources'][string];

/** Rules zod cannot express field by field: unique ids, known source keys, one list per id, challenge pairing. */
function crossCheck(data: ChecklistsOutput, file: string): string[] {
  const problems: string[] = [];
  const at = (where: string, message: string) => problems.push(`${file}: ${where}: ${message}`);
  const sourceKeys = new Set(Object.keys(data.sources));
  const usedSources = new Set<string>();
  const listIds = new Set(data.lists.map((list) => list.id));

  for (const list of data.lists) {
    for (const item of list.items) {
      const where = `list "${list.id}", item "${item.id}"`;
      if (list.id === 'fargate-challenges' && !item.challenge)
        at(where, 'field "challenge": expected the Fargate challenge from the notes that this item mitigates');
      if (list.id !== 'fargate-challenges' && item.challenge) at(where, 'field "challenge": only items of the "fargate-challenges" list pair with a challenge');
      if (item.handledOnFargate && item.appliesTo === 'fargate') at(where, 'field "handledOnFargate": expected only on items that also apply to EC2');
      for (const key of item.sources) {
        if (!sourceKeys.has(key)) at(where, `field "sources": unknown source "${key}", expected a key of "sources" (content/checklists/sources.ts)`);
        usedSources.add(key);
      }
      for (const { id: key } of repeatedIds(item.sources)) at(where, `field "sources": "${key}" listed twice`);
      if (item.updated) {
        if (!sourceKeys.has(item.updated.source)) at(where, `field "updated.source": unknown source "${item.updated.source}", expected a key of "sources"`);
        else if (!item.sources.includes(item.updated.source))
          at(where, `field "updated.source": "${item.updated.source}" must also be in the item's "sources"`);
        if (Number.isNaN(Date.parse(item.updated.date.length === 7 ? `${item.updated.date}-01` : item.updated.date))) {
          at(where, `field "updated.date": "${item.updated.date}" is not a real date`);
        }
      }
    }
  }
  for (const { id } of repeatedIds(data.lists.map((list) => list.id))) at(`list "${id}"`, 'id used twice, expected each checklist once');
  const items = data.lists.flatMap((list) => list.items.map((item) => ({ id: item.id, list: list.id })));
  for (const { id, index, first } of repeatedIds(items.map((item) => item.id))) {
    const [list, other] = [items[index].list, items[first].list];
    const place = other === list ? 'earlier in this list' : `in list "${other}"`;
    at(`list "${list}", item "${id}"`, `id also used ${place}, expected ids unique across all lists (they are stored in browsers and exports)`);
  }
  for (const id of CHECKLIST_IDS) if (!listIds.has(id)) at(`list "${id}"`, 'missing: every checklist id needs a list');
  for (const key of sourceKeys) if (!usedSources.has(key)) at(`source "${key}"`, 'not used by any item: remove it or cite it');
  const keys = Object.keys(data.sources);
  for (const { index, first } of repeatedIds(keys.map((key) => data.sources[key].url))) at(`source "${keys[index]}"`, `same URL as source "${keys[first]}"`);
  return problems;
}

/** Source keys replaced by the sources; lists in the fixed CHECKLIST_IDS order, whatever order the file uses. */
export function resolveChecklists(data: ChecklistsOutput, lessonTitles: Record<string, string>) {
  const source = (key: string): Source => data.sources[key];
  return CHECKLIST_IDS.map((id) => {
    const list = data.lists.find((candidate) => candidate.id === id)!;
    const items = list.items.map(({ sources, updated, ...item }: ItemOutput) => ({
      ...item,
      sources: sources.map(source),
      ...(updated ? { updated: { date: updated.date, text: updated.text, source: source(updated.source) } } : {}),
    }));
    return { ...list, lessonTitle: lessonTitles[list.lesson] ?? list.lesson, items };
  });
}

export const checklistsCollection = defineCollection({
  name: 'checklists',
  file: CHECKLISTS_FILE,
  load: () => checklistContent,
  schema: checklistsSchema,
  describePath,
  crossCheck,
  resolve: (data) => resolveChecklists(data, Object.fromEntries(getLessons().map((lesson) => [lesson.slug, lesson.title]))),
});
