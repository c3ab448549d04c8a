/**
 * Builds a classic browser script from TypeScript with esbuild (a dependency already): the LMS launchers
 * (lib/lms/bundle.ts) and the embed loader (public/embed.js, scripts/build-embed-loader.ts), so each runs the very
 * protocol parser and rules that are unit-tested. Server and scripts only.
 */
import 'server-only';
import path from 'node:path';
import { build } from 'esbuild';

/** One IIFE, minified, ES2019, no legal comments, after a one-line banner. The same input gives the same bytes. */
export async function bundleBrowserScript(entry: string, banner: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(process.cwd(), entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return `${banner}\n${result.outputFiles[0].text}`;
}

/** public/embed.js: the loader, from lib/embed/loader-runtime.ts. */
export const EMBED_LOADER = {
  entry: 'lib/embed/loader-runtime.ts',
  output: 'public/embed.js',
  banner: '/*! Containers on AWS embed loader (MIT). Built from lib/embed/loader-runtime.ts; do not edit. Docs: docs/embedding.md */',
} as const;

export function embedLoaderScript(): Promise<string> {
  return bundleBrowserScript(EMBED_LOADER.entry, EMBED_LOADER.banner);
}
