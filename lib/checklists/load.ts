/** The validated checklists for server pages and the lesson widget (memoised: many pages ask during a build). */
import { checklistContent } from '@/content/checklists';
import { ContentError, getLessons } from '../content/lessons';
import { validateChecklists } from './schema';
import { CHECKLIST_IDS, type Checklist, type ChecklistId } from './types';

let cache: Checklist[] | undefined;

export function getChecklists(): Checklist[] {
  cache ??= validateChecklists(checklistContent, Object.fromEntries(getLessons().map((lesson) => [lesson.slug, lesson.title])));
  return cache;
}

export function isChecklistId(value: unknown): value is ChecklistId {
  return typeof value === 'string' && (CHECKLIST_IDS as readonly string[]).includes(value);
}

/** One list by id; an unknown id (a typo in a lesson's tag) fails the build with a message naming the tag. */
export function getChecklist(id: unknown): Checklist {
  if (!isChecklistId(id)) {
    throw new ContentError([`<SecurityChecklist list=${JSON.stringify(id)}>: expected list to be one of ${CHECKLIST_IDS.join(', ')}`]);
  }
  return getChecklists().find((list) => list.id === id)!;
}

/** Every item id on every list: an import in one lesson may carry ticks for the other lists too. */
export function allChecklistItemIds(): string[] {
  return getChecklists().flatMap((list) => list.items.map((item) => item.id));
}
