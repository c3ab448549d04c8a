/**
 * What each widget tag renders on the server, typed against its declaration in lib/widgets.ts: a widget missing
 * here, or a view that does not take the props its schema allows, fails the typecheck. Each entry loads and
 * validates its data at build time and hands it to the widget's lazily loaded client code (components/mdx/widgets.tsx).
 * Embed pages render these as they are; the site's lessons add an Embed button (components/mdx/MDXComponents.tsx).
 */
import type { ComponentType } from 'react';
import type { WidgetName, WidgetProps } from '@/lib/widgets';
import { DiagramFromContent } from '@/components/architecture-diagram/server';
import { ResponsibilityQuizSection } from '@/components/responsibility-quiz/ResponsibilityQuizSection';
import { LessonSecurityChecklist } from '@/components/security-checklist/LessonSecurityChecklist';
import { chooserProps } from '@/components/launch-type-chooser/server';
import { LaunchTypeChooser } from './widgets';

export type WidgetViews = { [N in WidgetName]: ComponentType<WidgetProps<N>> };

export const widgetViews: WidgetViews = {
  LaunchTypeDiagram: () => <DiagramFromContent id="launch-type" />,
  LayeredResponsibilityDiagram: () => <DiagramFromContent id="layered-responsibility" />,
  TargetsLandscapeDiagram: () => <DiagramFromContent id="targets-landscape" />,
  ResponsibilityQuiz: () => <ResponsibilityQuizSection />,
  SecurityChecklist: ({ list }) => <LessonSecurityChecklist list={list} />,
  LaunchTypeChooser: () => <LaunchTypeChooser {...chooserProps(3)} />,
};
