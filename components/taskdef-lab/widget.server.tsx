/** The lab's server part: the planted task definition, the same in a lesson and in an embed (where titles are h2). */
import type { WidgetServerPart } from '@/lib/widget-descriptor';
import { LAB_START } from '@/lib/taskdef/lab';
import { TaskDefinitionLabLazy } from './lazy';
import { taskDefinitionLabWidget } from './widget';

export const taskDefinitionLabServer = {
  descriptor: taskDefinitionLabWidget,
  LessonView: () => <TaskDefinitionLabLazy start={LAB_START} headingLevel={3} />,
  embed: { titled: true, render: () => <TaskDefinitionLabLazy start={LAB_START} headingLevel={2} /> },
} satisfies WidgetServerPart<typeof taskDefinitionLabWidget>;
