/**
 * The script of a package's launcher page (bundled into `launcher.js` by bundle.ts): finds the LMS's API, starts
 * the session, and turns the content frame's `result` messages into SCORM data. Every decision is in the pure
 * modules it imports; this file only wires them to the page.
 */
import { findScormApi, type ApiSearchWindow } from './api';
import { CONFIG_ELEMENT_ID, NOTICE, acceptLauncherMessage, isLauncherConfig, statusLine } from './launcher';
import { createScormSession } from './session';

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
  const graded = config.grading.gradedWidgets.length > 0;
  const session = api ? createScormSession(api, config.grading) : null;
  const started = session?.start();
  if (!api) show(NOTICE.noApi);
  else if (started?.kind !== 'started') show(NOTICE.failed);
  else show(statusLine({ kind: 'connected', state: started.state, graded }));

  const siteOrigin = config.siteOrigin;
  window.addEventListener('message', (event) => {
    const message = acceptLauncherMessage({ origin: event.origin, data: event.data, fromContentFrame: event.source === frame.contentWindow }, siteOrigin);
    if (!message) return;
    if (message.type === 'resize' || message.type === 'ready') {
      frame.height = String(Math.max(message.payload.height, 200));
      return;
    }
    if (!session || started?.kind !== 'started') return;
    const outcome = session.record(message.payload);
    if (outcome.kind === 'recorded') show(statusLine({ kind: 'recorded', state: outcome.state, graded, committed: outcome.committed }));
  });

  const finish = () => session?.finish();
  window.addEventListener('pagehide', finish);
  window.addEventListener('beforeunload', finish);
}

run();
