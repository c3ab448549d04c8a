/** The one MDX component registry: everything a lesson author may write as a tag. */
import type { MDXContentProps } from 'mdx-bundler/client';
import type { WidgetName } from '@/lib/widgets';
import { Callout } from './Callout';
import { Question } from './Question';
import { Owner } from './Owner';
import { LessonLink } from './LessonLink';
import { LaunchTypeChooserWithData as LaunchTypeChooser } from '@/components/launch-type-chooser/server';
import { ResponsibilityQuizSection } from '@/components/responsibility-quiz/ResponsibilityQuizSection';
import { LessonSecurityChecklist } from '@/components/security-checklist/LessonSecurityChecklist';
// The diagrams validate their data on the server first, then render the dynamic client view from ./widgets.
import { LaunchTypeDiagram, LayeredResponsibilityDiagram, TargetsLandscapeDiagram } from '@/components/architecture-diagram/server';

// Typed against lib/widgets.ts: adding a widget there without registering it here fails the typecheck.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- widgets have different props; MDX passes them through
const widgetComponents: Record<WidgetName, React.ComponentType<any>> = {
  LaunchTypeDiagram,
  LayeredResponsibilityDiagram,
  TargetsLandscapeDiagram,
  ResponsibilityQuiz: ResponsibilityQuizSection,
  SecurityChecklist: LessonSecurityChecklist,
  LaunchTypeChooser,
};

export const mdxComponents = {
  a: LessonLink,
  Callout,
  Question,
  Owner,
  ...widgetComponents,
} as unknown as MDXContentProps['components'];
