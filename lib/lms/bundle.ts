/** Each LMS format's launcher script, bundled from its `runtimeEntry` (lib/browser-bundle.ts). Server and scripts only. */
import 'server-only';
import { bundleBrowserScript } from '../browser-bundle';
import type { LmsFormat } from './format';

const cached = new Map<string, Promise<string>>();

export function launcherScript(format: Pick<LmsFormat, 'name' | 'runtimeEntry'>): Promise<string> {
  let script = cached.get(format.runtimeEntry);
  if (!script) {
    script = bundleBrowserScript(format.runtimeEntry, `/* Containers on AWS: ${format.name} launcher (MIT). Talks only to the LMS API and the site. */`);
    cached.set(format.runtimeEntry, script);
  }
  return script;
}
