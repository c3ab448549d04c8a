/**
 * The script of a package's launcher page (bundled into `launcher.js` by bundle.ts): finds the LMS's API, starts
 * the session, turns the content frame's `result` messages into SCORM data, and tells a graded embed where the
 * learner stands (`attempt-status`), so it offers a new attempt only when the LMS will count it. Every decision is
 * in the pure modules it imports; this file only wires them to the page.
 */
import { findScormApi, type ApiSearchWindow } from './api';
import { CONFIG_ELEMENT_ID, NOTICE, acceptLauncherMessage, isLauncherConfig, statusLine } from './launcher';
import { createScormSession } from './session';
import { canStartAttempt } from '../../assignment/attempt';
import { hostMessage } from '../../embed/protocol';
import type { LauncherState } from './suspend-data';

function run() {
  const status = document.getElementById('scorm-status');
  const frame = document.getElementById('scorm-content') as HTMLIFrameElement | null;
  let config: unknown;
  try {
    config = JSON.parse(document.getElementById(CONFIG_ELEMENT_ID)?.textContent ?? '');
  } catch {
    config = null;
  }
  if (!status || !frame || !isLauncherConfig(config)) return;
  const show = (text: string) => {
    status.textContent = text;
  };

  const api = findScormApi(window as unknown as ApiSearchWindow);
  const assignment = config.grading.assignment;
  const session = api ? createScormSession(api, config.grading) : null;
  const started = session?.start();
  if (!api) show(NOTICE.noApi);
  else if (started?.kind !== 'started') show(NOTICE.failed);
  else show(statusLine({ kind: 'connected', state: started.state, assignment: assignment?.settings, required: assignment?.required.length }));

  const siteOrigin = config.siteOrigin;
  let latest: LauncherState | null = started?.kind === 'started' ? started.state : null;
  const sendStatus = () => {
    if (!assignment || !latest || !frame.contentWindow) return;
    const { tally } = latest;
    const message = hostMessage('attempt-status', {
      submitted: tally.submitted,
      answered: Object.keys(tally.current),
      canStart: canStartAttempt(tally, assignment.settings.attempts),
      best: tally.best ? tally.best.percent : null,
    });
    frame.contentWindow.postMessage(message, siteOrigin);
  };

  window.addEventListener('message', (event) => {
    const message = acceptLauncherMessage({ origin: event.origin, data: event.data, fromContentFrame: event.source === frame.contentWindow }, siteOrigin);
    if (!message) return;
    if (message.type === 'resize' || message.type === 'ready') {
      frame.height = String(Math.max(message.payload.height, 200));
      if (message.type === 'ready') sendStatus();
      return;
    }
    if (!session || started?.kind !== 'started') return;
    const outcome = session.record(message.payload);
    if (outcome.kind === 'recorded') {
      latest = outcome.state;
      show(
        statusLine({
          kind: 'recorded',
          state: outcome.state,
          assignment: assignment?.settings,
          committed: outcome.committed,
          submitted: outcome.submitted,
          remaining: outcome.remaining,
          passMark: session.passMark ?? 0,
        }),
      );
    } else if (latest && (outcome.reason === 'no-attempts-left' || outcome.reason === 'already-answered')) {
      show(statusLine({ kind: 'ignored', state: latest, reason: outcome.reason }));
    }
    sendStatus();
  });

  const finish = () => session?.finish();
  window.addEventListener('pagehide', finish);
  window.addEventListener('beforeunload', finish);
}

run();
