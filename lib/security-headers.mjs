// Response headers for every route, kept in one place so the framing policy stays per route.
// Plain .mjs because next.config.mjs imports it before TypeScript is compiled; the e2e header test, the
// static-export notes (CloudFront response headers policy) and the bench read the same functions.
// Why script-src has 'unsafe-inline' and no hashes: see "Security headers" in README.md.

const isDev = process.env.NODE_ENV === 'development';

/**
 * Content-Security-Policy directives. 'unsafe-eval' appears only under `next dev` (React's dev tools need it);
 * production builds never send it.
 * @param {string} frameAncestors
 * @returns {string}
 */
export function contentSecurityPolicy(frameAncestors, formAction = "'self'") {
  const directives = {
    'default-src': ["'self'"],
    // Prerendered pages carry Next's inline bootstrap scripts (self.__next_f.push) that differ per page, plus the
    // theme bootstrap. A static header cannot list their hashes, and a nonce needs per-request rendering.
    'script-src': ["'self'", "'unsafe-inline'", ...(isDev ? ["'unsafe-eval'"] : [])],
    // Mermaid's SVG and React's server-rendered style attributes (e.g. a progress bar's width) are inline styles.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': [formAction],
    'frame-ancestors': [frameAncestors],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/**
 * Who may frame the embeds: any site (`*`), unless EMBED_FRAME_ANCESTORS lists the allowed origins, e.g.
 * "https://lms.example.edu https://*.school.example". A value that is not a list of CSP host sources fails loudly
 * (at `next build` / `next start`), so a typo never ships a policy that blocks every instructor or none.
 * @param {string | undefined} setting
 * @returns {string}
 */
export function embedFrameAncestors(setting = process.env.EMBED_FRAME_ANCESTORS) {
  const value = (setting ?? '').trim();
  if (!value) return '*';
  const sources = value.split(/\s+/);
  const hostSource = /^(?:'self'|(?:https?:\/\/)?(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::(?:\d{1,5}|\*))?|https?:)$/i;
  const bad = sources.filter((source) => !hostSource.test(source));
  if (bad.length) {
    throw new Error(
      `EMBED_FRAME_ANCESTORS: expected space-separated origins such as "https://lms.example.edu", got ${bad.map((source) => JSON.stringify(source)).join(', ')}`,
    );
  }
  return sources.join(' ');
}

/**
 * Who may show a route in a frame: the first rule whose prefix matches wins, anything else is same-origin only.
 * The instructor embeds (/embed/...), their loader (/embed.js) and the LTI tool (/lti/..., shown in an LMS's iframe)
 * are the only paths other sites may frame. The LTI tool also posts forms to the platform (the deep-linking
 * response, the registration), so its form-action allows other origins; it exists only on the Node server
 * (`serverOnly`: the static export and its CloudFront policies have no /lti).
 * @type {{ prefix: string, frameAncestors: string, xFrameOptions: string | null, formAction?: string, serverOnly?: boolean }[]}
 */
export const FRAMING_RULES = [
  { prefix: '/embed', frameAncestors: embedFrameAncestors(), xFrameOptions: null },
  { prefix: '/embed.js', frameAncestors: embedFrameAncestors(), xFrameOptions: null },
  {
    prefix: '/lti',
    frameAncestors: embedFrameAncestors(process.env.LTI_FRAME_ANCESTORS ?? process.env.EMBED_FRAME_ANCESTORS),
    xFrameOptions: null,
    formAction: '*',
    serverOnly: true,
  },
];

/** @type {{ frameAncestors: string, xFrameOptions: string | null, formAction?: string }} */
const SAME_ORIGIN_FRAMING = { frameAncestors: "'self'", xFrameOptions: 'SAMEORIGIN' };

/** @param {string} path */
export function framingFor(path) {
  return FRAMING_RULES.find((rule) => path === rule.prefix || path.startsWith(`${rule.prefix}/`)) ?? SAME_ORIGIN_FRAMING;
}

const BASE_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Ignored by browsers over plain http (localhost); effective behind the HTTPS load balancer or CloudFront.
  { key: 'Strict-Transport-Security', value: 'max-age=31536000' },
];

/**
 * Every security header a response for `path` carries.
 * @param {string} path
 * @returns {{ key: string, value: string }[]}
 */
export function headersFor(path) {
  const framing = framingFor(path);
  return [
    ...BASE_HEADERS,
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(framing.frameAncestors, framing.formAction) },
    ...(framing.xFrameOptions ? [{ key: 'X-Frame-Options', value: framing.xFrameOptions }] : []),
  ];
}

/**
 * The same policy in next.config's headers() shape: one entry per framing rule, and one for every other path.
 * Entries must not overlap (Next applies every matching entry), hence the negative lookahead.
 * @returns {{ source: string, headers: { key: string, value: string }[] }[]}
 */
export function securityHeaders() {
  const framed = FRAMING_RULES.flatMap((rule) => [
    { source: rule.prefix, headers: headersFor(rule.prefix) },
    { source: `${rule.prefix}/:path*`, headers: headersFor(`${rule.prefix}/`) },
  ]);
  const excluded = FRAMING_RULES.map((rule) => rule.prefix.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const rest = { source: excluded ? `/:path((?!(?:${excluded})(?:/|$)).*)` : '/:path*', headers: headersFor('/') };
  return [...framed, rest];
}
