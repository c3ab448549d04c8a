/**
 * The service worker (service-worker/sw.ts), bundled by Serwist's Turbopack integration when the build prerenders
 * this route: /serwist/sw.js, with the precache manifest of this build's scripts and stylesheets. Served with
 * `Service-Worker-Allowed: /` so it may take the scope "/" (components/offline/register.ts). See docs/offline.md.
 */
import { createSerwistRoute } from '@serwist/turbopack';
import { PRECACHE_MAX_FILE_BYTES } from '@/lib/offline/policy';

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: 'service-worker/sw.ts',
  // esbuild is already a dependency (mdx-bundler); the wasm build would be a second copy.
  useNativeEsbuild: true,
  // The build's own scripts and styles only; public/ holds embed.js, which is for other sites.
  globPatterns: ['.next/static/**/*.{js,css}'],
  // Larger files (mermaid's chunks) are cached when a diagram first needs them, not on every first visit.
  maximumFileSizeToCacheInBytes: PRECACHE_MAX_FILE_BYTES,
  // A classic worker (not a module worker), which every browser with service workers runs; no source map route.
  esbuildOptions: { format: 'iife', sourcemap: false },
});
