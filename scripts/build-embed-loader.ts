/**
 * `npm run build:embed` (run before every `npm run build`): writes public/embed.js, the embed loader, bundled from
 * lib/embed/loader-runtime.ts, so the loader speaks the protocol of lib/embed/protocol.ts rather than a copy of it.
 * lib/embed/loader.test.ts fails when the committed file is not this bundle.
 */
import fs from 'node:fs';
import path from 'node:path';
import { EMBED_LOADER, embedLoaderScript } from '../lib/browser-bundle';

embedLoaderScript().then(
  (script) => {
    const file = path.join(process.cwd(), EMBED_LOADER.output);
    const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (before !== script) fs.writeFileSync(file, script);
    console.log(`build:embed: ${EMBED_LOADER.output} ${before === script ? 'unchanged' : 'written'} (${script.length} bytes)`);
  },
  (error: unknown) => {
    console.error(`build:embed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
