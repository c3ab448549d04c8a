/** The one MDX component registry: everything a lesson author may write as a tag. */
import type { MDXContentProps } from 'mdx-bundler/client';
import type { WidgetName } from '@/lib/widgets';
import { Callout } from './Callout';
import { Question } from './Question';
import { LessonLink } from './LessonLink';
import { LaunchTypeChooserWithData as LaunchTypeChooser } from '@/components/launch-type-chooser/server';
import { ResponsibilityQuizSection } from '@/components/responsibility-quiz/ResponsibilityQuizSection';
import { LessonSecurityChecklist } from '@/components/security-checklist/LessonSecurityChecklist';
// The diagrams validate their data on the server first, then render the dynamic client view from ./widgets.
import { LaunchTypeDiagram, LayeredResponsibilityDiagram, TargetsLandscapeDiagram } from '@/components/architecture-diagram/server';

import { WithEmbedButton } from '@/components/embed/WidgetEmbed';

// Every widget in a lesson carries an Embed button (components/embed/WidgetEmbed.tsx) for instructors.
const embeddable = {
  LaunchTypeDiagram: () => (
    <WithEmbedButton target={{ kind: 'widget', widget: 'launch-type-diagram' }}>
      <LaunchTypeDiagram />
    </WithEmbedButton>
  ),
  LayeredResponsibilityDiagram: () => (
    <WithEmbedButton target={{ kind: 'widget', widget: 'layered-responsibility-diagram' }}>
      <LayeredResponsibilityDiagram />
    </WithEmbedButton>
  ),
  TargetsLandscapeDiagram: () => (
    <WithEmbedButton target={{ kind: 'widget', widget: 'targets-landscape-diagram' }}>
      <TargetsLandscapeDiagram />
    </WithEmbedButton>
  ),
  ResponsibilityQuiz: () => (
    <WithEmbedButton target={{ kind: 'widget', widget: 'responsibility-quiz' }}>
      <ResponsibilityQuizSection />
    </WithEmbedButton>
  ),
  SecurityChecklist: ({ list }: { list: string }) => (
    <WithEmbedButton target={{ kind: 'widget', widget: 'checklist', argument: list }}>
      <LessonSecurityChecklist list={list} />
    </WithEmbedButton>
  ),
  LaunchTypeChooser: () => (
    <WithEmbedButton target={{ kind: 'widget', widget: 'chooser' }}>
      <LaunchTypeChooser />
    </WithEmbedButton>
  ),
};

// Typed against lib/widgets.ts: adding a widget there without registering it here fails the typecheck.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- widgets have different props; MDX passes them through
const widgetComponents: Record<WidgetName, React.ComponentType<any>> = embeddable;

export const mdxComponents = {
  a: LessonLink,
  Callout,
  Question,
  ...widgetComponents,
} as unknown as MDXContentProps['components'];
