/**
 * The course's service worker, bundled by @serwist/turbopack (app/serwist/[path]/route.ts) and registered by
 * components/offline/register.ts. The rules (what it leaves alone, cache names, the offline page) are in
 * lib/offline/policy.ts, with tests.
 *
 * - Precache: the build's scripts and stylesheets (`self.__SW_MANIFEST`, hashed names, so a copy never goes stale)
 *   and, at install, the shell pages (SHELL_PAGES) in this version's page cache.
 * - Pages: network first, so a reader online always gets the deployed page; every page read is saved in this
 *   version's page cache, which is what answers offline. A page never read answers with a short offline page.
 * - Other same-origin GETs (lazy chunks too large to precache, such as mermaid, and /search-index.json): cache first
 *   for hashed files, network first for data.
 * - Updates: a new build's worker waits (no skipWaiting) until the reader accepts the prompt; when it activates it
 *   copies the pages already read into its own cache, fetched anew, then deletes the old caches. So no page of an
 *   old build is ever shown with a new build's scripts, and nothing read is lost.
 */
/// <reference lib="webworker" />
import { CacheFirst, ExpirationPlugin, NetworkFirst, Serwist, type PrecacheEntry, type RuntimeCaching } from 'serwist';
import {
  ASSETS_CACHE,
  NETWORK_ONLY_PREFIXES,
  SHELL_PAGES,
  buildVersion,
  dataCacheName,
  isCoursePage,
  isNetworkOnly,
  isWorkerMessage,
  offlinePageHtml,
  outdatedCaches,
  pagesCacheName,
  PAGES_CACHE_PREFIX,
} from '../lib/offline/policy';

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

const manifest = self.__SW_MANIFEST ?? [];
const version = buildVersion(manifest);
const pagesCache = pagesCacheName(version);

const sameOrigin = (url: URL) => url.origin === self.location.origin;

const pages = new NetworkFirst({ cacheName: pagesCache, plugins: [new ExpirationPlugin({ maxEntries: 120, purgeOnQuotaError: false })] });

const runtimeCaching: RuntimeCaching[] = [
  {
    matcher: ({ request, url }) => request.mode === 'navigate' && sameOrigin(url) && isCoursePage(url.pathname),
    handler: pages,
  },
  {
    matcher: ({ url }) => sameOrigin(url) && url.pathname.startsWith('/_next/static/'),
    handler: new CacheFirst({ cacheName: ASSETS_CACHE, plugins: [new ExpirationPlugin({ maxEntries: 200, purgeOnQuotaError: true })] }),
  },
  {
    matcher: ({ url }) => sameOrigin(url) && url.pathname === '/search-index.json',
    handler: new NetworkFirst({ cacheName: dataCacheName(version) }),
  },
];

const serwist = new Serwist({
  precacheEntries: manifest,
  precacheOptions: { cleanupOutdatedCaches: true, concurrency: 4 },
  skipWaiting: false,
  clientsClaim: false,
  navigationPreload: false,
  runtimeCaching,
  // Where the browser has the Static Routing API, these never even start the worker.
  requestRules: [
    {
      condition: { or: NETWORK_ONLY_PREFIXES.flatMap((prefix) => [{ urlPattern: { pathname: prefix } }, { urlPattern: { pathname: `${prefix}/*` } }]) },
      source: 'network',
    },
  ],
});

// A page that was never read, asked for offline: say so, and list what is saved.
serwist.setCatchHandler(async ({ request }) => {
  if (request.mode !== 'navigate') return Response.error();
  const cache = await caches.open(pagesCache);
  const saved = (await cache.keys()).map((key) => new URL(key.url).pathname);
  return new Response(offlinePageHtml(new URL(request.url).pathname, saved), { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
});

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(pagesCache);
      await cache.addAll(SHELL_PAGES.map((path) => new Request(path, { cache: 'reload', credentials: 'same-origin' })));
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      const cache = await caches.open(pagesCache);
      // The pages read under earlier versions, fetched anew for this one (the old copy if the network fails).
      for (const old of names.filter((name) => name.startsWith(PAGES_CACHE_PREFIX) && name !== pagesCache)) {
        const oldCache = await caches.open(old);
        for (const request of await oldCache.keys()) {
          if (await cache.match(request)) continue;
          try {
            const fresh = await fetch(request.url, { cache: 'reload', credentials: 'same-origin' });
            if (fresh.ok) await cache.put(request.url, fresh);
          } catch {
            const stale = await oldCache.match(request);
            if (stale) await cache.put(request.url, stale);
          }
        }
      }
      await Promise.all(outdatedCaches(names, version).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

/**
 * "Save this page" from the page that registered the worker (it was loaded before the worker could see it), answered
 * with whether it is saved: the "available offline" mark. SKIP_WAITING (the update prompt) is Serwist's own.
 */
self.addEventListener('message', (event) => {
  const message: unknown = event.data;
  if (!isWorkerMessage(message) || message.type !== 'SAVE_PAGE') return;
  const port = event.ports[0];
  const path = message.path;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(pagesCache);
      let saved = Boolean(await cache.match(path));
      if (!saved && isCoursePage(new URL(path, self.location.origin).pathname)) {
        try {
          const response = await fetch(path, { credentials: 'same-origin' });
          if (response.ok) {
            await cache.put(path, response);
            saved = true;
          }
        } catch {
          // Offline: not saved, and the page says nothing.
        }
      }
      port?.postMessage({ path, saved });
    })(),
  );
});

// The fetch handler ignores what the Static Routing API would have skipped, in browsers without it.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (sameOrigin(url) && isNetworkOnly(url.pathname)) event.stopImmediatePropagation();
});

serwist.addEventListeners();
