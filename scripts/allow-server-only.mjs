/**
 * Loaded with `--import` by the Node scripts (tsx) and by playwright.config.ts, which read the same content loaders
 * as the site. Those loaders start with `import 'server-only'`, which throws unless React Server conditions are
 * on (only Next turns them on, and Next is what fails a build when a client component imports such a module).
 * This hook resolves `server-only` to nothing for plain Node. Vitest does the same with an alias (vitest.config.ts).
 */
import { register } from 'node:module';

const hook = `export async function resolve(specifier, context, next) {
  return specifier === 'server-only' ? { url: 'data:text/javascript,', shortCircuit: true } : next(specifier, context);
}`;

register(`data:text/javascript,${encodeURIComponent(hook)}`);
