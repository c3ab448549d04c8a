/**
 * Build-time validation of content/checklists.ts (server and content check only: never import this from a
 * client component, it pulls in zod). Every problem becomes one line naming the file, the list, the item,
 * the field and what was expected.
 */
import { HEDGE, PLACEHOLDER } from '../content/check';
import { describeValue } from '../content/frontmatter';
import { z } from 'zod';
import { LESSON_SLUGS } from '../course';
import { ContentError } from '../content/lessons';
import {
  APPLIES_TO,
  CHECKLIST_IDS,
  SEVERITIES,
  SNIPPET_LANGUAGES,
  type Checklist,
  type ChecklistItem,
  type ChecklistsContent,
  type Source,
} from './types';

export const CHECKLISTS_FILE = 'content/checklists.ts';

const ITEM_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}(-\d{2})?$/;
/** One line a reviewer can read at a glance; long enough for the longest check in the lists. */
export const MAX_CHECK_LENGTH = 160;

const text = (what: string, min = 1) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(min, { error: min > 1 ? `expected ${what} of at least ${min} characters` : `expected ${what}, got an empty string` })
    .refine((value) => !PLACEHOLDER.test(value), { error: `expected ${what} without placeholder text` })
    .refine((value) => !HEDGE.test(value), { error: `expected ${what} without hedges such as "not confirmed": state the fact with its source, or leave it out` });

const sourceSchema = z
  .object({
    title: text('a source title'),
    url: z.url({ protocol: /^https$/, error: 'expected an https:// URL' }),
  })
  .strict();

const snippetSchema = z
  .object({
    language: z.enum(SNIPPET_LANGUAGES, { error: `expected one of ${SNIPPET_LANGUAGES.join(', ')}` }),
    code: text('the snippet code').refine((code) => !code.includes('\t'), { error: 'expected spaces, not tabs, in the snippet' }),
  })
  .strict();

const itemSchema = z
  .object({
    id: z.string({ error: 'expected an item id' }).regex(ITEM_ID, { error: 'expected a kebab-case id such as "cp-private-ecr"' }),
    check: text('the one-line check')
      .max(MAX_CHECK_LENGTH, { error: `expected a one-line check of at most ${MAX_CHECK_LENGTH} characters` })
      .refine((value) => !value.includes('\n'), { error: 'expected the check on one line' }),
    why: text('"why it matters" (a sentence or more)', 40),
    how: z
      .object({
        service: text('the AWS service'),
        steps: text('how to do it (a sentence or more)', 30),
        console: text('a console path').optional(),
        snippet: snippetSchema.optional(),
      })
      .strict(),
    appliesTo: z.enum(APPLIES_TO, { error: `expected one of ${APPLIES_TO.join(', ')}` }),
    severity: z.enum(SEVERITIES, { error: `expected one of ${SEVERITIES.join(', ')}` }),
    challenge: z.object({ name: text('the challenge from the notes'), stillTrue: text('whether it still holds') }).strict().optional(),
    handledOnFargate: text('what Fargate already prevents').optional(),
    caution: text('the caution').optional(),
    updated: z
      .object({
        date: z.string({ error: 'expected the date the fact changed' }).regex(DATE, { error: 'expected a date written as YYYY-MM-DD or YYYY-MM' }),
        text: text('what changed since the March 2023 notes', 40),
        source: z.string({ error: 'expected the key of the source that documents the change' }),
      })
      .strict()
      .optional(),
    sources: z.array(z.string({ error: 'expected a source key' }), { error: 'expected a list of source keys' }).min(1, { error: 'expected at least one source' }),
  })
  .strict();

const listSchema = z
  .object({
    id: z.enum(CHECKLIST_IDS, { error: `expected one of ${CHECKLIST_IDS.join(', ')}` }),
    title: text('a list title').max(60, { error: 'expected a list title of at most 60 characters' }),
    summary: text('a one-sentence summary'),
    lesson: z.enum(LESSON_SLUGS, { error: `expected a lesson slug (${LESSON_SLUGS.join(', ')})` }),
    items: z.array(itemSchema, { error: 'expected a list of items' }).min(1, { error: 'expected at least one item' }),
  })
  .strict();

export const checklistsSchema = z
  .object({
    sources: z.record(z.string().regex(ITEM_ID, { error: 'expected a kebab-case source key' }), sourceSchema, { error: 'expected a map of sources' }),
    lists: z.array(listSchema, { error: 'expected a list of checklists' }),
  })
  .strict();

/** Where a problem is, in the author's words: `list "control-plane", item "cp-private-ecr", field "how.steps"`. */
function describePath(input: unknown, path: PropertyKey[]): string {
  const data = input as { lists?: { id?: unknown; items?: { id?: unknown }[] }[] } | undefined;
  if (path[0] === 'lists' && typeof path[1] === 'number') {
    const list = data?.lists?.[path[1]];
    const listName = typeof list?.id === 'string' ? `list "${list.id}"` : `list ${path[1] + 1}`;
    if (path[2] === 'items' && typeof path[3] === 'number') {
      const item = list?.items?.[path[3]];
      const itemName = typeof item?.id === 'string' ? `item "${item.id}"` : `item ${path[3] + 1}`;
      const field = path.slice(4).map(String).join('.');
      return field ? `${listName}, ${itemName}, field "${field}"` : `${listName}, ${itemName}`;
    }
    const field = path.slice(2).map(String).join('.');
    return field ? `${listName}, field "${field}"` : listName;
  }
  if (path[0] === 'sources' && path.length > 1) return `source "${String(path[1])}"${path.length > 2 ? `, field "${path.slice(2).map(String).join('.')}"` : ''}`;
  return path.length ? `field "${path.map(String).join('.')}"` : '(root)';
}

