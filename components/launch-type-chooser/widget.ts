/** The launch-type chooser as a widget (listed in lib/widget-catalogue.ts). */
import type { WidgetDescriptor } from '@/lib/widget-descriptor';

export const launchTypeChooserWidget = {
  tag: 'LaunchTypeChooser',
  folder: 'launch-type-chooser',
  placement: 'author',
  label: 'Launch-type chooser',
  embed: { name: 'chooser', title: 'Launch-type chooser', sitePath: '/chooser', lesson: 'deployment-targets', options: ['answers'], height: 900 },
  result: 'launch-type-chooser',
  graded: false,
  lmsDescription: 'Twelve questions about a workload rank the AWS deployment targets for it, with the reasons and limits behind each.',
  props: (z) => z.strictObject({}),
} as const satisfies WidgetDescriptor;
