/** The task-definition lab as a widget (listed in lib/widget-catalogue.ts): `<TaskDefinitionLab />`. */
import type { WidgetDescriptor } from '@/lib/widget-descriptor';

export const taskDefinitionLabWidget = {
  tag: 'TaskDefinitionLab',
  folder: 'taskdef-lab',
  placement: 'author',
  label: 'Task-definition lab',
  embed: {
    name: 'taskdef-lab',
    title: 'Task-definition lab: harden orders-api',
    sitePath: '/lessons/fargate-security#task-definition-lab',
    lesson: 'fargate-security',
    options: [],
    height: 1100,
  },
  result: 'taskdef-lab',
  graded: true,
  lmsDescription:
    'Fix a Fargate task definition with seven planted security problems in a code editor, with findings as you type. Scored per fixed problem; 80% passes.',
  props: (z) => z.strictObject({}),
} as const satisfies WidgetDescriptor;
