'use client';
/**
 * The widget behind `<SecurityChecklist list="..." />` in a lesson. Lessons render it through
 * LessonSecurityChecklist (a server component), which validates the list and passes it here as props,
 * so the checklist data never ships as JavaScript.
 */
import type { Checklist } from '@/lib/checklists/types';
import { ChecklistWorkspace } from './ChecklistWorkspace';

export function SecurityChecklist({ checklist, knownItemIds, headingLevel }: { checklist: Checklist; knownItemIds: string[]; headingLevel?: 2 | 3 }) {
  return <ChecklistWorkspace checklists={[checklist]} knownItemIds={knownItemIds} scope="lesson" headingLevel={headingLevel} />;
}
