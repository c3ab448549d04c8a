/**
 * `npm run export`: the whole site as plain static files in out/ (NEXT_OUTPUT=export, see next.config.mjs), for
 * S3 + CloudFront or any static host that maps /path to path.html (README "Deploying").
 *
 * Next writes an export's intermediate build into .next whatever distDir says, which would replace the build that
 * `next start` serves; so the server build is moved aside for the export and put back afterwards.
 *
 * Routes rendered on request cannot be exported. The only one, /chooser/result (the chooser's answer when
 * JavaScript is off), is parked outside app/ for the export: on a static host the wizard still works with
 * JavaScript, and a no-JavaScript submit lands on the 404 page, which links back to the course (README "Deploying").
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const serverBuild = path.join(root, '.next');
const parked = path.join(root, '.next-server-build');
const requestTimeRoutes = ['app/(site)/chooser/result', 'app/api/oembed'];
const parkedRoutes = path.join(root, '.export-parked-routes');

function main(): number {
  if (fs.existsSync(parked)) {
    console.error(`${path.relative(root, parked)} exists: an earlier export was interrupted. Move it back to .next (or delete it) and run again.`);
    return 1;
  }
  if (fs.existsSync(parkedRoutes)) {
    console.error(`${path.relative(root, parkedRoutes)} exists: an earlier export was interrupted. Move its routes back under app/ and run again.`);
    return 1;
  }
  const hadServerBuild = fs.existsSync(serverBuild);
  if (hadServerBuild) fs.renameSync(serverBuild, parked);
  const movedRoutes = requestTimeRoutes.filter((route) => fs.existsSync(path.join(root, route)));
  for (const route of movedRoutes) {
    fs.mkdirSync(path.dirname(path.join(parkedRoutes, route)), { recursive: true });
    fs.renameSync(path.join(root, route), path.join(parkedRoutes, route));
  }
  try {
    const started = Date.now();
    const build = spawnSync(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
      stdio: 'inherit',
      env: { ...process.env, NEXT_OUTPUT: 'export', NEXT_TELEMETRY_DISABLED: '1' },
    });
    if (build.status !== 0) return build.status ?? 1;
    const pages = fs.readdirSync(path.join(root, 'out'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
    console.log(`export: ${pages.length} HTML pages in out/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } finally {
    for (const route of movedRoutes) fs.renameSync(path.join(parkedRoutes, route), path.join(root, route));
    fs.rmSync(parkedRoutes, { recursive: true, force: true });
    fs.rmSync(serverBuild, { recursive: true, force: true });
    if (hadServerBuild) fs.renameSync(parked, serverBuild);
  }
}

process.exit(main());
