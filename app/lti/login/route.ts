/** OIDC login initiation (GET or POST from the platform): lib/lti/login.ts; rate-limited per client address. */
import { LOGIN_STATE_TTL_MS, allowRequest, parseLoginParams, startLogin } from '@/lib/lti/login';
import { LtiError } from '@/lib/lti/errors';
import { clientAddress, errorPage, escapeHtml, htmlPage, requestParams, stateCookie, toolOrigin } from '@/lib/lti/http';
import { toolDb } from '@/lib/lti/server';

export const dynamic = 'force-dynamic';

const LIMIT = Number(process.env.LTI_LOGIN_RATE_LIMIT) || 300;
const WINDOW_MS = 60_000;

async function handle(request: Request): Promise<Response> {
  try {
    const db = await toolDb();
    if (!(await allowRequest(db, `login:${clientAddress(request)}`, LIMIT, WINDOW_MS))) {
      throw new LtiError('rate-limit', 'Too many launches from this address in the last minute.', 'Wait a minute and open the activity again.', 429);
    }
    const params = parseLoginParams(await requestParams(request));
    const login = await startLogin(db, params, toolOrigin(request));
    const cookie = stateCookie(login.state, LOGIN_STATE_TTL_MS / 1000);
    if (!login.storage) {
      return new Response(null, { status: 302, headers: { location: login.redirectUrl, 'set-cookie': cookie, 'cache-control': 'no-store' } });
    }
    // LTI client-side storage (the platform's postMessage API): keep the nonce in the platform's frame too, for
    // browsers that drop the cookie; go on to the platform when it confirms (or after 2 s without an answer).
    const data = JSON.stringify({
      target: login.storage.target,
      origin: login.storage.origin,
      state: login.state,
      nonce: login.nonce,
      next: login.redirectUrl,
    }).replace(/</g, '\\u003c');
    return htmlPage('Opening the course tool', `<p>Opening the course tool… If nothing happens, <a href="${escapeHtml(login.redirectUrl)}">continue</a>.</p>`, {
      headers: { 'set-cookie': cookie },
      script: `(function(){var d=${data};var done=false;function go(){if(!done){done=true;location.replace(d.next);}}
var frame;try{frame=d.target==='_parent'?window.parent:window.parent.frames[d.target];}catch(e){}
if(!frame){go();return;}var id='put-'+Math.random().toString(36).slice(2);
window.addEventListener('message',function(e){if(e.origin===d.origin&&e.data&&e.data.subject==='lti.put_data.response'&&e.data.message_id===id)go();});
frame.postMessage({subject:'lti.put_data',message_id:id,key:'state_'+d.state,value:d.nonce},d.origin);setTimeout(go,2000);})();`,
    });
  } catch (error) {
    return errorPage(error, 'login');
  }
}

export const GET = handle;
export const POST = handle;
