'use client';
/**
 * The client code of the widgets authors place in MDX (declared in lib/widgets.ts, rendered through
 * components/mdx/widget-registry.tsx), of the check-up and of the self-quiz. Each is loaded through next/dynamic,
 * so a lesson only downloads the code of the widgets it uses (a static import here would put every widget on
 * every lesson).
 *
 * Why next/dynamic and not React.lazy (which is 1.7 KB lighter per lesson): during prerendering React.lazy suspends,
 * so React streams the widget as a hidden out-of-order segment that only an inline script reveals. With JavaScript
 * off the widget, including its text version, stayed hidden. next/dynamic resolves the module synchronously on the
 * server, so the widget's first frame is in place in the HTML. Exports must be components (a server module can only
 * use a client module's components).
 */
import dynamic from 'next/dynamic';

/** Every architecture diagram (their server side is components/architecture-diagram/server.tsx). */
export const ArchitectureDiagram = dynamic(() => import('@/components/architecture-diagram').then((m) => m.ArchitectureDiagram));
export const ResponsibilityQuiz = dynamic(() => import('@/components/responsibility-quiz').then((m) => m.ResponsibilityQuiz));
export const SecurityChecklist = dynamic(() => import('@/components/security-checklist').then((m) => m.SecurityChecklist));
export const LaunchTypeChooser = dynamic(() => import('@/components/launch-type-chooser').then((m) => m.LaunchTypeChooser));
/** The lesson check-up (not an author-placed widget: the lesson page binds `<CheckUp />` to its own questions). */
export const CheckUp = dynamic(() => import('@/components/check-up/CheckUp').then((m) => m.CheckUp));
/** The self-quiz home on /quiz (with ts-fsrs: it schedules every answer). */
export const SelfQuiz = dynamic(() => import('@/components/self-quiz/SelfQuiz').then((m) => m.SelfQuiz));
