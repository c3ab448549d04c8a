/** OIDC login initiation (GET or POST from the platform): lib/lti/login.ts; rate-limited per client address. */
import { LOGIN_STATE_TTL_MS, allowRequest, parseLoginParams, startLogin } from '@/lib/lti/login';
import { LtiError } from '@/lib/lti/errors';
import { clientAddress, errorPage, escapeHtml, htmlPage, requestParams, stateCookie, toolOrigin } from '@/lib/lti/http';
import { toolDb } from '@/lib/lti/server';
import { putNonceScript } from '@/lib/lti/platform-storage';

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
    // browsers that drop the cookie; go on to the platform when it confirms (lib/lti/platform-storage.ts).
    return htmlPage('Opening the course tool', `<p>Opening the course tool… If nothing happens, <a href="${escapeHtml(login.redirectUrl)}">continue</a>.</p>`, {
      headers: { 'set-cookie': cookie },
      script: putNonceScript({ ...login.storage, state: login.state, nonce: login.nonce, next: login.redirectUrl }),
    });
  } catch (error) {
    return errorPage(error, 'login');
  }
}

export const GET = handle;
export const POST = handle;
