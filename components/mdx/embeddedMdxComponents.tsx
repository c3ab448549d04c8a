/**
 * The MDX registry inside an embed (app/embed): the same components as MDXComponents.tsx, without the widgets'
 * Embed buttons. A separate module so an embed page's code does not even reference the button (Next ships the
 * client code of every client component a page imports, rendered or not).
 */
import type { MDXContentProps } from 'mdx-bundler/client';
import type { WidgetName } from '@/lib/widgets';
import { Callout } from './Callout';
import { Question } from './Question';
import { LessonLink } from './LessonLink';
import { LaunchTypeChooserWithData as LaunchTypeChooser } from '@/components/launch-type-chooser/server';
import { ResponsibilityQuizSection } from '@/components/responsibility-quiz/ResponsibilityQuizSection';
import { LessonSecurityChecklist } from '@/components/security-checklist/LessonSecurityChecklist';
import { LaunchTypeDiagram, LayeredResponsibilityDiagram, TargetsLandscapeDiagram } from '@/components/architecture-diagram/server';

export const embeddedMdxComponents = {
  a: LessonLink,
  Callout,
  Question,
  LaunchTypeDiagram,
  LayeredResponsibilityDiagram,
  TargetsLandscapeDiagram,
  ResponsibilityQuiz: ResponsibilityQuizSection,
  SecurityChecklist: LessonSecurityChecklist,
  LaunchTypeChooser,
} satisfies Record<WidgetName | 'a' | 'Callout' | 'Question', unknown> as unknown as MDXContentProps['components'];
