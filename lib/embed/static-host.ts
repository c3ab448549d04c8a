/**
 * A page served from the static export (`npm run export`) says so in its <head>, so client code that would point at
 * a Node-only route (the dynamic oEmbed endpoint) can point at the export's written files instead. The export's
 * post-processing (scripts/export-map.ts STATIC_HOST_HEAD) writes the tag; `next start` pages never have it.
 */
export const STATIC_HOST_META = 'coa-static-host';

export const STATIC_HOST_META_TAG = `<meta name="${STATIC_HOST_META}" content="1">`;

export function isStaticHost(doc: Pick<Document, 'querySelector'>): boolean {
  return doc.querySelector(`meta[name="${STATIC_HOST_META}"]`) !== null;
}
