/** The checklist's server part: the list the tag (or the embed path, `checklist/<list-id>`) names, validated. */
import type { WidgetServerPart } from '@/lib/widget-descriptor';
import { LessonSecurityChecklist } from './LessonSecurityChecklist';
import { securityChecklistWidget } from './widget';

export const securityChecklistServer = {
  descriptor: securityChecklistWidget,
  LessonView: ({ list }) => <LessonSecurityChecklist list={list} />,
  embed: { render: (list) => <LessonSecurityChecklist list={list} headingLevel={2} /> },
} satisfies WidgetServerPart<typeof securityChecklistWidget>;
