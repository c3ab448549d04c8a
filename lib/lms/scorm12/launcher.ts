/**
 * The launcher page of a package (`index.html`) and the pure rules its script follows. The page works without its
 * script: the lesson or widget is a plain iframe of the site. The script (launcher-runtime.ts, bundled into
 * `launcher.js`) adds the LMS connection.
 */
import { parseEmbedMessage, type EmbedMessage } from '../../embed/protocol';
import { isRecord, isString } from '../../guards';
import { escapeXml } from './manifest';
import type { LauncherConfig } from '../format';
import type { LauncherState } from './suspend-data';
import type { AttemptScore } from '../../assignment/attempt';
import { parseAssignment, type GradedAssignment } from '../../assignment/settings';

export type { LauncherConfig };

export const CONFIG_ELEMENT_ID = 'scorm-launcher-config';

export function isLauncherConfig(value: unknown): value is LauncherConfig {
  if (!isRecord(value) || value.version !== 1 || !isString(value.siteOrigin) || !isString(value.embedUrl) || !isString(value.title)) return false;
  if (typeof value.height !== 'number' || !isRecord(value.grading)) return false;
  const { completion, gradedWidgets, assignment } = value.grading;
  if ((completion !== 'result' && completion !== 'view') || !Array.isArray(gradedWidgets) || !gradedWidgets.every(isString)) return false;
  if (assignment !== undefined) {
    if (!isRecord(assignment) || !Array.isArray(assignment.required) || !assignment.required.every(isString) || assignment.required.length === 0) return false;
    const parsed = parseAssignment(assignment.settings);
    if (!parsed.ok || parsed.assignment.mode !== 'graded') return false;
  }
  // The frame must show the site the messages are trusted from, nothing else.
  return value.embedUrl.startsWith(`${value.siteOrigin}/`);
}

/** A message the launcher acts on: from the content frame, from the site's origin, in the embed protocol. */
export function acceptLauncherMessage(event: { origin: string; data: unknown; fromContentFrame: boolean }, siteOrigin: string): EmbedMessage | null {
  if (!event.fromContentFrame || event.origin !== siteOrigin) return null;
  return parseEmbedMessage(event.data);
}

/** JSON inside a <script> element: `<` escaped so no value can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export const NOTICE = {
  noApi: 'No LMS connection found: this works, but your result is not sent to a gradebook.',
  failed: 'The LMS connection did not start: this works, but your result may not reach the gradebook.',
} as const;

const attemptsText = (attempts: GradedAssignment['attempts']) =>
  attempts === 'unlimited' ? 'as many attempts as you like' : attempts === 1 ? 'one attempt' : `${attempts} attempts`;

const bestText = (state: LauncherState) => {
  const best = state.tally.best;
  return best ? `best so far ${best.percent}% (${best.passed ? 'passed' : 'not passed yet'})` : '';
};

export type StatusSituation =
  | { kind: 'connected'; state: LauncherState; assignment?: GradedAssignment; required?: number }
  | {
      kind: 'recorded';
      state: LauncherState;
      assignment?: GradedAssignment;
      committed: boolean;
      submitted: AttemptScore | null;
      remaining: number;
      passMark: number;
    }
  | { kind: 'ignored'; state: LauncherState; reason: 'already-answered' | 'no-attempts-left' };

/** The one status line the launcher shows above the content. */
export function statusLine(situation: StatusSituation): string {
  const { state } = situation;
  const { tally } = state;
  if (situation.kind === 'ignored') {
    return situation.reason === 'no-attempts-left'
      ? `No attempts left: this answer was not sent to your LMS. Your grade stays at ${tally.best ? `${tally.best.percent}%` : 'what your LMS shows'}.`
      : 'Already answered in this attempt: only the first answer counts.';
  }
  const { assignment } = situation;
  if (situation.kind === 'connected') {
    if (!assignment) return tally.submitted ? 'Welcome back: completed.' : 'Connected to your LMS.';
    const inProgress = Object.keys(tally.current).length;
    if (tally.submitted === 0 && inProgress === 0) {
      return `Connected to your LMS. This is graded: your score goes to the gradebook when you have answered everything assigned (${attemptsText(assignment.attempts)}).`;
    }
    const parts = inProgress ? ` ${inProgress} of ${situation.required ?? inProgress} parts answered in this attempt.` : '';
    return `Welcome back: ${tally.submitted} ${tally.submitted === 1 ? 'attempt' : 'attempts'} submitted${tally.best ? `, ${bestText(state)}` : ''}.${parts}`;
  }
  if (!situation.committed) return 'Your LMS did not confirm saving this result; it will try again with your next one.';
  if (!assignment) return 'Saved to your LMS: completed.';
  if (situation.submitted) {
    const { percent, passed } = situation.submitted;
    return `Attempt ${tally.submitted} submitted: ${percent}% (${passed ? 'passed' : `not passed; the pass mark is ${situation.passMark}%`}). Saved to your LMS: ${bestText(state)}.`;
  }
  return `Saved to your LMS. ${situation.remaining} ${situation.remaining === 1 ? 'part' : 'parts'} still to answer before this attempt is graded.`;
}

/** `index.html`: the content frame, one status line, the config, the script. */
export function launcherHtml(config: LauncherConfig, scriptFile: string): string {
  const title = escapeXml(config.title);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title>${title}</title>
<style>
html,body{margin:0;background:Canvas;color:CanvasText;color-scheme:light dark}
body{font:1rem/1.5 system-ui,sans-serif}
main{display:flex;flex-direction:column;min-height:100vh}
#scorm-status{margin:0;padding:.25rem .75rem;font-size:.875rem;border-bottom:1px solid color-mix(in srgb,CanvasText 25%,transparent)}
#scorm-status:empty{display:none}
iframe{display:block;width:100%;border:0;flex:1 0 auto}
</style>
</head>
<body>
<main aria-label="${title}">
<h1 style="position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)">${title}</h1>
<p id="scorm-status" role="status"></p>
<iframe id="scorm-content" src="${escapeXml(config.embedUrl)}" title="${title}" height="${config.height}" allow="clipboard-write"></iframe>
</main>
<script type="application/json" id="${CONFIG_ELEMENT_ID}">${scriptJson(config)}</script>
<script src="${escapeXml(scriptFile)}"></script>
</body>
</html>
`;
}
