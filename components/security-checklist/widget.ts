/** The security checklists as a widget (listed in lib/widget-catalogue.ts): `<SecurityChecklist list="..." />`. */
import { CHECKLIST_IDS } from '@/lib/checklists/ids';
import type { WidgetDescriptor } from '@/lib/widget-descriptor';

export const securityChecklistWidget = {
  tag: 'SecurityChecklist',
  folder: 'security-checklist',
  placement: 'author',
  label: 'Security checklist',
  embed: {
    name: 'checklist',
    title: 'Security checklist',
    sitePath: '/checklists',
    lesson: '',
    options: ['filter'],
    height: 900,
    argument: { values: 'checklist', prop: 'list' },
  },
  result: 'SecurityChecklist',
  graded: false,
  lmsDescription: 'A security checklist for Amazon ECS, with why each item matters and how to check it.',
  props: (z) => z.strictObject({ list: z.enum(CHECKLIST_IDS, { error: `expected list to be one of ${CHECKLIST_IDS.join(', ')}` }) }),
} as const satisfies WidgetDescriptor;
