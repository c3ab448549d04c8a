/**
 * The site origin a package embeds from. `npm run package:lms` takes it from SITE_URL; the embed dialog uses the
 * origin it was opened on. A package that points at the wrong place fails for every learner, so anything doubtful
 * is refused with a reason rather than guessed at.
 */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export type SiteUrlCheck = { ok: true; origin: string } | { ok: false; error: string };

export function checkSiteUrl(value: string | undefined): SiteUrlCheck {
  if (!value || !value.trim())
    return { ok: false, error: 'SITE_URL is not set: give the public address of the site, e.g. SITE_URL=https://course.example.com' };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, error: `SITE_URL "${value}" is not a URL: expected e.g. https://course.example.com` };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    return {
      ok: false,
      error: `SITE_URL "${value}" must use https (plain http only for localhost): LMSs serve over https and browsers block http frames there`,
    };
  }
  if (url.username || url.password) return { ok: false, error: `SITE_URL "${value}" must not contain a user name or password` };
  if (url.pathname !== '/' || url.search || url.hash) {
    return { ok: false, error: `SITE_URL "${value}" must be the site's origin only (no path, query or fragment): the site is served from the root` };
  }
  return { ok: true, origin: url.origin };
}
