'use client';
/**
 * The client code of the widgets authors place in MDX (declared in lib/widgets.ts, rendered through
 * components/mdx/widget-registry.tsx), of the check-up and of the self-quiz.
 *
 * Widgets in a page's flow are islands (components/islands/Island.tsx): the server renders their first frame, and
 * their code loads when they come near the screen or are first used, so a lesson's first load carries none of it
 * (lib/budgets.ts). The self-quiz and the progress dashboard are the first screen of their pages, so they load with
 * the page through next/dynamic. Exports must be components (a server module can only use a client module's
 * components).
 */
import dynamic from 'next/dynamic';
import type { ComponentProps, ComponentType } from 'react';
import { Island } from '@/components/islands/Island';
import type { ArchitectureDiagram as DiagramView } from '@/components/architecture-diagram';
import type { ResponsibilityQuiz as QuizView } from '@/components/responsibility-quiz';
import type { SecurityChecklist as ChecklistView } from '@/components/security-checklist';
import type { LaunchTypeChooser as ChooserView } from '@/components/launch-type-chooser';
import type { CheckUp as CheckUpView } from '@/components/check-up/CheckUp';
import type { MarkDone as MarkDoneView } from '@/components/lesson/MarkDone';

function island<P extends object>(name: string, load: () => Promise<ComponentType<P>>): ComponentType<P> {
  function NearScreenWidget(props: P) {
    return <Island name={name} load={load} props={props} />;
  }
  NearScreenWidget.displayName = `Island(${name})`;
  return NearScreenWidget;
}

/** Every architecture diagram (their server side is components/architecture-diagram/server.tsx). */
export const ArchitectureDiagram = island<ComponentProps<typeof DiagramView>>('ArchitectureDiagram', () =>
  import('@/components/architecture-diagram').then((m) => m.ArchitectureDiagram),
);
export const ResponsibilityQuiz = island<ComponentProps<typeof QuizView>>('ResponsibilityQuiz', () =>
  import('@/components/responsibility-quiz').then((m) => m.ResponsibilityQuiz),
);
export const SecurityChecklist = island<ComponentProps<typeof ChecklistView>>('SecurityChecklist', () =>
  import('@/components/security-checklist').then((m) => m.SecurityChecklist),
);
export const LaunchTypeChooser = island<ComponentProps<typeof ChooserView>>('LaunchTypeChooser', () =>
  import('@/components/launch-type-chooser').then((m) => m.LaunchTypeChooser),
);
/** The lesson check-up (not an author-placed widget: the lesson page binds `<CheckUp />` to its own questions). */
export const CheckUp = island<ComponentProps<typeof CheckUpView>>('CheckUp', () => import('@/components/check-up/CheckUp').then((m) => m.CheckUp));
/** "Mark as done" at the end of every lesson. */
export const MarkDone = island<ComponentProps<typeof MarkDoneView>>('MarkDone', () => import('@/components/lesson/MarkDone').then((m) => m.MarkDone));
/** The self-quiz home on /quiz (with ts-fsrs: it schedules every answer). */
export const SelfQuiz = dynamic(() => import('@/components/self-quiz/SelfQuiz').then((m) => m.SelfQuiz));
/** The /progress dashboard (figures, chart, export/import/reset). */
export const Progress = dynamic(() => import('@/components/progress/ProgressDashboard').then((m) => m.ProgressDashboard));
