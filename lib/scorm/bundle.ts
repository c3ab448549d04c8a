/**
 * Builds `launcher.js` from launcher-runtime.ts with esbuild (already a dependency, through mdx-bundler), so the
 * launcher runs the very protocol parser and SCORM rules that are unit-tested here. Server and scripts only.
 */
import 'server-only';
import path from 'node:path';
import { build } from 'esbuild';

let cached: Promise<string> | null = null;

export function launcherScript(): Promise<string> {
  cached ??= build({
    entryPoints: [path.join(process.cwd(), 'lib', 'scorm', 'launcher-runtime.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  }).then((result) => `/* Containers on AWS: SCORM 1.2 launcher (MIT). Talks only to the LMS API and the site. */\n${result.outputFiles[0].text}`);
  return cached;
}
