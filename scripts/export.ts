/**
 * `npm run export`: the whole site as plain static files in out/, for S3 + CloudFront or any static host that maps
 * /path to path.html (README "Deploying").
 *
 * The export is assembled from the production build that `next start` serves (every page is prerendered there
 * already), laid out as Next's `output: 'export'` would write it (scripts/export-map.ts). One build serves the Node
 * server, the tests and the static host, so they cannot drift apart, and `npm test` builds once instead of twice.
 *
 *   npm run export                    runs `next build`, then writes out/
 *   npm run export -- --reuse-build   writes out/ from the build already in .next (npm test, right after its build)
 *
 * Routes rendered on request (the chooser's no-JavaScript answer, /chooser/result, and the /search page) have no
 * prerendered file and are left out: on a static host the wizard and the search dialog work with JavaScript, a
 * no-JavaScript chooser submit lands on the 404 page, and the search button is hidden without JavaScript.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { exportPlan, staticHostHtml, staticOembedLinks } from './export-map';

const root = process.cwd();
const build = path.join(root, '.next');
const app = path.join(build, 'server', 'app');
const out = path.join(root, 'out');

function copyTree(from: string, to: string) {
  if (fs.existsSync(from)) fs.cpSync(from, to, { recursive: true });
}

function main(): number {
  const started = Date.now();
  if (!process.argv.includes('--reuse-build')) {
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    if (run.status !== 0) return run.status ?? 1;
  }
  if (!fs.existsSync(path.join(app, 'index.html')) || !fs.existsSync(path.join(build, 'BUILD_ID'))) {
    console.error('export: no production build in .next: run `npm run build` first, or `npm run export` without --reuse-build.');
    return 1;
  }
  const files = fs.readdirSync(app, { recursive: true, encoding: 'utf8' }).filter((name) => fs.statSync(path.join(app, name)).isFile());
  const plan = exportPlan(files);
  fs.rmSync(out, { recursive: true, force: true });
  copyTree(path.join(root, 'public'), out);
  copyTree(path.join(build, 'static'), path.join(out, '_next', 'static'));
  for (const { from, to } of plan) {
    fs.mkdirSync(path.dirname(path.join(out, to)), { recursive: true });
    if (to.endsWith('.html')) fs.writeFileSync(path.join(out, to), staticHostHtml(fs.readFileSync(path.join(app, from), 'utf8')));
    else if (to.endsWith('.txt')) fs.writeFileSync(path.join(out, to), staticOembedLinks(fs.readFileSync(path.join(app, from), 'utf8')));
    else fs.copyFileSync(path.join(app, from), path.join(out, to));
  }
  const pages = plan.filter((entry) => entry.to.endsWith('.html')).length;
  console.log('export: the LTI tool (/lti/...) is not part of a static export: it needs the Node server and a database (docs/lti.md)');
  console.log(
    `export: ${pages} HTML pages and ${plan.length - pages} other files from build ${fs.readFileSync(path.join(build, 'BUILD_ID'), 'utf8').trim()} in out/ in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return 0;
}

process.exit(main());
