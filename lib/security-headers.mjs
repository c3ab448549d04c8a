// Response headers for every route, kept in one place so framing rules stay per route.
// Plain .mjs because next.config.mjs imports it before TypeScript is compiled.

const base = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
];

/** @returns {{source: string, headers: {key: string, value: string}[]}[]} */
export function securityHeaders() {
  return [
    {
      source: '/:path*',
      headers: [...base, { key: 'X-Frame-Options', value: 'SAMEORIGIN' }, { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" }],
    },
  ];
}
