/**
 * LTI Dynamic Registration: the LMS opens this URL (with openid_configuration and registration_token) in a frame or
 * window; the admin confirms; the tool registers itself (lib/lti/registration.ts) and tells the LMS to close the
 * frame (`org.imsglobal.lti.close`).
 */
import { LtiError, logLti } from '@/lib/lti/errors';
import { clientAddress, errorPage, escapeHtml, htmlPage, requestParams, toolOrigin } from '@/lib/lti/http';
import { allowRequest } from '@/lib/lti/login';
import { currentSigningKey } from '@/lib/lti/keys';
import { registerDynamically, TOOL_NAME } from '@/lib/lti/registration';
import { toolDb } from '@/lib/lti/server';

export const dynamic = 'force-dynamic';

function readParams(params: Record<string, string>) {
  const openidConfiguration = params.openid_configuration ?? '';
  const registrationToken = params.registration_token;
  if (!/^https?:\/\//.test(openidConfiguration) || openidConfiguration.length > 2000 || (registrationToken && registrationToken.length > 4000)) {
    throw new LtiError(
      'registration',
      'This page is opened by a platform during LTI Dynamic Registration, with an openid_configuration URL.',
      "In the LMS, paste this tool's registration URL (shown on /lti) where it registers LTI 1.3 tools.",
    );
  }
  return { openidConfiguration, registrationToken };
}

/**
 * While the admin reads the page: open the database and make the tool's key, which the registration needs. On a fresh
 * embedded database that is PGlite's start, the migration and an RSA key (3 s on an idle machine, close to a minute on
 * a busy one); started here, the click on "Register the tool" does not wait for it from the beginning.
 */
function warmUp() {
  toolDb()
    .then((db) => currentSigningKey(db))
    .catch((error: unknown) => logLti('database not opened ahead of registration', { error: error instanceof Error ? error.name : 'unknown' }));
}

/** Answers the click at once (the button waits, a status says what happens), and a second click cannot post twice. */
const PENDING_SCRIPT = `(function(){var f=document.forms[0],b=f.querySelector('button'),s=document.getElementById('progress');f.addEventListener('submit',function(e){if(b.disabled){e.preventDefault();return;}b.disabled=true;b.textContent='Registering…';s.textContent='Registering with the LMS. The first registration can take up to a minute while the tool prepares its database.';});})();`;

export async function GET(request: Request) {
  try {
    const { openidConfiguration, registrationToken } = readParams(await requestParams(request));
    const platform = new URL(openidConfiguration).host;
    warmUp();
    return htmlPage(
      `Register ${TOOL_NAME}`,
      `<h1>Register ${TOOL_NAME} with ${escapeHtml(platform)}</h1>
<p>The LMS at <strong>${escapeHtml(platform)}</strong> asks to add this course as an LTI 1.3 tool: teachers can then add graded check-ups to their courses, and scores go to the gradebook.</p>
<p>The tool keeps only what grading needs: each learner's LMS user id, the name if the LMS shares it, and their answers.</p>
<form method="post"><input type="hidden" name="openid_configuration" value="${escapeHtml(openidConfiguration)}"><input type="hidden" name="registration_token" value="${escapeHtml(registrationToken ?? '')}"><button type="submit">Register the tool</button></form>
<p role="status" id="progress"></p>`,
      { script: PENDING_SCRIPT },
    );
  } catch (error) {
    return errorPage(error, 'registration');
  }
}

export async function POST(request: Request) {
  try {
    const db = await toolDb();
    if (!(await allowRequest(db, `register:${clientAddress(request)}`, 20, 60_000))) {
      throw new LtiError('rate-limit', 'Too many registrations from this address in the last minute.', 'Wait a minute and try again.', 429);
    }
    const params = readParams(await requestParams(request));
    const result = await registerDynamically(db, toolOrigin(request), {
      openidConfiguration: params.openidConfiguration,
      registrationToken: params.registrationToken || undefined,
    });
    logLti('registered', { platform: result.platformId, deployment: result.deploymentId });
    return htmlPage(
      'Tool registered',
      `<h1>Tool registered</h1><p role="status">${TOOL_NAME} is registered with ${escapeHtml(result.issuer)} (client id <code>${escapeHtml(result.clientId)}</code>${result.deploymentId ? `, deployment <code>${escapeHtml(result.deploymentId)}</code>` : ''}).</p><p>You can close this window; the LMS may ask you to activate the tool.</p><button type="button" id="close">Close</button>`,
      {
        script: `(function(){function close(){(window.opener||window.parent).postMessage({subject:'org.imsglobal.lti.close'},'*');}document.getElementById('close').addEventListener('click',close);})();`,
      },
    );
  } catch (error) {
    return errorPage(error, 'registration');
  }
}
