/**
 * Performance budgets, checked after the build by e2e/routes.spec.ts and e2e/budgets.spec.ts (inside `npm test`) and
 * shown by `npm run bench`.
 *
 * How the bytes are counted (the same way everywhere):
 * - KB means 1,000 bytes (the "140 KB"; its "a bare Next 16 page transfers about 132 KB" is 131.5 thousand
 *   bytes by this measure, 128 KiB in binary units, so the issue counts in thousands too).
 * - A file's weight is its gzip size at level 6: zlib's default, which is what `next start` sends (its compression
 *   middleware) and what a CDN's on-the-fly gzip is close to. Level 9 would flatter every file by about 0.3%.
 *   HTTP headers are not counted: they are not JavaScript, and they depend on the server, not on the build.
 * - First-load JavaScript is every script Chromium fetches while loading the page at the top, on a phone-sized
 *   viewport, until the network is idle, with no interaction. That is a superset of the scripts the prerendered HTML
 *   lists: it also catches chunks a page imports while it hydrates (lazy widget code, next/link prefetches).
 *
 * How the numbers were chosen:
 * - 140 KB for a page that renders no widget is the budget. On 2026-11-26, react-dom plus Next's runtime were
 *   about 132 KB of it, so the site's own shell (header, theme toggle, learner store, "mark as done", the widget
 *   loaders) must stay under about 8 KB. When first measured, a lesson was over: 141,977 bytes (gzip -9). Dropping
 *   next/link saved 3.0 KB (and the prefetches of every linked page). React.lazy instead of next/dynamic would save
 *   1.7 KB more, but it hid widgets from readers without JavaScript, so widgets stay on next/dynamic and a lesson
 *   without widgets is about 139 KB by the measure above. See README "Performance".
 * - 180 KB for a page that renders widgets: not in the issue. It is the shell plus 40 KB of widget code that hydrates
 *   on load: room for a drag-and-drop quiz (@dnd-kit/core is about 15 KB) and a diagram, but not for a charting or
 *   diagram library (mermaid is over 500 KB, which is why it must be imported on demand).
 * - 25 KB of CSS, all stylesheets of the build together: the budget (Tailwind output is about 10 KB).
 * - 6 KB for the lesson check-up (issue 14), on top of either lesson budget: every lesson ends with one. Measured on
 *   2026-12-01 at 4.1 KB (its one chunk); a lesson without widgets went from 139.8 KB to 143.9 KB. Scheduling
 *   (ts-fsrs) and the /quiz session code must never be in it: they load on /quiz, /progress or after an answer.
 * - 142 KB, not 140, for a page without widgets since 2026-12-01: search, the phone menu, glossary popovers and the
 *   current-section mark (issue 17) were allowed 2 KB on every page. Measured: +0.7 KB on home, glossary, quiz
 *   and 404 (the header's one listener set), +1.7 KB on lessons (plus the popover and contents scripts, which the
 *   bundler shares in one chunk with /chooser and /checklists); the lesson without widgets went from 139.8 to
 *   141.5 KB.
 * - 60 KB for search on its first open (the budget): the dialog's code, MiniSearch (about 6 KB) and the
 *   index (/search-index.json, about 45 KB after the second pass on the lessons), fetched only when search opens.
 */
export const KB = 1000;

