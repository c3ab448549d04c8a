/**
 * The lesson check-up as a widget (listed in lib/widget-catalogue.ts). Authors write `<CheckUp />` once, in
 * "## Check yourself"; the lesson page binds it to that lesson's questions, so it has no lesson view of its own.
 * Its JavaScript has its own budget (BUDGETS.checkUp, lib/budgets.ts), on top of a lesson's.
 */
import type { WidgetDescriptor } from '@/lib/widget-descriptor';

export const checkUpWidget = {
  tag: 'CheckUp',
  folder: 'check-up',
  placement: 'lesson-page',
  label: 'Lesson check-up',
  embed: { name: 'check-up', title: 'Lesson check-up', sitePath: '/quiz', lesson: '', options: [], height: 1400, argument: { values: 'lesson' } },
  result: 'check-up',
  graded: true,
  lmsDescription: 'The questions of one lesson, each with feedback on the option chosen and the section that teaches it. Scored; 80% passes.',
  props: (z) => z.strictObject({}),
} as const satisfies WidgetDescriptor;
