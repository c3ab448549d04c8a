/**
 * The LTI routes' HTTP plumbing: the tool's own origin, the state cookie, small self-contained HTML pages (error
 * pages, auto-posting forms) and turning an LtiError into a clear page. Route handlers stay thin around lib/lti.
 */
import { LtiError, logLti } from './errors';

/** The origin the tool is reached at: LTI_TOOL_URL when set (behind a proxy), else the request's own. */
export function toolOrigin(request: Request): string {
  const configured = process.env.LTI_TOOL_URL;
  if (configured) return new URL(configured).origin;
  const url = new URL(request.url);
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? url.host;
  const proto = request.headers.get('x-forwarded-proto') ?? url.protocol.replace(':', '');
  return `${proto}://${host}`;
}

/** The client's address for rate limiting (the first X-Forwarded-For hop from the load balancer). */
export function clientAddress(request: Request): string {
  return request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || request.headers.get('x-real-ip') || 'direct';
}

export const STATE_COOKIE_PREFIX = 'lti-state-';

/**
 * The state cookie that ties the launch to the browser that started the login. The launch is a cross-site POST
 * from the platform, often inside its iframe: SameSite=None (or the POST would come without it), Secure (required
 * with None; browsers treat http://localhost as secure), Partitioned (CHIPS: kept in the platform's partition, so it
 * works where third-party cookies are blocked). Only the state's first 16 characters name it: several tabs can log in.
 */
export function stateCookie(state: string, maxAgeSeconds: number): string {
  return `${STATE_COOKIE_PREFIX}${state.slice(0, 16)}=${state}; Path=/lti/; Max-Age=${maxAgeSeconds}; HttpOnly; Secure; SameSite=None; Partitioned`;
}

export function clearStateCookie(state: string): string {
  return `${STATE_COOKIE_PREFIX}${state.slice(0, 16)}=; Path=/lti/; Max-Age=0; HttpOnly; Secure; SameSite=None; Partitioned`;
}

export function hasStateCookie(request: Request, state: string): boolean {
  const name = `${STATE_COOKIE_PREFIX}${state.slice(0, 16)}`;
  return (request.headers.get('cookie') ?? '').split(';').some((pair) => {
    const [key, ...rest] = pair.trim().split('=');
    return key === name && rest.join('=') === state;
  });
}

export const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

const PAGE_STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:40rem;padding:0 1rem;color:#1c1917;background:#fff}
@media (prefers-color-scheme:dark){body{color:#e7e5e4;background:#1c1917}a{color:#93c5fd}}
h1{font-size:1.4rem}code{font-size:.9em}dt{font-weight:600}dd{margin:0 0 .75rem}button{font:inherit;padding:.5rem 1rem}`;

/** A small standalone page (these responses are not part of the site's React tree). */
export function htmlPage(
  title: string,
  body: string,
  { status = 200, headers = {}, script }: { status?: number; headers?: Record<string, string>; script?: string } = {},
): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${PAGE_STYLE}</style></head><body><main>${body}</main>${script ? `<script>${script}</script>` : ''}</body></html>`;
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers } });
}

/** The error page: which check failed and what to fix. Never a stack trace; unknown errors are logged by name only. */
export function errorPage(error: unknown, where: string): Response {
  if (error instanceof LtiError) {
    logLti(`${where} refused`, { check: error.check });
    return htmlPage(
      'The course tool could not open',
      `<h1>The course tool could not open</h1><dl><dt>What failed</dt><dd>${escapeHtml(error.message)} (check: <code>${error.check}</code>)</dd><dt>What to do</dt><dd>${escapeHtml(error.fix)}</dd></dl>`,
      { status: error.status },
    );
  }
  logLti(`${where} failed`, { error: error instanceof Error ? error.name : 'unknown' });
  return htmlPage(
    'The course tool had a problem',
    '<h1>The course tool had a problem</h1><p>Something went wrong on the tool\'s side. Try again in a minute; if it keeps happening, the tool\'s administrator will find the request in the server log under "lti:".</p>',
    { status: 500 },
  );
}

/** The JSON API's error answer (the launched page shows `message` and `fix`). */
export function errorJson(error: unknown, where: string): Response {
  if (error instanceof LtiError) {
    logLti(`${where} refused`, { check: error.check });
    return Response.json({ error: error.check, message: error.message, fix: error.fix }, { status: error.status, headers: { 'cache-control': 'no-store' } });
  }
  logLti(`${where} failed`, { error: error instanceof Error ? error.name : 'unknown' });
  return Response.json({ error: 'server', message: 'The tool had a problem saving this. Try again in a minute.', fix: '' }, { status: 500 });
}

/** A form that posts itself (the LTI way of handing a signed message to the platform through the browser). */
export function autoPostForm(action: string, fields: Record<string, string>, title: string): Response {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  return htmlPage(
    title,
    `<h1>${escapeHtml(title)}</h1><form method="post" action="${escapeHtml(action)}">${inputs}<button type="submit">Continue</button></form>`,
    {
      script: 'document.forms[0].submit()',
    },
  );
}

/** Form fields or query parameters as a plain record of strings (files and repeats ignored). */
export async function requestParams(request: Request): Promise<Record<string, string>> {
  const params: Record<string, string> = {};
  const url = new URL(request.url);
  url.searchParams.forEach((value, key) => (params[key] ??= value));
  if (request.method === 'POST') {
    const type = request.headers.get('content-type') ?? '';
    if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) {
      const form = await request.formData();
      form.forEach((value, key) => {
        if (typeof value === 'string') params[key] = value;
      });
    }
  }
  return params;
}
