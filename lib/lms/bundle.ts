/**
 * Builds browser scripts from TypeScript with esbuild (already a dependency, through mdx-bundler): each LMS format's
 * launcher script (its `runtimeEntry`), so the launcher runs the very protocol parser and rules that are unit-tested.
 * Server and scripts only.
 */
import 'server-only';
import path from 'node:path';
import { build } from 'esbuild';
import type { LmsFormat } from './format';

/** One IIFE, minified, ES2019, no legal comments: what a package or a host page loads as a classic script. */
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

const cached = new Map<string, Promise<string>>();

export function launcherScript(format: Pick<LmsFormat, 'name' | 'runtimeEntry'>): Promise<string> {
  let script = cached.get(format.runtimeEntry);
  if (!script) {
    script = bundleBrowserScript(format.runtimeEntry, `/* Containers on AWS: ${format.name} launcher (MIT). Talks only to the LMS API and the site. */`);
    cached.set(format.runtimeEntry, script);
  }
  return script;
}