export const BUDGETS = {
  firstLoadJs: {
    /**
     * A lesson without widgets, and every page listed in `widgetFreePages`. Issue 15's Embed button on every lesson
     * header adds about 0.5 KB gzip (its dialog loads only when opened); it fits within main's 142 KB.
     */
    withoutWidgets: 142 * KB,
    /** Any other route: lessons with widgets and widget pages (/chooser, /quiz, /checklists, ...). */
    withWidgets: 180 * KB,
  },
  /**
   * Pages other than lessons that render no widget (lessons are classified from their MDX, see lib/widgets.ts).
   * '/_not-found' is the 404 page. A path here that is no longer a route fails the budget test.
   */
  widgetFreePages: ['/', '/glossary', '/_not-found'],
  /**
   * Pages with a budget of their own instead of `withWidgets` (the first-load figure, gzip bytes).
   * /progress (issue 14): the dashboard reads the store and draws its chart by hand (no chart library, no ts-fsrs,
   * no session code); the progress file's validation (zod) loads only when a file is imported. Measured on
   * 2026-12-01 at 147.4 KB (the same shell as /quiz, without ts-fsrs: /quiz is 154.1 KB).
   */
  pages: { '/progress': 150 * KB } as Record<string, number>,
  /** The check-up every lesson ends with: its own chunks, and what it adds to a lesson's budget. */
  checkUp: 6 * KB,
  /**
   * The instructor Embed button in every lesson header (issue 15), added to a lesson's budget. Measured on
   * 2026-12-01 at about 0.5 KB gzip (the button and the stub that imports the dialog on click); with the check-up and
   * search on the same page, the lesson without widgets came to 148,043 B, 43 B over 142 + 6 KB.
   */
  lessonEmbedButton: 1 * KB,
  /**
   * The "quiz me first" switch on every lesson (issue 14), added to a lesson's budget: the switch, its phase helpers
   * and the shared Button primitive (components/ui, issue 12b; its cost is shared once other widgets use it). The
   * rest of the flow loads only while the switch is on. Measured on 2026-12-01: the lesson without widgets went from
   * 148,043 B to 149,814 B (+1.8 KB).
   */
  quizMeFirst: 2 * KB,
  /**
   * Instructor embeds (issue 15). An embedded lesson must load no more JavaScript than the same lesson on the site
   * (it drops the header's theme toggle, "mark as done" and the Embed buttons, and adds the embed runtime), checked
   * for a lesson without widgets and one with the most widget code; widget embeds get the widget budget above.
   * The loader (public/embed.js) is at most 3 KB gzip, checked by lib/embed/options.test.ts.
   */
  embeds: {
    comparedLessons: ['container-options', 'shared-responsibility'],
    widgetEmbeds: ['/embed/widgets/responsibility-quiz', '/embed/widgets/check-up/container-options'],
    loaderGzip: 3 * KB,
  },
  /** What opening search the first time downloads: its script chunks and /search-index.json, gzip bytes. */
  searchOnOpen: 60 * KB,
  /** Every stylesheet the build emits, gzip bytes added up. */
  totalCss: 25 * KB,
  /**
   * One SCORM 1.2 package (lib/scorm/), zip bytes: the manifest, the launcher page and its script. A few KB by design
   * (the content itself is the live site); on 2026-12-01 the largest was about 4.5 KB. 20 KB since 2026-12-06: the
   * launcher checks the assignment with its one schema (lib/assignment, zod/mini) and writes interactions, which
   * took the largest package to about 15.3 KB (issue 24). An LMS stores it once; no learner downloads it twice.
   */
  scormPackage: 20 * KB,
  /** Gzip level used to weigh files (see above). */
  gzipLevel: 6,
} as const;

/**
 * Text that appears in mermaid's own code and survives minification; a script containing it has mermaid bundled in.
 * e2e/budgets.spec.ts checks that the installed mermaid really contains it, so the check cannot pass vacuously.
 */
export const MERMAID_SIGNATURE = /No diagram type detected|mermaidAPI/;

/** Text in the check-up's own code (its confidence prompt); a script containing it is check-up code. */
export const CHECK_UP_SIGNATURE = /How sure are you\? \(optional\)/;

/** Text in ts-fsrs's own code; a lesson's first-load scripts must not contain it (it loads after an answer). */
export const SCHEDULER_SIGNATURE = /\[FSRS\]Invalid parameters length/;

export type RouteKind = 'withoutWidgets' | 'withWidgets';

/** Which budget applies to a route: lessons by the widgets their MDX uses, other pages by `widgetFreePages`. */
export function routeKind(path: string, lessonWidgets: ReadonlyMap<string, readonly string[]>): RouteKind {
  const widgets = lessonWidgets.get(path);
  if (widgets) return widgets.length === 0 ? 'withoutWidgets' : 'withWidgets';
  return (BUDGETS.widgetFreePages as readonly string[]).includes(path) ? 'withoutWidgets' : 'withWidgets';
}

/** The first-load budget of a route: lessons also carry the check-up, the Embed button and the quiz-me-first switch. */
export function routeBudget(path: string, lessonWidgets: ReadonlyMap<string, readonly string[]>): number {
  const own = BUDGETS.pages[path];
  if (own !== undefined) return own;
  return BUDGETS.firstLoadJs[routeKind(path, lessonWidgets)] + (lessonWidgets.has(path) ? BUDGETS.checkUp + BUDGETS.lessonEmbedButton + BUDGETS.quizMeFirst : 0);
}
