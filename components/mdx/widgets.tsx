'use client';
/**
 * The interactive widgets authors can place in MDX. Each widget's code is split out with React.lazy, so a
 * lesson only downloads the code of the widgets it uses (a static import here would put every widget on every
 * lesson). Server rendering waits for the lazy import, so the widget's first frame is in the prerendered HTML;
 * in the browser React keeps that HTML and hydrates the widget once its chunk arrives.
 * React.lazy is used rather than next/dynamic because next/dynamic's loader adds about 2.5 KB (gzip) to every
 * lesson, widgets or not. Exports must be components (a server module can only use a client module's components).
 */
import { lazy, Suspense, type ComponentType } from 'react';

function splitWidget<Props extends object>(load: () => Promise<ComponentType<Props>>): ComponentType<Props> {
  const Lazy = lazy(() => load().then((component) => ({ default: component }))) as unknown as ComponentType<Props>;
  function Widget(props: Props) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return Widget;
}

export const LaunchTypeDiagram = splitWidget(() => import('@/components/architecture-diagram').then((m) => m.LaunchTypeDiagram));
export const LayeredResponsibilityDiagram = splitWidget(() => import('@/components/architecture-diagram').then((m) => m.LayeredResponsibilityDiagram));
export const TargetsLandscapeDiagram = splitWidget(() => import('@/components/architecture-diagram').then((m) => m.TargetsLandscapeDiagram));
export const ResponsibilityQuiz = splitWidget(() => import('@/components/responsibility-quiz').then((m) => m.ResponsibilityQuiz));
export const SecurityChecklist = splitWidget(() => import('@/components/security-checklist').then((m) => m.SecurityChecklist));
export const LaunchTypeChooser = splitWidget(() => import('@/components/launch-type-chooser').then((m) => m.LaunchTypeChooser));
