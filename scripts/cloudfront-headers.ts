/**
 * `npm run export:headers`: the site's security headers (lib/security-headers.mjs) as CloudFront response headers
 * policies, for the static export on S3 + CloudFront (README "Deploying"), where next.config's headers() do not run.
 * Prints one ResponseHeadersPolicyConfig per framing rule: "default" for the distribution's default behaviour and
 * one per FRAMING_RULES prefix (a cache behaviour with the path pattern shown), ready for
 * `aws cloudfront create-response-headers-policy --response-headers-policy-config file://...`.
 * Plus one for the service worker's folder (/serwist/*), which adds `Service-Worker-Allowed: /`.
 */
import { pathToFileURL } from 'node:url';
import { FRAMING_RULES, headersFor } from '../lib/security-headers.mjs';
import { SERVICE_WORKER_SCOPE, SERVICE_WORKER_URL } from '../lib/offline/policy';

type Header = { key: string; value: string };

export type ResponseHeadersPolicyConfig = {
  Name: string;
  Comment: string;
  SecurityHeadersConfig: Record<string, unknown>;
  CustomHeadersConfig: { Quantity: number; Items: { Header: string; Value: string; Override: boolean }[] };
};

/** CloudFront has typed fields for the standard security headers; anything else is a custom header. */
export function toResponseHeadersPolicy(name: string, comment: string, headers: Header[]): ResponseHeadersPolicyConfig {
  const security: Record<string, unknown> = {};
  const custom: { Header: string; Value: string; Override: boolean }[] = [];
  for (const { key, value } of headers) {
    switch (key.toLowerCase()) {
      case 'content-security-policy':
        security.ContentSecurityPolicy = { ContentSecurityPolicy: value, Override: true };
        break;
      case 'x-content-type-options':
        if (value !== 'nosniff') throw new Error(`X-Content-Type-Options "${value}": CloudFront can only send nosniff`);
        security.ContentTypeOptions = { Override: true };
        break;
      case 'x-frame-options':
        security.FrameOptions = { FrameOption: value.toUpperCase(), Override: true };
        break;
      case 'referrer-policy':
        security.ReferrerPolicy = { ReferrerPolicy: value, Override: true };
        break;
      case 'strict-transport-security': {
        const maxAge = Number(/max-age=(\d+)/.exec(value)?.[1]);
        if (!Number.isFinite(maxAge)) throw new Error(`Strict-Transport-Security "${value}": no max-age`);
        security.StrictTransportSecurity = {
          AccessControlMaxAgeSec: maxAge,
          IncludeSubdomains: /includeSubDomains/i.test(value),
          Preload: /preload/i.test(value),
          Override: true,
        };
        break;
      }
      default:
        custom.push({ Header: key, Value: value, Override: true });
    }
  }
  return { Name: name, Comment: comment, SecurityHeadersConfig: security, CustomHeadersConfig: { Quantity: custom.length, Items: custom } };
}

/** The folder the service worker is served from (/serwist), a cache behaviour of its own on CloudFront. */
export const WORKER_FOLDER = SERVICE_WORKER_URL.slice(0, SERVICE_WORKER_URL.lastIndexOf('/'));

/**
 * Every header a static host sends for `path`: the security headers, and for the service worker's folder
 * `Service-Worker-Allowed`, without which a browser refuses a worker at /serwist/sw.js the scope "/" (docs/offline.md).
 * On the Node server @serwist/turbopack's route sends it; an S3 + CloudFront export needs this policy for it.
 */
export function staticHeadersFor(path: string): Header[] {
  const worker = path === WORKER_FOLDER || path.startsWith(`${WORKER_FOLDER}/`);
  return [...headersFor(path), ...(worker ? [{ key: 'Service-Worker-Allowed', value: SERVICE_WORKER_SCOPE }] : [])];
}

export function cloudFrontPolicies(): Record<string, ResponseHeadersPolicyConfig> {
  const policies: Record<string, ResponseHeadersPolicyConfig> = {
    default: toResponseHeadersPolicy('containers-on-aws-site', 'Security headers for every path (lib/security-headers.mjs)', headersFor('/')),
    [`${WORKER_FOLDER}/*`]: toResponseHeadersPolicy(
      'containers-on-aws-site-service-worker',
      `Security headers and Service-Worker-Allowed for ${WORKER_FOLDER}/*: the offline worker's scope is the whole site`,
      staticHeadersFor(`${WORKER_FOLDER}/`),
    ),
  };
  for (const rule of FRAMING_RULES.filter((rule) => !rule.serverOnly)) {
    // A file (/embed.js) is its own path pattern; a folder (/embed) covers what is below it.
    const pattern = /\.[a-z]+$/.test(rule.prefix) ? rule.prefix : `${rule.prefix}/*`;
    const slug = rule.prefix.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
    policies[pattern] = toResponseHeadersPolicy(
      `containers-on-aws-site-${slug}`,
      `Security headers for ${pattern}: frameable by other sites`,
      headersFor(pattern.replace(/\*$/, '')),
    );
  }
  return policies;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(cloudFrontPolicies(), null, 2));
}
