/**
 * What an author's `<SecurityChecklist list="..." />` renders: a server component that reads the validated
 * list (a bad data file or list name fails the build) and hands it to the client widget, loaded on demand.
 */
import { allChecklistItemIds, getChecklist } from '@/lib/checklists/load';
import { SecurityChecklistLazy as SecurityChecklist } from './lazy';

export function LessonSecurityChecklist({ list, headingLevel }: { list: string; headingLevel?: 2 | 3 }) {
  return <SecurityChecklist checklist={getChecklist(list)} knownItemIds={allChecklistItemIds()} headingLevel={headingLevel} />;
}
