/**
 * Where each file of a production build (`.next/`) goes in a static export (`out/`), as Next's own
 * `output: 'export'` lays it out, so the export can be assembled from the build that `next start` serves instead of
 * a second full build (scripts/export.ts). Pure: it maps paths relative to `.next/server/app`, and never touches a
 * disk.
 *
 *   index.html                          -> index.html            (every prerendered page)
 *   lessons/launch-types.html           -> lessons/launch-types.html
 *   _not-found.html                     -> 404.html and _not-found.html (the static host's error page)
 *   lessons/x.rsc                       -> lessons/x.txt         (the page's RSC payload)
 *   lessons/x.segments/_tree.segment.rsc        -> lessons/x/__next._tree.txt
 *   lessons/x.segments/lessons/$d$slug/__PAGE__.segment.rsc -> lessons/x/__next.lessons.$d$slug.__PAGE__.txt
 *   index.segments/__PAGE__.segment.rsc -> __next.__PAGE__.txt   (the home page's segments sit at the root)
 *   sitemap.xml.body                    -> sitemap.xml           (prerendered route handlers)
 *
 * Routes rendered on request have none of these files, so they are left out by construction (README "Deploying").
 * Next's internal error page (_global-error) is not part of an export, nor are the floor pages (perf-floor/), which
 * exist only to be measured (lib/budgets.ts), nor is the LTI tool (/lti/...): it needs the Node server and its
 * database, so even its prerendered pages (the check-up and the content picker) are left out.
 */
import { staticOembedHref } from '../lib/embed/oembed';
import { STATIC_HOST_META_TAG } from '../lib/embed/static-host';
export type ExportEntry = { from: string; to: string };

const INTERNAL = /^(_global-error|perf-floor)(\.|\/|$)/;
/** The LTI tool's pages: served by `next start` only (docs/lti.md). */
export const SERVER_ONLY = /^lti(\.|\/|$)/;

/** Target paths (relative to out/) for one file of .next/server/app; empty when the file has no place there. */
export function exportTargets(file: string): string[] {
  const rel = file.split('\\').join('/');
  if (INTERNAL.test(rel) || SERVER_ONLY.test(rel)) return [];
  if (rel.endsWith('.html')) return rel === '_not-found.html' ? ['404.html', '_not-found.html'] : [rel];
  if (rel.endsWith('.body')) return [rel.slice(0, -'.body'.length)];
  const segment = /^(.*)\.segments\/(.+)\.segment\.rsc$/.exec(rel);
  if (segment) {
    const [, page, name] = segment;
    const prefix = page === 'index' ? '' : `${page}/`;
    return [`${prefix}__next.${name.split('/').join('.')}.txt`];
  }
  if (rel.endsWith('.rsc')) return [`${rel.slice(0, -'.rsc'.length)}.txt`];
  return [];
}

/** Every copy to make, sorted by target; fails on two build files claiming one target. */
export function exportPlan(files: string[]): ExportEntry[] {
  const plan = new Map<string, string>();
  for (const from of files) {
    for (const to of exportTargets(from)) {
      const earlier = plan.get(to);
      if (earlier && earlier !== from) throw new Error(`export: ${earlier} and ${from} both map to out/${to}`);
      plan.set(to, from);
    }
  }
  return [...plan.entries()].map(([to, from]) => ({ from, to })).sort((a, b) => a.to.localeCompare(b.to));
}

/**
 * What a page needs on a static host that the Node server does not: /search is rendered on request, so without
 * JavaScript its button has nowhere to go and is hidden. Injected into <head>, which React leaves alone when it
 * hydrates (it skips unexpected nodes there), so the pages hydrate as they do under `next start`. The meta tag tells
 * client code it is on a static host (lib/embed/static-host.ts): the embed dialog then names the written oEmbed files.
 */
export const STATIC_HOST_HEAD = `${STATIC_HOST_META_TAG}<noscript><style>[data-search-open]{display:none!important}</style></noscript>`;

/**
 * On a static host no oEmbed endpoint runs: each discovery href that names the Node server's /api/oembed is pointed at
 * the answer file the build wrote for the same embed (lib/embed/oembed.ts staticOembedHref). Matched wherever it is
 * written: in the <link> (`&amp;`), and in the page's RSC payload (`\u0026` inline, `&` in the .txt files), so a
 * client-side navigation renders the same link.
 */
export function staticOembedLinks(text: string): string {
  return text.replace(
    /(https?:\/\/[A-Za-z0-9.:[\]-]+)\/api\/oembed\?url=([A-Za-z0-9%._~!*'()-]+)(?:&amp;|\\u0026|&)format=json/g,
    (whole, origin: string, url: string) => {
      return staticOembedHref(`${origin}/api/oembed?url=${url}&format=json`) ?? whole;
    },
  );
}

export function staticHostHtml(html: string): string {
  if (!html.includes('</head>')) return html;
  return staticOembedLinks(html).replace('</head>', `${STATIC_HOST_HEAD}</head>`);
}