export function formatChecklistIssues(file: string, error: z.ZodError, input: unknown): string[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return `${file}: ${describePath(input, issue.path)}: ${issue.keys.map((key) => `"${key}"`).join(', ')} not expected here (check the spelling)`;
    }
    const got = describeValue(input, issue.path);
    return `${file}: ${describePath(input, issue.path)}: ${issue.message}, got ${got}`;
  });
}

/** Rules zod cannot express field by field: unique ids, known source keys, one list per id, challenge pairing. */
function crossCheck(file: string, data: ChecklistsContent): string[] {
  const problems: string[] = [];
  const at = (where: string, message: string) => problems.push(`${file}: ${where}: ${message}`);
  const sourceKeys = new Set(Object.keys(data.sources));
  const usedSources = new Set<string>();
  const itemIds = new Map<string, string>();
  const listIds = new Set<string>();

  for (const list of data.lists) {
    if (listIds.has(list.id)) at(`list "${list.id}"`, 'id used twice, expected each checklist once');
    listIds.add(list.id);
    for (const item of list.items) {
      const where = `list "${list.id}", item "${item.id}"`;
      const other = itemIds.get(item.id);
      if (other) {
        const place = other === list.id ? 'earlier in this list' : `in list "${other}"`;
        at(where, `id also used ${place}, expected ids unique across all lists (they are stored in browsers and exports)`);
      }
      itemIds.set(item.id, list.id);
      if (list.id === 'fargate-challenges' && !item.challenge) at(where, 'field "challenge": expected the Fargate challenge from the notes that this item mitigates');
      if (list.id !== 'fargate-challenges' && item.challenge) at(where, 'field "challenge": only items of the "fargate-challenges" list pair with a challenge');
      if (item.handledOnFargate && item.appliesTo === 'fargate') at(where, 'field "handledOnFargate": expected only on items that also apply to EC2');
      const seen = new Set<string>();
      for (const key of item.sources) {
        if (!sourceKeys.has(key)) at(where, `field "sources": unknown source "${key}", expected a key of "sources" at the top of the file`);
        if (seen.has(key)) at(where, `field "sources": "${key}" listed twice`);
        seen.add(key);
        usedSources.add(key);
      }
      if (item.updated) {
        if (!sourceKeys.has(item.updated.source)) at(where, `field "updated.source": unknown source "${item.updated.source}", expected a key of "sources"`);
        else if (!item.sources.includes(item.updated.source)) at(where, `field "updated.source": "${item.updated.source}" must also be in the item's "sources"`);
        if (Number.isNaN(Date.parse(item.updated.date.length === 7 ? `${item.updated.date}-01` : item.updated.date))) {
          at(where, `field "updated.date": "${item.updated.date}" is not a real date`);
        }
      }
    }
  }
  for (const id of CHECKLIST_IDS) if (!listIds.has(id)) at(`list "${id}"`, 'missing: every checklist id needs a list');
  for (const key of sourceKeys) if (!usedSources.has(key)) at(`source "${key}"`, 'not used by any item: remove it or cite it');
  const urls = new Map<string, string>();
  for (const [key, source] of Object.entries(data.sources)) {
    const other = urls.get(source.url);
    if (other) at(`source "${key}"`, `same URL as source "${other}"`);
    urls.set(source.url, key);
  }
  return problems;
}

function resolve(data: ChecklistsContent, lessonTitles: Record<string, string>): Checklist[] {
  const source = (key: string): Source => data.sources[key];
  return CHECKLIST_IDS.map((id) => {
    const list = data.lists.find((candidate) => candidate.id === id)!;
    const items: ChecklistItem[] = list.items.map(({ sources, updated, ...item }) => ({
      ...item,
      sources: sources.map(source),
      ...(updated ? { updated: { date: updated.date, text: updated.text, source: source(updated.source) } } : {}),
    }));
    return { ...list, lessonTitle: lessonTitles[list.lesson] ?? list.lesson, items };
  });
}

/**
 * Validate the checklist data and resolve its source keys. Throws a ContentError listing every problem.
 * Lists come back in the fixed CHECKLIST_IDS order, whatever order the file uses.
 */
export function validateChecklists(data: unknown, lessonTitles: Record<string, string> = {}, file = CHECKLISTS_FILE): Checklist[] {
  const result = checklistsSchema.safeParse(data);
  if (!result.success) throw new ContentError(formatChecklistIssues(file, result.error, data));
  const content = result.data as ChecklistsContent;
  const problems = crossCheck(file, content);
  if (problems.length) throw new ContentError(problems);
  return resolve(content, lessonTitles);
}

/** `<SecurityChecklist list="..." />` tags in lesson sources must name a real list (file:line: problem). */
export function checkChecklistTags(lessons: { file: string; source: string }[]): string[] {
  const problems: string[] = [];
  for (const { file, source } of lessons) {
    const lines = source.split('\n');
    lines.forEach((line, index) => {
      for (const match of line.matchAll(/<SecurityChecklist\b([^>]*)>/g)) {
        const list = match[1].match(/\blist=["']([^"']*)["']/)?.[1];
        if (!list) problems.push(`${file}:${index + 1}: <SecurityChecklist>: expected a list="..." prop (${CHECKLIST_IDS.join(', ')})`);
        else if (!(CHECKLIST_IDS as readonly string[]).includes(list)) {
          problems.push(`${file}:${index + 1}: <SecurityChecklist list="${list}">: expected list to be one of ${CHECKLIST_IDS.join(', ')}`);
        }
      }
    });
  }
  return problems;
}
