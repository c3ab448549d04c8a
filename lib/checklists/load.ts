/** The validated checklists for server pages and the lesson widget (memoised: many pages ask during a build). */
import 'server-only';
import { ContentError } from '../content/errors';
import { checklistsCollection } from './schema';
import { CHECKLIST_IDS, type Checklist, type ChecklistId } from './types';

export const getChecklists = (): Checklist[] => checklistsCollection.get();

export function isChecklistId(value: unknown): value is ChecklistId {
  return typeof value === 'string' && (CHECKLIST_IDS as readonly string[]).includes(value);
}

/** One list by id; an unknown id fails the build (the content check names the lesson tag first: lib/widgets.ts). */
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
