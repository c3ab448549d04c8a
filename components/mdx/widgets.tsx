'use client';
/**
 * The client code of the self-quiz, loaded through next/dynamic so only its page downloads it. The widgets' own
 * loaders sit in their folders (components/<widget>/lazy.tsx), for the same reason: a lesson only downloads the code
 * of the widgets it uses (a static import would put every widget on every lesson).
 *
 * Why next/dynamic and not React.lazy (which is 1.7 KB lighter per lesson): during prerendering React.lazy suspends,
 * so React streams the widget as a hidden out-of-order segment that only an inline script reveals. With JavaScript
 * off the widget, including its text version, stayed hidden. next/dynamic resolves the module synchronously on the
 * server, so the widget's first frame is in place in the HTML. Exports must be components (a server module can only
 * use a client module's components).
 */
import dynamic from 'next/dynamic';

/** The self-quiz home on /quiz (with ts-fsrs: it schedules every answer). */
export const SelfQuiz = dynamic(() => import('@/components/self-quiz/SelfQuiz').then((m) => m.SelfQuiz));
