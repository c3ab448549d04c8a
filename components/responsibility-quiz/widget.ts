/** The drag-and-drop responsibility quiz as a widget (listed in lib/widget-catalogue.ts). */
import type { WidgetDescriptor } from '@/lib/widget-descriptor';

export const responsibilityQuizWidget = {
  tag: 'ResponsibilityQuiz',
  folder: 'responsibility-quiz',
  placement: 'author',
  label: 'Drag-and-drop quiz',
  embed: {
    name: 'responsibility-quiz',
    title: 'Who manages what: the responsibility quiz',
    sitePath: '/quiz/responsibility',
    lesson: 'shared-responsibility',
    options: ['round'],
    height: 900,
  },
  result: 'responsibility-quiz',
  graded: true,
  lmsDescription: 'Drag each layer of an AWS container service to who manages it: you, AWS, or both. Scored; 80% passes.',
  props: (z) => z.strictObject({}),
} as const satisfies WidgetDescriptor;
