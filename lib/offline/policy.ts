/**
 * What the service worker (service-worker/sw.ts) may touch, and how it names its caches. Pure and browser-safe: the
 * worker, the page that registers it and the tests read the same rules.
 *
 * The worker is registered at scope "/" (the home page needs it), so it would otherwise see every request of the
 * origin. It leaves alone whatever is not the course's own reading: the chrome-less embeds and SCORM launch files that
 * run inside an LMS (/embed, /lms, /embed.js), the LTI routes (/lti), the oEmbed answers and API (/api, /oembed),
 * the measurement-only floor pages (/perf-floor), pages rendered on request (/search, /chooser/result) and the
 * worker's own files (/serwist). For those the browser goes to the network as if there were no worker (the Static
 * Routing API where the browser has it, so the worker does not even start; the fetch handler otherwise).
 */

/** Path prefixes the worker never answers (a prefix matches itself and everything below it). */
export const NETWORK_ONLY_PREFIXES = [
  '/embed',
  '/lms',
  '/lti',
  '/api',
  '/oembed',
  '/perf-floor',
  '/serwist',
  '/search',
  '/chooser/result',
  '/healthz',
] as const;

/** Pages cached when the worker installs, so the course map, the self-quiz and the reference work offline at once. */
export const SHELL_PAGES = ['/', '/quiz', '/progress', '/glossary'] as const;

/** Whether a path is under one of the prefixes: '/embed' and '/embed/x' match '/embed', '/embedded' does not. */
export function underPrefix(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`) || pathname.startsWith(`${prefix}.`);
}

/** Whether the worker should leave a same-origin path to the network. */
export function isNetworkOnly(pathname: string): boolean {
  return NETWORK_ONLY_PREFIXES.some((prefix) => underPrefix(pathname, prefix));
}

/** A page the worker keeps as it is read (network first, the cached copy when offline). */
export function isCoursePage(pathname: string): boolean {
  return !isNetworkOnly(pathname) && !pathname.startsWith('/_next/') && !/\.[a-z0-9]+$/i.test(pathname);
}

/**
 * The version of a build's worker: a short hash (FNV-1a, 32 bits) of its precache manifest. Every build whose code
 * changes has other hashed file names, so a new version and new cache names; the same build keeps its caches.
 */
export function buildVersion(manifest: readonly (string | { url: string; revision?: string | null })[]): string {
  let hash = 0x811c9dc5;
  for (const entry of manifest) {
    const text = typeof entry === 'string' ? entry : `${entry.url}@${entry.revision ?? ''}`;
    for (let index = 0; index < text.length; index += 1) {
      hash ^= text.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    hash ^= 0x0a; // entry separator
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export const PAGES_CACHE_PREFIX = 'course-pages-';
export const ASSETS_CACHE = 'course-assets';
export const DATA_CACHE_PREFIX = 'course-data-';

export function pagesCacheName(version: string): string {
  return `${PAGES_CACHE_PREFIX}${version}`;
}

export function dataCacheName(version: string): string {
  return `${DATA_CACHE_PREFIX}${version}`;
}

/** The caches of other versions, to delete once this version has taken over (its own copies are made first). */
export function outdatedCaches(names: readonly string[], version: string): string[] {
  return names.filter(
    (name) =>
      (name.startsWith(PAGES_CACHE_PREFIX) && name !== pagesCacheName(version)) || (name.startsWith(DATA_CACHE_PREFIX) && name !== dataCacheName(version)),
  );
}

import type { WorkerMessage } from './worker-url';
export { SERVICE_WORKER_SCOPE, SERVICE_WORKER_URL, type WorkerMessage } from './worker-url';

export function isWorkerMessage(value: unknown): value is WorkerMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, path } = value as { type?: unknown; path?: unknown };
  return type === 'SKIP_WAITING' || (type === 'SAVE_PAGE' && typeof path === 'string' && path.startsWith('/') && !path.startsWith('//'));
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The page the worker answers when a page that was never read is asked for offline: what happened and links to the
 * pages that are saved (titles as the cache knows them: their paths).
 */
export function offlinePageHtml(requested: string, saved: readonly string[]): string {
  const links = saved
    .filter((path) => isCoursePage(path))
    .sort()
    .map((path) => `<li><a href="${escapeHtml(path)}">${escapeHtml(path === '/' ? 'Course map' : path)}</a></li>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Offline | Containers on AWS</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#18181b;background:#fff}@media (prefers-color-scheme:dark){body{color:#f4f4f5;background:#09090b}a{color:#7dd3fc}}</style></head><body><main><h1>You are offline</h1><p>${escapeHtml(requested)} has not been saved on this device yet: it is saved the first time you read it with a connection.</p>${links ? `<h2>Saved for offline reading</h2><ul>${links}</ul>` : '<p>No page is saved yet.</p>'}</main></body></html>`;
}

/**
 * Scripts larger than this (uncompressed bytes) are not precached: mermaid's chunks, which only a diagram needs, are
 * cached the first time a diagram loads them. Everything else the build emits (every page's scripts, the check-up,
 * the self-quiz with ts-fsrs, search) is precached, so /quiz runs offline without having been opened online.
 */
export const PRECACHE_MAX_FILE_BYTES = 250_000;
